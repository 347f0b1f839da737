### Faro — UI strings (Somali (Soomaali))
### translation: machine

##
## Turjumaanada: haya fure kasta; beddel oo keliya qoraalka ka dambeeya "=". Doorsoomayaasha sida { $count }
## sidooda u daa. U qor sidii aad ula hadli lahayd qof socdaal ku jira: gaaban, fudud,
## saaxiibtinimo leh, aan weligiis qofka eedayn. Isticmaal qaababka wadarta ee luqaddaada (eeg { $count -> ... }).

## Adeegga

faro-name = Faro
faro-tagline = Macluumaad loogu talagalay dadka socdaalka ku jira, oo ku qoran luqaddaada.
privacy-note = Faro ma isticmaalo kukiis (cookies), mana diiwaangeliso waxa aad halkan ka akhrido.

## Ogeysiisyada qoraalka la socda

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = Qoraalkan weli laguma helo luqadda { $requested }. Waxaa halkan lagu soo bandhigay luqadda { $shown }.
notice-machine = Qoraalkan waxaa turjumay mashiin (kombiyuutar). Weli qof ma hubin.
notice-demo = Tusaale keliya, lama hubin. Ha ku kalsoonaan.
badge-demo = Tusaale
# $date is a date such as 2026-11-20.
notice-last-verified = Markii ugu dambaysay ee la hubiyay: { $date }

## Dhex-socodka

nav-home = Bogga hore
nav-topics = Macluumaad
nav-directory = Meelaha caawiya
nav-consulates = Qunsuliyadaha
nav-emergency = Xaalad degdeg ah
nav-language = Luqadda
nav-start-over = Dib u bilow
nav-back = Dib u noqo
nav-next = Xiga
nav-whole-topic = 📄 Mawduuca oo dhan, si aad u kaydsato
nav-web-page = 🌐 Ka fur bogga internetka
nav-menu = Liiska

## Doorashada luqadda

picker-title = Dooro luqaddaada
picker-hint = Taabo luqaddaada.

## Bogga hore iyo mawduucyada

home-title = Maxaad rabtaa inaad ogaato?
topics-title = Macluumaad
topic-open = Akhri
# $current and $total are numbers: "Part 2 of 5".
topic-part = Qaybta { $current } ee { $total }

## Meelaha caawiya

directory-title = Meelaha caawiya
directory-intro = Xarumaha hoyga, gargaarka sharciga, daryeelka caafimaadka iyo xafiisyada gobolka.
directory-filter-country = Dalka
directory-filter-city = Magaalada
directory-filter-kind = Nooca meesha
directory-filter-service = Adeegga
directory-filter-any = Dhammaan
directory-filter-apply = Muuji
directory-near = Kuwa kuugu dhow marka hore
# $count is the number of places found.
directory-count = { $count ->
    [0] Wax meel ah lama helin.
    [one] Hal meel ayaa la helay.
   *[other] { $count } meelood ayaa la helay.
}
directory-empty = Liiskayaga kuma jirto meel ku habboon. Isku day doorashooyin ka yar.
directory-choose = Dooro dal si aad u aragto meelihiisa, ama la wadaag goobtaada si aad marka hore u aragto meelaha kuugu dhow.
directory-use-location = Isticmaal goobtayda
directory-location-failed = Goobtaada lama akhrin karin. Bedelkeeda dal dooro.
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } km ayay kaa fog tahay
entry-address = Cinwaanka
entry-hours = Saacadaha ay furan tahay
weekday-mon = Isniin
weekday-tue = Talaado
weekday-wed = Arbaco
weekday-thu = Khamiis
weekday-fri = Jimco
weekday-sat = Sabti
weekday-sun = Axad
hours-every-day = Maalin kasta
hours-all-day = 24 saacadood
hours-day-range = { $first } ilaa { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = Telefoonka
# $number is a phone number.
entry-call = Wac { $number }
entry-website = Bogga internetka
entry-languages = Luqadaha lagaga hadlo
entry-services = Adeegyada
entry-procedures = Waxa ay kuu qaban karaan
# $country is a country name.
entry-represents = Waxay matashaa { $country }
entry-nationwide = Dalka oo dhan

kind-shelter = Hoy
kind-consulate = Qunsuliyad
kind-embassy = Safaarad
kind-hotline = Khadka degdegga
kind-legal_aid = Gargaar sharci
kind-health = Daryeel caafimaad
kind-agency = Xafiis dowladeed ama hay'ad

service-shelter = Meel lagu seexdo
service-food = Cunto
service-legal_aid = Gargaar sharci
service-health = Daryeel caafimaad
service-documents = Dukumentiyo
service-asylum = Magangelyo
service-psychosocial = Taageero nafsiyeed
service-children = Carruurta
service-women = Haweenka
service-interpreting = Turjumaanno
service-emergency = Xaaladaha degdegga ah
service-family_tracing = Raadinta qoyska
service-return = Ku noqoshada dalka
service-information = Macluumaad
service-complaints = Cabashooyin

procedure-passport = Baasaboor
procedure-travel_document = Dukumenti safar
procedure-identity_certification = Caddaynta aqoonsiga
procedure-consular_registration = Diiwaangelinta qunsuliyadda
procedure-repatriation = Caawinta ku noqoshada dalka

## Qunsuliyadaha

consulates-title = Qunsuliyadaha iyo safaaradaha
consulates-choose = Qunsuliyadda dalkee ayaad raadinaysaa?
# $country is a country name.
consulates-for = Qunsuliyadaha iyo safaaradaha { $country }
consulates-none = Weli liiskayaga kuma jirto qunsuliyad ama safaarad { $country }.
consulates-voluntary = La xiriiridda qunsuliyaddaada waa doorashadaada. Haddii aad ka baqayso dowladdaada, ha la xiriirin. Taa beddelkeeda, UNHCR (ACNUR) wax ka weydii magangelyada.

## Xaalad degdeg ah

emergency-title = Lambarrada degdegga
emergency-intro = Wicitaanka lambarradan waa bilaash. Sheeg meesha aad joogto, waxa dhacay iyo inta qof ee caawimaad u baahan.
# $number is a short number such as 911.
emergency-dial = Wac { $number }

## Koodhadhka QR

qr-phone = Boggan kula qaado: koodhka ku iskaan garee telefoonkaaga.
qr-telegram = Ku sii wad Telegram, luqaddaada.
qr-whatsapp = Ku sii wad WhatsApp, luqaddaada.

## Kiosk-ka

# $seconds is a number.
kiosk-idle-notice = Si sirtaada loo ilaaliyo, shaashaddani waxay dib ugu noqotaa bilowga haddii aan la isticmaalin muddo { $seconds ->
    [one] hal ilbiriqsi
   *[other] { $seconds } ilbiriqsi
} ah.
# $shelter is the name of the shelter.
kiosk-at-shelter = Waxaad joogtaa { $shelter }.
kiosk-interpreter = Codso turjumaan

## Ololeyaasha

campaign-label = Muhiim

## Khaladaadka

error-not-found-title = Bogga lama helin
error-not-found = Boggan ma aanan helin. Ku noqo bilowga oo mar kale isku day.
error-topic-not-found = Mawduucani ma jiro. Kuwan waa mawduucyada aan hayno.
error-language-not-found = Luqaddan lama heli karo. Dooro mid ka mid ah luqadahan.
error-kiosk-title = Shaashaddan lama diyaarin
error-kiosk = Cinwaanka shaashaddan wuxuu tilmaamayaa hoy aan Faro aqoon: { $id }. Fadlan u sheeg shaqaalaha. Si loo saxo, cinwaanku waa inuu noqdaa /k/ oo ay ku xigto aqoonsiga hoy ku jira liiska meelaha Faro.
error-kiosk-choose = Shaashaddan weli lama diyaarin: fadlan u sheeg shaqaalaha. Weli waxaad macluumaadka ku akhrisan kartaa luqaddaada.
error-bad-request-title = Wax baa khaldan
error-bad-request = Qaar ka mid ah doorashooyinka ku jira cinwaanka lama fahmin. Fadlan mar kale ka bilow liiska.
error-bad-location = Goobta lama akhrin karin. Ku qor latitude iyo longitude, oo ah laba lambar.
error-server-title = Wax baa qaldamay
error-server = Dhankayaga ayaa wax ka qaldamay. Fadlan mar kale isku day wax yar kadib.

## Bot-ka Telegram

bot-welcome = Ku soo dhawoow Faro. Halkan waxaad ku akhrin kartaa, luqaddaada, khataraha waddada, magangelyada, xuquuqdaada, iyo meesha aad caawimaad ka heli karto.
bot-choose-language = Dooro luqaddaada:
# $language is a language name in that language.
bot-language-detected = Waxay u egtahay inaad ku qorayso { $language }. Ma ku sii wadnaa { $language }?
bot-language-yes = Haa, sii wad
bot-language-other = Dooro luqad kale
bot-language-set = Faro hadda waxay kugula hadli doontaa { $language }.
menu-title = Maxaad u baahan tahay?
menu-emergency = Lambarrada degdegga
menu-topics = Macluumaad
menu-near-me = Caawimaad iga dhow
menu-consulate = Qunsuliyadda dalkayga
menu-interpreter = Waxaan u baahanahay turjumaan
menu-alerts-on = Daar ogeysiisyada
menu-alerts-off = Dami ogeysiisyada
menu-language = Beddel luqadda
menu-forget = Tirtir xogtayda
menu-help = Caawimaad
bot-help = Badhamada u isticmaal si aad u dhex socoto. Amarrada:
    /start — dib u bilow
    /language — beddel luqadda
    /help — caawimaaddan
    /forget — tirtir wax kasta oo Faro kaa hayso
    /stop — jooji dhammaan fariimaha Faro
bot-topics = Dooro mawduuc:
bot-near-me-ask = La wadaag goobtaada si aad u aragto meelaha caawiya ee kuugu dhow. Goobtaada waxaa loo isticmaalayaa jawaabtan oo keliya, lamana kaydinayo.
bot-near-me-button = La wadaag goobtayda
bot-near-me-results = Meelaha kuugu dhow:
bot-near-me-none = Weli liiskayaga kuma jiraan meelo kuu dhow.
bot-consulate-ask = Dalkee baad ka timid? Dooro si aad u aragto qunsuliyadaha iyo safaaradaha dalkaas.
bot-search-results = Mawduucyadan ayaa ku caawin kara:
bot-search-none = Wax arrintaas ku saabsan ma aanan helin. Waa kan liiska.
bot-non-text = Qoraal keliya ayaan akhrin karaa. Fadlan qor fariin ama isticmaal badhamada.
bot-alerts-on = Ogeysiisyadu waa daaran yihiin. Waxaad heli doontaa fariimo muhiim ah. Dir /stop si aad u joojiso.
bot-alerts-off = Ogeysiisyadu waa damsan yihiin.
bot-stopped = Faro fariin kale kuuma soo diri doonto. Dir /start haddii aad rabto inaad dib u bilowdo.
bot-forget-confirm = Tani waxay tirtiraysaa wax kasta oo Faro kaa hayso: luqaddaada, ogeysiisyadaada iyo codsi kasta oo turjumaan ah. Ma hubtaa?
bot-forget-yes = Haa, tirtir
bot-forget-cancel = Maya, ha tirtirin
bot-forget-done = Waa la dhammeeyay. Wax kasta oo Faro kaa haysay waa la tirtiray.
bot-private-only = Faro waxay ka jawaabtaa oo keliya sheekaysiga gaarka ah. Si aad u isticmaasho, fur sheekaysi gaar ah oo aad la leedahay bot-ka.
bot-error = Dhankayaga ayaa wax ka qaldamay. Fadlan mar kale isku day.
# Under every campaign message the bot sends.
campaign-stop-hint = Waxaad tan u heshay sababtoo ah waxaad daartay ogeysiisyada. Dir /stop si aad u joojiso.

## Dalalka (asalka iyo qunsuliyadaha)

country-AF = Afgaanistaan
country-AO = Angoola
country-BD = Bangaladheesh
country-BR = Baraasiil
country-BZ = Beliis
country-CD = Jamhuuriyadda Dimuqraadiga ee Kongo
country-CL = Jili
country-CM = Kameruun
country-CN = Shiinaha
country-CO = Kolombiya
country-CR = Kosta Riika
country-CU = Kuuba
country-DO = Jamhuuriyadda Dominikan
country-EC = Ikwadoor
country-ER = Eritriya
country-ET = Itoobiya
country-GH = Gaana
country-GN = Gini
country-GT = Guwatemala
country-HN = Honduras
country-HT = Haiti
country-IN = Hindiya
country-IQ = Ciraaq
country-IR = Iiraan
country-LK = Sirilaanka
country-MX = Meksiko
country-NG = Nayjeeriya
country-NI = Nikaraaguwa
country-NP = Nebaal
country-PA = Panama
country-PE = Peru
country-PK = Bakistaan
country-SN = Sinigaal
country-SO = Soomaaliya
country-SV = El Salfadoor
country-SY = Suuriya
country-UZ = Usbekistaan
country-VE = Fenesuweela
country-YE = Yaman

## Luqadaha ka baxsan lix iyo tobanka luqadood ee Faro (loogu talagalay "Luqad kale")

language-wo = Af-Woolof
language-pa = Af-Punjaabi
language-ta = Af-Taamil
language-si = Af-Sinhaala
language-om = Af-Oromo
language-sw = Af-Sawaaxili
language-ln = Af-Lingaala
language-ff = Af-Fulaani
language-ru = Af-Ruush
language-uz = Af-Usbek
language-tr = Af-Turki
language-ku = Af-Kurdi

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Isha:
topic-source-checked = la hubiyay { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = Soomaali
