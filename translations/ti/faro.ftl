### Faro — UI strings (Tigrinya (ትግርኛ))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = ኣብ ጉዕዞ ንዘለዉ ሰባት ሓበሬታ፣ ብቋንቋኹም።
privacy-note = Faro ኩኪስ ኣይጥቀምን፣ ኣብዚ እተንብብዎ ድማ ኣይምዝግብን።

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = እዚ ጽሑፍ ገና ብቋንቋ { $requested } ኣይተዳለወን። ብቋንቋ { $shown } ቀሪቡ ኣሎ።
notice-machine = እዚ ጽሑፍ ብማሽን እዩ ተተርጒሙ፣ ገና ብሰብ ኣይተመርመረን።
notice-demo = ኣብነት ጥራይ እዩ፣ ኣይተረጋገጸን። ኣብኡ ኣይትተኣማመኑ።
badge-demo = ኣብነት
# $date is a date such as 2026-11-20.
notice-last-verified = ዳሕረዋይ ምርግጋጽ፦ { $date }

## Navigation

nav-home = ቀንዲ ገጽ
nav-topics = ሓበሬታ
nav-directory = ዝሕግዙ ቦታታት
nav-consulates = ቆንስላታት
nav-emergency = ህጹጽ ሓገዝ
nav-language = ቋንቋ
nav-start-over = ካብ መጀመርታ ጀምሩ
nav-back = ንድሕሪት
nav-next = ዝቕጽል
nav-whole-topic = 📄 ምሉእ ኣርእስቲ፣ ንምዕቃብ
nav-web-page = 🌐 ኣብ መርበብ ሓበሬታ ክፈቱ
nav-menu = መምረጺ

## Language picker

picker-title = ቋንቋኹም ምረጹ
picker-hint = ቋንቋኹም ጠውቑ።

## Home page and topics

home-title = እንታይ ክትፈልጡ ትደልዩ?
topics-title = ሓበሬታ
topic-open = ኣንብቡ
# $current and $total are numbers: "Part 2 of 5".
topic-part = ክፋል { $current } ካብ { $total }

## Directory

directory-title = ዝሕግዙ ቦታታት
directory-intro = ኣብዚ ዞባ ዘለዉ ኣባይቲ ስደተኛታት፣ ሕጋዊ ሓገዝ፣ ክንክን ጥዕናን ቤት ጽሕፈታትን።
directory-filter-country = ሃገር
directory-filter-city = ከተማ
directory-filter-kind = ዓይነት ቦታ
directory-filter-service = ኣገልግሎት
directory-filter-any = ኩሉ
directory-filter-apply = ኣርእዩ
directory-near = ዝቐረቡኹም ቅድም
# $count is the number of places found.
directory-count = { $count ->
    [0] ዝኾነ ቦታ ኣይተረኽበን።
    [one] ሓደ ቦታ ተረኺቡ።
   *[other] { $count } ቦታታት ተረኺቦም።
}
directory-empty = ኣብ ዝርዝርና ዝሰማማዕ ቦታ የለን። ዝወሓዱ መምረጺታት ፈትኑ።
directory-choose = ቦታታት ሓንቲ ሃገር ንምርኣይ ሃገር ምረጹ፣ ወይ ዝቐረባ ቦታታት ቅድም ንምርኣይ ዘለኹምዎ ቦታ ኣካፍሉ።
directory-use-location = ዘለኹዎ ቦታ ተጠቐም
directory-location-failed = ዘለኹምዎ ቦታ ክፍለጥ ኣይተኻእለን። ኣብ ክንድኡ ሃገር ምረጹ።
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } ኪ.ሜ ርሒቑ
entry-address = ኣድራሻ
entry-hours = ሰዓታት ስራሕ
weekday-mon = ሰኑይ
weekday-tue = ሰሉስ
weekday-wed = ረቡዕ
weekday-thu = ሓሙስ
weekday-fri = ዓርቢ
weekday-sat = ቀዳም
weekday-sun = ሰንበት
hours-every-day = ኩሉ መዓልቲ
hours-all-day = 24 ሰዓት
hours-day-range = ካብ { $first } ክሳብ { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }፣ { $times }
entry-phone = ተሌፎን
# $number is a phone number.
entry-call = ናብ { $number } ደውሉ
entry-website = መርበብ ሓበሬታ (ዌብሳይት)
entry-languages = ዝዝረቡ ቋንቋታት
entry-services = ኣገልግሎታት
entry-procedures = ክገብሩልኩም ዝኽእሉ
# $country is a country name.
entry-represents = ንሃገር { $country } ይውክል
entry-nationwide = ምሉእ ሃገር

kind-shelter = ገዛ ስደተኛታት
kind-consulate = ቆንስላ
kind-embassy = ኤምባሲ
kind-hotline = ህጹጽ መስመር ተሌፎን
kind-legal_aid = ሕጋዊ ሓገዝ
kind-health = ክንክን ጥዕና
kind-agency = መንግስታዊ ቤት ጽሕፈት ወይ ትካል

service-shelter = መደቀሲ ቦታ
service-food = መግቢ
service-legal_aid = ሕጋዊ ሓገዝ
service-health = ክንክን ጥዕና
service-documents = ሰነዳት
service-asylum = ዑቕባ
service-psychosocial = ስምዒታዊ ደገፍ
service-children = ቆልዑ
service-women = ደቂ ኣንስትዮ
service-interpreting = ተርጓምቲ
service-emergency = ህጹጽ ኩነታት
service-family_tracing = ስድራ ምድላይ
service-return = ናብ ሃገር ምምላስ
service-information = ሓበሬታ
service-complaints = ጥርዓን

procedure-passport = ፓስፖርት
procedure-travel_document = ሰነድ ጉዕዞ
procedure-identity_certification = መረጋገጺ መንነት
procedure-consular_registration = ቆንስላዊ ምዝገባ
procedure-repatriation = ናብ ሃገር ንምምላስ ሓገዝ

## Consulates

consulates-title = ቆንስላታትን ኤምባሲታትን
consulates-choose = ቆንስላ ናይ ኣየናይ ሃገር ትደልዩ ኣለኹም?
# $country is a country name.
consulates-for = ቆንስላታትን ኤምባሲታትን ናይ { $country }
consulates-none = ኣብ ዝርዝርና ገና ቆንስላ ወይ ኤምባሲ ናይ { $country } የለን።
consulates-voluntary = ምስ ቆንስላኹም ምርኻብ ናይ ባዕልኹም ምርጫ እዩ። ንመንግስቲ ሃገርኩም እንተ ፈሪሕኩም፣ ምስኡ ኣይትራኸቡ። ኣብ ክንድኡ ብዛዕባ ዑቕባ ንUNHCR (ACNUR) ሕተቱ።

## Emergency

emergency-title = ቁጽርታት ህጹጽ ረድኤት
emergency-intro = ናብዚ ቁጽርታት ምድዋል ብናጻ እዩ። ኣበይ ከም ዘለኹም፣ እንታይ ከም ዘጋጠመን ክንደይ ሰባት ሓገዝ ከም ዘድልዮምን ንገሩ።
# $number is a short number such as 911.
emergency-dial = ናብ { $number } ደውሉ

## QR codes

qr-phone = ነዚ ገጽ ምሳኹም ውሰድዎ፦ ብስልክኹም ስካን ግበሩ።
qr-telegram = ብቋንቋኹም ኣብ Telegram ቀጽሉ።
qr-whatsapp = ብቋንቋኹም ኣብ WhatsApp ቀጽሉ።

## Kiosk

# $seconds is a number.
kiosk-idle-notice = ንብሕትነትኩም ንምሕላው፣ ሰብ ከይተጠቕመሉ { $seconds ->
    [one] ሓንቲ ካልኢት
   *[other] { $seconds } ካልኢት
} ምስ ሓለፈ፣ እዚ መርኣዪ ናብ መጀመርታ ይምለስ።
# $shelter is the name of the shelter.
kiosk-at-shelter = ኣብ { $shelter } ኣለኹም።
kiosk-interpreter = ተርጓማይ ሕተቱ

## Campaigns

campaign-label = ኣገዳሲ

## Errors

error-not-found-title = ገጽ ኣይተረኽበን
error-not-found = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። ናብ መጀመርታ ተመሊስኩም ደጊምኩም ፈትኑ።
error-topic-not-found = እዚ ኣርእስቲ የለን። ዘለዉና ኣርእስትታት እዚኦም እዮም።
error-language-not-found = እዚ ቋንቋ ኣይርከብን። ካብዞም ቋንቋታት ሓደ ምረጹ።
error-kiosk-title = እዚ ስክሪን ኣይተዳለወን
error-kiosk = ኣድራሻ እዚ ስክሪን Faro ዘይፈልጦ ገዛ ስደተኛታት ይጠቅስ፦ { $id }። በጃኹም ንሰራሕተኛታት ንገሩ። ንምዕራዩ፡ ኣድራሻ /k/ ክኸውን ኣለዎ፣ ድሕሪኡ ድማ መለለዪ ሓደ ገዛ ስደተኛታት ካብ ዝርዝር ቦታታት Faro።
error-kiosk-choose = እዚ ስክሪን ገና ኣይተዳለወን፤ በጃኹም ንሰራሕተኛታት ንገሩ። ኮይኑ ግን ነቲ ሓበሬታ ብቋንቋኹም ከተንብቡ ትኽእሉ ኢኹም።
error-bad-request-title = ሓደ ዘይቅኑዕ ነገር ኣሎ
error-bad-request = ኣብቲ ኣድራሻ ዘለዉ ገለ ምርጫታት ክርድኡ ኣይከኣሉን። በጃኹም ካብ መምረጺ ደጊምኩም ፈትኑ።
error-bad-location = እቲ ቦታ ክንበብ ኣይከኣለን። ኣቀማምጣ ቦታ (ኬክሮስን ኬንትሮስን) ከም ክልተ ቁጽርታት ሃቡ።
error-server-title = ሓደ ጸገም ኣጋጢሙ
error-server = ኣብ ወገንና ሓደ ጸገም ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ ግዜ ደጊምኩም ፈትኑ።

## Telegram bot

bot-welcome = እንቋዕ ናብ Faro ብደሓን መጻእኩም። ኣብዚ ብቋንቋኹም ብዛዕባ ሓደጋታት መገዲ፣ ዑቕባ፣ መሰላትኩምን ሓገዝ ኣበይ ከም እትረኽቡን ከተንብቡ ትኽእሉ ኢኹም።
bot-choose-language = ቋንቋኹም ምረጹ፦
# $language is a language name in that language.
bot-language-detected = ብቋንቋ { $language } ትጽሕፉ ዘለኹም ይመስል። ብቋንቋ { $language } ንቕጽል ዶ?
bot-language-yes = እወ፣ ንቕጽል
bot-language-other = ካልእ ቋንቋ ምረጹ
bot-language-set = Faro ካብ ሕጂ ብቋንቋ { $language } ክዛረበኩም እዩ።
menu-title = እንታይ የድልየኩም?
menu-emergency = ቁጽርታት ህጹጽ ረድኤት
menu-topics = ሓበሬታ
menu-near-me = ኣብ ጥቓይ ዘሎ ሓገዝ
menu-consulate = ቆንስላ ሃገረይ
menu-interpreter = ተርጓማይ የድልየኒ
menu-alerts-on = መጠንቀቕታታት ምኽፋት
menu-alerts-off = መጠንቀቕታታት ምዕጻው
menu-language = ቋንቋ ምቕያር
menu-forget = ሓበሬታይ ደምስሱ
menu-help = ሓገዝ
bot-help = ንምንቅስቓስ ነቶም መጠወቕታት ተጠቐሙ። ትእዛዛት፦
    /start — ካብ መጀመርታ ጀምሩ
    /language — ቋንቋ ቀይሩ
    /help — እዚ ሓገዝ
    /forget — Faro ብዛዕባኹም ዝሓዞ ኩሉ ደምስሱ
    /stop — ኩሉ መልእኽትታት Faro ደው ኣብሉ
bot-topics = ኣርእስቲ ምረጹ፦
bot-near-me-ask = ኣብ ጥቓኹም ዘለዉ ዝሕግዙ ቦታታት ንምርኣይ ቦታኹም ኣካፍሉ። ቦታኹም ነዚ መልሲ ንምሃብ ጥራይ እዩ ዝውዕል፣ ኣይዕቀብን ድማ።
bot-near-me-button = ቦታይ ኣካፍል
bot-near-me-results = ኣብ ጥቓኹም ዘለዉ ቦታታት፦
bot-near-me-none = ኣብ ጥቓኹም ዘሎ ቦታ ገና ኣብ ዝርዝርና የለን።
bot-consulate-ask = ካበየናይ ሃገር ኢኹም? ቆንስላታታን ኤምባሲታታን ንምርኣይ ሃገር ምረጹ።
bot-search-results = እዞም ኣርእስትታት ክሕግዙኹም ይኽእሉ እዮም፦
bot-search-none = ብዛዕባ እዚ ዝኾነ ነገር ኣይረኸብኩን። እዚ ድማ እቲ መምረጺ እዩ።
bot-non-text = ጽሑፍ ጥራይ እየ ዘንብብ። በጃኹም መልእኽቲ ጽሓፉ ወይ ነቶም መጠወቕታት ተጠቐሙ።
bot-alerts-on = መጠንቀቕታታት ተኸፊቶም ኣለዉ። ኣገደስቲ መልእኽትታት ክመጸኩም እዩ። ደው ንምባሎም /stop ስደዱ።
bot-alerts-off = መጠንቀቕታታት ተዓጽዮም ኣለዉ።
bot-stopped = Faro ካብ ሕጂ መልእኽቲ ኣይሰደልኩምን እዩ። ደጊምኩም ክትጅምሩ እንተ ደሊኹም /start ስደዱ።
bot-forget-confirm = እዚ Faro ብዛዕባኹም ዝሓዞ ኩሉ ይድምስስ፦ ቋንቋኹም፣ መጠንቀቕታታትኩምን ዝኾነ ሕቶ ተርጓማይን። ርግጸኛታት ዲኹም?
bot-forget-yes = እወ፣ ደምስሱ
bot-forget-cancel = ኣይፋል፣ ሓልውዎ
bot-forget-done = ተወዲኡ። Faro ብዛዕባኹም ዝሓዞ ኩሉ ተደምሲሱ ኣሎ።
bot-private-only = Faro ኣብ ውልቃዊ ዕላል ጥራይ እዩ ዝምልስ። ንምጥቃሙ ምስቲ ቦት ውልቃዊ ዕላል ክፈቱ።
bot-error = ኣብ ወገንና ሓደ ጸገም ኣጋጢሙ። በጃኹም ደጊምኩም ፈትኑ።
# Under every campaign message the bot sends.
campaign-stop-hint = መጠንቀቕታታት ስለ ዝኸፈትኩም እዩ እዚ መልእኽቲ ዝመጸኩም። ደው ንምባሎም /stop ስደዱ።

## Countries (origin and consulates)

country-AF = ኣፍጋኒስታን
country-AO = ኣንጎላ
country-BD = ባንግላደሽ
country-BR = ብራዚል
country-BZ = ቤሊዝ
country-CD = ዲሞክራስያዊት ሪፓብሊክ ኮንጎ
country-CL = ቺሌ
country-CM = ካሜሩን
country-CN = ቻይና
country-CO = ኮሎምብያ
country-CR = ኮስታ ሪካ
country-CU = ኩባ
country-DO = ዶሚኒካን ሪፓብሊክ
country-EC = ኢኳዶር
country-ER = ኤርትራ
country-ET = ኢትዮጵያ
country-GH = ጋና
country-GN = ጊኒ
country-GT = ጓቲማላ
country-HN = ሆንዱራስ
country-HT = ሃይቲ
country-IN = ህንዲ
country-IQ = ዒራቕ
country-IR = ኢራን
country-LK = ስሪ ላንካ
country-MX = ሜክሲኮ
country-NG = ናይጀርያ
country-NI = ኒካራጓ
country-NP = ኔፓል
country-PA = ፓናማ
country-PE = ፔሩ
country-PK = ፓኪስታን
country-SN = ሰኔጋል
country-SO = ሶማልያ
country-SV = ኤል ሳልቫዶር
country-SY = ሶርያ
country-UZ = ኡዝበኪስታን
country-VE = ቬኔዝዌላ
country-YE = የመን

## Languages beyond Faro's sixteen (for "Another language")

language-wo = ዎሎፍ
language-pa = ፑንጃቢ
language-ta = ታሚል
language-si = ሲንሃላ
language-om = ኦሮምኛ
language-sw = ስዋሒሊ
language-ln = ሊንጋላ
language-ff = ፉላ
language-ru = ሩስኛ
language-uz = ኡዝበክኛ
language-tr = ቱርክኛ
language-ku = ኩርድኛ

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = ምንጪ:
topic-source-checked = ብ{ $date } ዝተረጋገጸ
# Shown under the language's name on the picker when it says more than the name.
language-readers = ትግርኛ
