### Faro — UI strings (Haitian Creole (Kreyòl ayisyen))
### translation: machine

## Sèvis la

faro-name = Faro
faro-tagline = Enfòmasyon pou moun ki sou wout, nan lang pa ou.
privacy-note = Faro pa sèvi ak cookies, epi li pa anrejistre sa ou li la a.

## Avi ki parèt ak yon tèks

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = Tèks sa a poko disponib an { $requested }. Nou montre li an { $shown }.
notice-machine = Se yon machin ki tradui tèks sa a. Pèsonn poko verifye li.
notice-demo = Egzanp sèlman, li pa verifye. Pa konte sou li.
badge-demo = Egzanp
# $date is a date such as 2026-11-20.
notice-last-verified = Dènye verifikasyon: { $date }

## Navigasyon

nav-home = Akèy
nav-topics = Enfòmasyon
nav-directory = Kote ki ka ede ou
nav-consulates = Konsila
nav-emergency = Ijans
nav-language = Lang
nav-start-over = Rekòmanse
nav-back = Retounen
nav-next = Swivan
nav-whole-topic = 📄 Tout sijè a, pou kenbe
nav-web-page = 🌐 Louvri sou entènèt
nav-menu = Meni

## Chwa lang

picker-title = Chwazi lang ou
picker-hint = Touche lang ou.

## Paj akèy ak sijè yo

home-title = Kisa ou vle konnen?
topics-title = Enfòmasyon
topic-open = Li
# $current and $total are numbers: "Part 2 of 5".
topic-part = Pati { $current } sou { $total }

## Lis kote ki ka ede

directory-title = Kote ki ka ede ou
directory-intro = Abri, èd legal, swen sante ak biwo nan rejyon an.
directory-filter-country = Peyi
directory-filter-city = Vil
directory-filter-kind = Ki kalite kote
directory-filter-service = Sèvis
directory-filter-any = Tout
directory-filter-apply = Montre
directory-near = Sa ki pi pre ou yo an premye
# $count is the number of places found.
directory-count = { $count ->
    [0] Nou pa jwenn okenn kote.
    [one] Nou jwenn yon kote.
   *[other] Nou jwenn { $count } kote.
}
directory-empty = Pa gen okenn kote nan lis nou an ki koresponn. Eseye ak mwens filtè.
directory-choose = Chwazi yon peyi pou w wè kote ki la yo, oswa pataje kote w ye a pou w wè sa ki pi pre yo an premye.
directory-use-location = Sèvi ak kote m ye a
directory-location-failed = Nou pa t ka li kote w ye a. Chwazi yon peyi pito.
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } km de ou
entry-address = Adrès
entry-hours = Lè yo louvri
weekday-mon = lendi
weekday-tue = madi
weekday-wed = mèkredi
weekday-thu = jedi
weekday-fri = vandredi
weekday-sat = samdi
weekday-sun = dimanch
hours-every-day = Chak jou
hours-all-day = 24 è sou 24
hours-day-range = soti { $first } rive { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = Telefòn
# $number is a phone number.
entry-call = Rele { $number }
entry-website = Sit entènèt
entry-languages = Lang yo pale
entry-services = Sèvis
entry-procedures = Sa yo ka fè pou ou
# $country is a country name.
entry-represents = Reprezante { $country }
entry-nationwide = Tout peyi a

kind-shelter = Abri
kind-consulate = Konsila
kind-embassy = Anbasad
kind-hotline = Liy ijans
kind-legal_aid = Èd legal
kind-health = Swen sante
kind-agency = Biwo leta oswa ajans

service-shelter = Kote pou dòmi
service-food = Manje
service-legal_aid = Èd legal
service-health = Swen sante
service-documents = Dokiman
service-asylum = Azil
service-psychosocial = Sipò emosyonèl
service-children = Timoun
service-women = Fanm
service-interpreting = Entèprèt
service-emergency = Ijans
service-family_tracing = Jwenn fanmi ou
service-return = Retounen lakay
service-information = Enfòmasyon
service-complaints = Plent

procedure-passport = Paspò
procedure-travel_document = Dokiman pou vwayaje
procedure-identity_certification = Prèv idantite
procedure-consular_registration = Enskripsyon nan konsila
procedure-repatriation = Èd pou retounen lakay

## Konsila

consulates-title = Konsila ak anbasad
consulates-choose = Konsila ki peyi w ap chèche?
# $country is a country name.
consulates-for = Konsila ak anbasad { $country }
consulates-none = Poko gen okenn konsila oswa anbasad { $country } nan lis nou an.
consulates-voluntary = Se ou ki chwazi si ou vle kontakte konsila ou. Si ou pè gouvènman peyi ou, pa kontakte li. Pito ou mande UNHCR (HCR) enfòmasyon sou azil.

## Ijans

emergency-title = Nimewo ijans
emergency-intro = Apèl nan nimewo sa yo gratis. Di kote ou ye, sa ki pase, ak konbyen moun ki bezwen èd.
# $number is a short number such as 911.
emergency-dial = Rele { $number }

## Kòd QR

qr-phone = Pran paj sa a avè ou: eskane li ak telefòn ou.
qr-telegram = Kontinye sou Telegram nan lang pa ou.
qr-whatsapp = Kontinye sou WhatsApp nan lang pa ou.

## Kyòs

# $seconds is a number.
kiosk-idle-notice = Pou pwoteje vi prive ou, ekran sa a ap retounen nan kòmansman si pèsonn pa sèvi avè l pandan { $seconds ->
    [one] yon segonn
   *[other] { $seconds } segonn
}.
# $shelter is the name of the shelter.
kiosk-at-shelter = Ou nan { $shelter }.
kiosk-interpreter = Mande yon entèprèt

## Kanpay

campaign-label = Enpòtan

## Erè

error-not-found-title = Nou pa jwenn paj la
error-not-found = Nou pa t ka jwenn paj sa a. Retounen nan kòmansman epi eseye ankò.
error-topic-not-found = Sijè sa a pa egziste. Men sijè nou genyen yo.
error-language-not-found = Lang sa a pa disponib. Chwazi youn nan lang sa yo.
error-kiosk-title = Ekran sa a pa konfigire
error-kiosk = Adrès ekran sa a bay non yon abri Faro pa konnen: { $id }. Tanpri, di moun ki travay la yo. Pou korije l, adrès la dwe /k/ epi idantifyan yon abri ki nan lis kote Faro yo.
error-kiosk-choose = Ekran sa a poko konfigire: tanpri, di moun ki travay la yo. Ou ka li enfòmasyon yo nan lang ou kanmenm.
error-bad-request-title = Gen yon bagay ki pa bon
error-bad-request = Nou pa t ka konprann kèk nan chwa ki nan adrès la. Tanpri, eseye ankò apati meni an.
error-bad-location = Nou pa t ka li kote ou ye a. Bay latitid ak lonjitid la kòm de nimewo.
error-server-title = Gen yon pwoblèm
error-server = Gen yon pwoblèm bò kote pa nou. Tanpri, eseye ankò nan yon ti moman.

## Bot Telegram

bot-welcome = Byenvini nan Faro. Isit la, ou ka li nan lang pa ou sou danje ki sou wout la, sou azil, sou dwa ou, ak kote pou jwenn èd.
bot-choose-language = Chwazi lang ou:
# $language is a language name in that language.
bot-language-detected = Sanble ou ekri an { $language }. Èske nou kontinye an { $language }?
bot-language-yes = Wi, kontinye
bot-language-other = Chwazi yon lòt lang
bot-language-set = Kounye a, Faro ap pale { $language }.
menu-title = Kisa ou bezwen?
menu-emergency = Nimewo ijans
menu-topics = Enfòmasyon
menu-near-me = Èd toupre m
menu-consulate = Konsila peyi m
menu-interpreter = Mwen bezwen yon entèprèt
menu-alerts-on = Aktive alèt yo
menu-alerts-off = Dezaktive alèt yo
menu-language = Chanje lang
menu-forget = Efase done m yo
menu-help = Èd
bot-help = Sèvi ak bouton yo pou deplase. Kòmand yo:
    /start — rekòmanse
    /language — chanje lang
    /help — èd sa a
    /forget — efase tout sa Faro konsève sou ou
    /stop — kanpe tout mesaj Faro yo
bot-topics = Chwazi yon sijè:
bot-near-me-ask = Pataje kote ou ye pou ou wè kote ki pi pre ou ki ka ede ou. Nou sèvi ak kote ou ye a sèlman pou repons sa a, epi nou pa konsève li.
bot-near-me-button = Pataje kote m ye
bot-near-me-results = Kote ki pi pre ou yo:
bot-near-me-none = Poko gen okenn kote toupre ou nan lis nou an.
bot-consulate-ask = Ki peyi ou soti? Chwazi pou ou wè konsila ak anbasad li yo.
bot-search-results = Sijè sa yo ka ede ou:
bot-search-none = Mwen pa jwenn anyen sou sa. Men meni an.
bot-non-text = Mwen ka li tèks sèlman. Tanpri, ekri yon mesaj oswa sèvi ak bouton yo.
bot-alerts-on = Alèt yo aktive. W ap resevwa mesaj enpòtan. Voye /stop pou kanpe yo.
bot-alerts-off = Alèt yo dezaktive.
bot-stopped = Faro p ap voye ou mesaj ankò. Voye /start si ou vle rekòmanse.
bot-forget-confirm = Sa ap efase tout sa Faro konsève sou ou: lang ou, alèt ou yo ak nenpòt demann pou entèprèt. Èske ou sèten?
bot-forget-yes = Wi, efase
bot-forget-cancel = Non, kenbe l
bot-forget-done = Fini. Tout sa Faro te konsève sou ou efase.
bot-private-only = Faro reponn sèlman nan chat prive. Louvri yon chat ak bot la pou sèvi avè l.
bot-error = Gen yon pwoblèm bò kote pa nou. Tanpri, eseye ankò.
# Under every campaign message the bot sends.
campaign-stop-hint = Ou resevwa mesaj sa a paske ou te aktive alèt yo. Voye /stop pou kanpe yo.

## Peyi (orijin ak konsila)

country-AF = Afganistan
country-AO = Angola
country-BD = Bangladèch
country-BR = Brezil
country-BZ = Beliz
country-CD = Repiblik Demokratik Kongo
country-CL = Chili
country-CM = Kamewoun
country-CN = Lachin
country-CO = Kolonbi
country-CR = Kosta Rika
country-CU = Kiba
country-DO = Repiblik Dominikèn
country-EC = Ekwatè
country-ER = Eritre
country-ET = Etyopi
country-GH = Gana
country-GN = Gine
country-GT = Gwatemala
country-HN = Ondiras
country-HT = Ayiti
country-IN = Lend
country-IQ = Irak
country-IR = Iran
country-LK = Sri Lanka
country-MX = Meksik
country-NG = Nijerya
country-NI = Nikaragwa
country-NP = Nepal
country-PA = Panama
country-PE = Pewou
country-PK = Pakistan
country-SN = Senegal
country-SO = Somali
country-SV = Salvadò
country-SY = Siri
country-UZ = Ouzbekistan
country-VE = Venezwela
country-YE = Yemèn

## Lòt lang apa 16 lang Faro yo (pou "Yon lòt lang")

language-wo = Wolòf
language-pa = Penjabi
language-ta = Tamil
language-si = Sengale
language-om = Oromo
language-sw = Swahili
language-ln = Lingala
language-ff = Peul (Fula)
language-ru = Ris
language-uz = Ouzbek
language-tr = Tik
language-ku = Kid

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Sous:
topic-source-checked = verifye { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = Kreyòl ayisyen
