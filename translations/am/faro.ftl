### Faro — UI strings (Amharic (አማርኛ))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## አገልግሎቱ

faro-name = Faro
faro-tagline = በጉዞ ላይ ላሉ ሰዎች መረጃ፣ በራስዎ ቋንቋ።
privacy-note = Faro ኩኪዎችን አይጠቀምም፤ እዚህ የሚያነቡትንም አይመዘግብም።

## ከጽሑፍ ጋር የሚታዩ ማሳሰቢያዎች

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = ይህ ጽሑፍ ገና በ{ $requested } ቋንቋ አልተዘጋጀም። በ{ $shown } ቋንቋ ቀርቧል።
notice-machine = ይህ ጽሑፍ በማሽን (በኮምፒውተር) የተተረጎመ ነው፤ ገና በሰው አልተረጋገጠም።
notice-demo = ይህ ናሙና ነው፤ አልተረጋገጠም። በእሱ ላይ አይተማመኑ።
badge-demo = ናሙና
# $date is a date such as 2026-11-20.
notice-last-verified = መጨረሻ የተረጋገጠው፦ { $date }

## መቃኛ

nav-home = መነሻ ገጽ
nav-topics = መረጃ
nav-directory = የሚረዱ ቦታዎች
nav-consulates = ቆንስላዎች
nav-emergency = አስቸኳይ ጊዜ
nav-language = ቋንቋ
nav-start-over = እንደገና ይጀምሩ
nav-back = ወደ ኋላ
nav-next = ቀጣይ
nav-whole-topic = 📄 ሙሉውን ርዕስ፣ ለማስቀመጥ
nav-web-page = 🌐 በድረ-ገጽ ይክፈቱ
nav-menu = ምናሌ

## ቋንቋ መምረጫ

picker-title = ቋንቋዎን ይምረጡ
picker-hint = ቋንቋዎን ይንኩ።

## መነሻ ገጽና ርዕሶች

home-title = ምን ማወቅ ይፈልጋሉ?
topics-title = መረጃ
topic-open = ያንብቡ
# $current and $total are numbers: "Part 2 of 5".
topic-part = ከ{ $total } ውስጥ ክፍል { $current }

## የሚረዱ ቦታዎች ዝርዝር

directory-title = የሚረዱ ቦታዎች
directory-intro = በአካባቢው ያሉ መጠለያዎች፣ የሕግ ድጋፍ፣ የጤና አገልግሎትና ቢሮዎች።
directory-filter-country = ሀገር
directory-filter-city = ከተማ
directory-filter-kind = የቦታው ዓይነት
directory-filter-service = አገልግሎት
directory-filter-any = ሁሉም
directory-filter-apply = አሳይ
directory-near = በቅርብ ያሉት መጀመሪያ
# $count is the number of places found.
directory-count = { $count ->
    [0] ምንም ቦታ አልተገኘም።
    [one] አንድ ቦታ ተገኝቷል።
   *[other] { $count } ቦታዎች ተገኝተዋል።
}
directory-empty = በዝርዝራችን ውስጥ የሚስማማ ቦታ የለም። ጥቂት ማጣሪያዎችን ብቻ መርጠው እንደገና ይሞክሩ።
directory-choose = የአንድን ሀገር ቦታዎች ለማየት ሀገር ይምረጡ፣ ወይም በቅርብ ያሉትን ቦታዎች መጀመሪያ ለማየት አካባቢዎን ያጋሩ።
directory-use-location = አካባቢዬን ተጠቀም
directory-location-failed = አካባቢዎን ማወቅ አልተቻለም። በምትኩ ሀገር ይምረጡ።
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } ኪ.ሜ ርቀት ላይ
entry-address = አድራሻ
entry-hours = የሥራ ሰዓት
weekday-mon = ሰኞ
weekday-tue = ማክሰኞ
weekday-wed = ረቡዕ
weekday-thu = ሐሙስ
weekday-fri = ዓርብ
weekday-sat = ቅዳሜ
weekday-sun = እሑድ
hours-every-day = በየቀኑ
hours-all-day = 24 ሰዓት
hours-day-range = ከ{ $first } እስከ { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }፣ { $times }
entry-phone = ስልክ
# $number is a phone number.
entry-call = ወደ { $number } ይደውሉ
entry-website = ድረ ገጽ
entry-languages = የሚነገሩ ቋንቋዎች
entry-services = አገልግሎቶች
entry-procedures = ምን ሊያደርጉልዎ ይችላሉ
# $country is a country name.
entry-represents = የ{ $country } ተወካይ
entry-nationwide = መላው ሀገር

kind-shelter = መጠለያ
kind-consulate = ቆንስላ
kind-embassy = ኤምባሲ
kind-hotline = የአስቸኳይ ጊዜ ስልክ መስመር
kind-legal_aid = የሕግ ድጋፍ
kind-health = የጤና አገልግሎት
kind-agency = የመንግሥት ቢሮ ወይም ድርጅት

service-shelter = የማደሪያ ቦታ
service-food = ምግብ
service-legal_aid = የሕግ ድጋፍ
service-health = የጤና አገልግሎት
service-documents = ሰነዶች
service-asylum = ጥገኝነት
service-psychosocial = የሥነ ልቦና ድጋፍ
service-children = ልጆች
service-women = ሴቶች
service-interpreting = አስተርጓሚዎች
service-emergency = አስቸኳይ ሁኔታዎች
service-family_tracing = ቤተሰብ ማፈላለግ
service-return = ወደ ሀገር መመለስ
service-information = መረጃ
service-complaints = አቤቱታዎች

procedure-passport = ፓስፖርት
procedure-travel_document = የጉዞ ሰነድ
procedure-identity_certification = የማንነት ማረጋገጫ
procedure-consular_registration = የቆንስላ ምዝገባ
procedure-repatriation = ወደ ሀገር ለመመለስ እርዳታ

## ቆንስላዎች

consulates-title = ቆንስላዎችና ኤምባሲዎች
consulates-choose = የየትኛውን ሀገር ቆንስላ ይፈልጋሉ?
# $country is a country name.
consulates-for = የ{ $country } ቆንስላዎችና ኤምባሲዎች
consulates-none = በዝርዝራችን ውስጥ እስካሁን የ{ $country } ቆንስላ ወይም ኤምባሲ የለም።
consulates-voluntary = ቆንስላዎን ማነጋገር የእርስዎ ምርጫ ነው። የገዛ ሀገርዎን መንግሥት የሚፈሩ ከሆነ አያነጋግሩት። ይልቁንም ስለ ጥገኝነት UNHCRን (ACNUR) ይጠይቁ።

## አስቸኳይ ጊዜ

emergency-title = የአስቸኳይ ጊዜ ስልክ ቁጥሮች
emergency-intro = ወደ እነዚህ ቁጥሮች መደወል ነፃ ነው። የት እንዳሉ፣ ምን እንደተፈጠረና ስንት ሰዎች እርዳታ እንደሚያስፈልጋቸው ይናገሩ።
# $number is a short number such as 911.
emergency-dial = ወደ { $number } ይደውሉ

## QR ኮዶች

qr-phone = ይህን ገጽ ይዘውት ይሂዱ፦ በስልክዎ ስካን ያድርጉት።
qr-telegram = በቋንቋዎ በTelegram ላይ ይቀጥሉ።
qr-whatsapp = በቋንቋዎ በWhatsApp ላይ ይቀጥሉ።

## ኪዮስክ

# $seconds is a number.
kiosk-idle-notice = ግላዊነትዎን ለመጠበቅ፣ ይህ ስክሪን ለ{ $seconds ->
    [one] አንድ ሰከንድ
   *[other] { $seconds } ሰከንድ
} ጥቅም ላይ ካልዋለ ወደ መነሻው ይመለሳል።
# $shelter is the name of the shelter.
kiosk-at-shelter = ያሉበት ቦታ፦ { $shelter }።
kiosk-interpreter = አስተርጓሚ ይጠይቁ

## ዘመቻዎች

campaign-label = አስፈላጊ

## ስህተቶች

error-not-found-title = ገጹ አልተገኘም
error-not-found = ይህን ገጽ ማግኘት አልቻልንም። ወደ መነሻው ተመልሰው እንደገና ይሞክሩ።
error-topic-not-found = ይህ ርዕስ የለም። ያሉን ርዕሶች እነዚህ ናቸው።
error-language-not-found = ይህ ቋንቋ የለም። ከእነዚህ ቋንቋዎች አንዱን ይምረጡ።
error-kiosk-title = ይህ ስክሪን አልተዘጋጀም
error-kiosk = የዚህ ስክሪን አድራሻ Faro የማያውቀውን መጠለያ ይጠቅሳል፦ { $id }። እባክዎ ለሠራተኞቹ ይንገሩ። ለማስተካከል አድራሻው /k/ እና ከዚያ በኋላ በFaro የቦታዎች ዝርዝር ውስጥ ያለ የመጠለያ መለያ መሆን አለበት።
error-kiosk-choose = ይህ ስክሪን ገና አልተዘጋጀም፤ እባክዎ ለሠራተኞቹ ይንገሩ። ቢሆንም መረጃውን በቋንቋዎ ማንበብ ይችላሉ።
error-bad-request-title = የሆነ ነገር ትክክል አይደለም
error-bad-request = በአድራሻው ውስጥ ያሉ አንዳንድ ምርጫዎች ሊገቡን አልቻሉም። እባክዎ ከምናሌው እንደገና ይሞክሩ።
error-bad-location = ቦታውን ማንበብ አልተቻለም። ኬክሮስና ኬንትሮስን እንደ ሁለት ቁጥሮች ያስገቡ።
error-server-title = የሆነ ችግር ተፈጥሯል
error-server = በእኛ በኩል ችግር ተፈጥሯል። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።

## የTelegram ቦት

bot-welcome = እንኳን ወደ Faro በደህና መጡ። እዚህ ስለ ጉዞው አደጋዎች፣ ስለ ጥገኝነት፣ ስለ መብቶችዎና እርዳታ የት እንደሚያገኙ በቋንቋዎ ማንበብ ይችላሉ።
bot-choose-language = ቋንቋዎን ይምረጡ፦
# $language is a language name in that language.
bot-language-detected = በ{ $language } የሚጽፉ ይመስላል። በ{ $language } እንቀጥል?
bot-language-yes = አዎ፣ እንቀጥል
bot-language-other = ሌላ ቋንቋ ይምረጡ
bot-language-set = ከአሁን ጀምሮ Faro በ{ $language } ያነጋግርዎታል።
menu-title = ምን ያስፈልግዎታል?
menu-emergency = የአስቸኳይ ጊዜ ስልክ ቁጥሮች
menu-topics = መረጃ
menu-near-me = በአቅራቢያዬ ያለ እርዳታ
menu-consulate = የሀገሬ ቆንስላ
menu-interpreter = አስተርጓሚ እፈልጋለሁ
menu-alerts-on = ማሳወቂያዎችን ያብሩ
menu-alerts-off = ማሳወቂያዎችን ያጥፉ
menu-language = ቋንቋ ይቀይሩ
menu-forget = መረጃዬን ሰርዝ
menu-help = እርዳታ
bot-help = ለመንቀሳቀስ ቁልፎቹን ይጠቀሙ። ትዕዛዞች፦
    /start — እንደገና ለመጀመር
    /language — ቋንቋ ለመቀየር
    /help — ይህ የእርዳታ መልዕክት
    /forget — Faro ስለ እርስዎ የያዘውን ሁሉ ለማጥፋት
    /stop — ከFaro የሚመጡ መልዕክቶችን ሁሉ ለማቆም
bot-topics = ርዕስ ይምረጡ፦
bot-near-me-ask = በአቅራቢያዎ ያሉ የሚረዱ ቦታዎችን ለማየት ያሉበትን ቦታ ያጋሩ። ያሉበት ቦታ ለዚህ መልስ ብቻ ይውላል፤ አይቀመጥም።
bot-near-me-button = ያለሁበትን ቦታ አጋራ
bot-near-me-results = በአቅራቢያዎ ያሉ ቦታዎች፦
bot-near-me-none = በዝርዝራችን ውስጥ እስካሁን በአቅራቢያዎ ያለ ቦታ የለም።
bot-consulate-ask = ከየትኛው ሀገር ነዎት? የሀገርዎን ቆንስላዎችና ኤምባሲዎች ለማየት ይምረጡ።
bot-search-results = እነዚህ ርዕሶች ሊረዱዎት ይችላሉ፦
bot-search-none = ስለዚያ ምንም አላገኘሁም። ምናሌው ይኸውና።
bot-non-text = ማንበብ የምችለው ጽሑፍ ብቻ ነው። እባክዎ መልዕክት ይጻፉ ወይም ቁልፎቹን ይጠቀሙ።
bot-alerts-on = ማሳወቂያዎች በርተዋል። አስፈላጊ መልዕክቶች ይደርስዎታል። ለማቆም /stop ይላኩ።
bot-alerts-off = ማሳወቂያዎች ጠፍተዋል።
bot-stopped = Faro ከእንግዲህ መልዕክት አይልክልዎትም። እንደገና መጀመር ከፈለጉ /start ይላኩ።
bot-forget-confirm = ይህ Faro ስለ እርስዎ የያዘውን ሁሉ ያጠፋል፦ ቋንቋዎን፣ ማሳወቂያዎችዎንና ማንኛውንም የአስተርጓሚ ጥያቄ። እርግጠኛ ነዎት?
bot-forget-yes = አዎ፣ ሰርዝ
bot-forget-cancel = አይ፣ ይቆይ
bot-forget-done = ተጠናቋል። Faro ስለ እርስዎ የያዘው ሁሉ ተሰርዟል።
bot-private-only = Faro የሚመልሰው በግል ውይይት ብቻ ነው። ለመጠቀም ከቦቱ ጋር የግል ውይይት ይክፈቱ።
bot-error = በእኛ በኩል ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ።
# Under every campaign message the bot sends.
campaign-stop-hint = ይህ መልዕክት የደረሰዎት ማሳወቂያዎችን ስላበሩ ነው። ለማቆም /stop ይላኩ።

## ሀገሮች (የትውልድ ሀገርና ቆንስላዎች)

country-AF = አፍጋኒስታን
country-AO = አንጎላ
country-BD = ባንግላዲሽ
country-BR = ብራዚል
country-BZ = ቤሊዝ
country-CD = የኮንጎ ዲሞክራቲክ ሪፐብሊክ
country-CL = ቺሊ
country-CM = ካሜሩን
country-CN = ቻይና
country-CO = ኮሎምቢያ
country-CR = ኮስታ ሪካ
country-CU = ኩባ
country-DO = ዶሚኒካን ሪፐብሊክ
country-EC = ኢኳዶር
country-ER = ኤርትራ
country-ET = ኢትዮጵያ
country-GH = ጋና
country-GN = ጊኒ
country-GT = ጓቲማላ
country-HN = ሆንዱራስ
country-HT = ሄይቲ
country-IN = ሕንድ
country-IQ = ኢራቅ
country-IR = ኢራን
country-LK = ስሪ ላንካ
country-MX = ሜክሲኮ
country-NG = ናይጄሪያ
country-NI = ኒካራጓ
country-NP = ኔፓል
country-PA = ፓናማ
country-PE = ፔሩ
country-PK = ፓኪስታን
country-SN = ሴኔጋል
country-SO = ሶማሊያ
country-SV = ኤል ሳልቫዶር
country-SY = ሶሪያ
country-UZ = ኡዝቤኪስታን
country-VE = ቬንዙዌላ
country-YE = የመን

## ከFaro አሥራ ስድስት ቋንቋዎች ውጭ ያሉ ቋንቋዎች («ሌላ ቋንቋ» ለሚለው)

language-wo = ዎሎፍ
language-pa = ፑንጃቢ
language-ta = ታሚል
language-si = ሲንሃላ
language-om = ኦሮምኛ
language-sw = ስዋሂሊ
language-ln = ሊንጋላ
language-ff = ፉላ
language-ru = ሩሲያኛ
language-uz = ኡዝቤክኛ
language-tr = ቱርክኛ
language-ku = ኩርድኛ

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = ምንጭ:
topic-source-checked = በ{ $date } የተረጋገጠ
# Shown under the language's name on the picker when it says more than the name.
language-readers = አማርኛ
