### Faro — UI strings (Pashto (پښتو))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = د هغو خلکو لپاره معلومات چې په لاره کې دي، ستاسو په خپله ژبه.
privacy-note = Faro کوکيز نه کاروي او دا نه ثبتوي چې تاسو دلته څه لولئ.

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = دا متن لا تر اوسه په { $requested } نشته. په { $shown } ښودل کېږي.
notice-machine = دا متن ماشین ژباړلی دی او لا تر اوسه کوم انسان نه دی کتلی.
notice-demo = دا یوه بېلګه ده، تایید شوې نه ده. باور پرې مه کوئ.
badge-demo = بېلګه
# $date is a date such as 2026-11-20.
notice-last-verified = وروستۍ کتنه: { $date }

## Navigation

nav-home = اصلي پاڼه
nav-topics = معلومات
nav-directory = هغه ځایونه چې مرسته کوي
nav-consulates = قونسلګرۍ
nav-emergency = بیړنی حالت
nav-language = ژبه
nav-start-over = له سره پیل
nav-back = شاته
nav-next = بل
nav-whole-topic = 📄 ټوله موضوع، د ساتلو لپاره
nav-web-page = 🌐 په انټرنیټ کې پرانیزئ
nav-menu = مېنو

## Language picker

picker-title = خپله ژبه وټاکئ
picker-hint = پر خپلې ژبې ټک وکړئ.

## Home page and topics

home-title = څه غواړئ چې پرې پوه شئ؟
topics-title = معلومات
topic-open = ولولئ
# $current and $total are numbers: "Part 2 of 5".
topic-part = له { $total } برخو { $current } برخه

## Directory

directory-title = هغه ځایونه چې مرسته کوي
directory-intro = په سیمه کې د مهاجرو استوګنځي، حقوقي مرسته، روغتیايي پاملرنه او دفترونه.
directory-filter-country = هېواد
directory-filter-city = ښار
directory-filter-kind = د ځای ډول
directory-filter-service = خدمت
directory-filter-any = ټول
directory-filter-apply = وښایئ
directory-near = لومړی هغه چې تاسو ته نږدې دي
# $count is the number of places found.
directory-count = { $count ->
    [0] هېڅ ځای ونه موندل شو.
    [one] یو ځای وموندل شو.
   *[other] { $count } ځایونه وموندل شول.
}
directory-empty = زموږ په لیست کې هېڅ ځای له دې سره سمون نه خوري. لږ فلټرونه وکاروئ.
directory-choose = یو هېواد وټاکئ چې د هغه ځایونه ووینئ، یا خپل موقعیت شریک کړئ چې تر ټولو نږدې ځایونه لومړی ښکاره شي.
directory-use-location = زما موقعیت وکاروئ
directory-location-failed = ستاسو موقعیت ونه لوستل شو. پر ځای یې یو هېواد وټاکئ.
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } کیلومتره لرې
entry-address = پته
entry-hours = د کار وختونه
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
hours-every-day = هره ورځ
hours-all-day = شپه او ورځ
hours-day-range = له { $first } تر { $last } پورې
hours-between = { $opens }–{ $closes }
hours-line = { $days }، { $times }
entry-phone = تلیفون
# $number is a phone number.
entry-call = { $number } ته زنګ ووهئ
entry-website = وېب پاڼه
entry-languages = هغه ژبې چې پکې خبرې کېږي
entry-services = خدمتونه
entry-procedures = دوی ستاسو لپاره څه کولی شي
# $country is a country name.
entry-represents = د { $country } استازیتوب کوي
entry-nationwide = ټول هېواد

kind-shelter = د مهاجرو استوګنځی
kind-consulate = قونسلګري
kind-embassy = سفارت
kind-hotline = بیړنۍ تلیفوني کرښه
kind-legal_aid = حقوقي مرسته
kind-health = روغتیايي پاملرنه
kind-agency = دولتي دفتر یا اداره

service-shelter = د شپې تېرولو ځای
service-food = خواړه
service-legal_aid = حقوقي مرسته
service-health = روغتیايي پاملرنه
service-documents = اسناد
service-asylum = پناه غوښتنه
service-psychosocial = رواني ملاتړ
service-children = ماشومان
service-women = ښځې
service-interpreting = ژباړونکي
service-emergency = بیړني حالات
service-family_tracing = د کورنۍ موندل
service-return = بېرته کور ته تګ
service-information = معلومات
service-complaints = شکایتونه

procedure-passport = پاسپورټ
procedure-travel_document = د سفر سند
procedure-identity_certification = د هویت تصدیق
procedure-consular_registration = قونسلي ثبت
procedure-repatriation = بېرته کور ته د تګ لپاره مرسته

## Consulates

consulates-title = قونسلګرۍ او سفارتونه
consulates-choose = د کوم هېواد قونسلګري لټوئ؟
# $country is a country name.
consulates-for = د { $country } قونسلګرۍ او سفارتونه
consulates-none = زموږ په لیست کې لا تر اوسه د { $country } هېڅ قونسلګري یا سفارت نشته.
consulates-voluntary = له خپلې قونسلګرۍ سره اړیکه نیول ستاسو خپله خوښه ده. که له خپل حکومت څخه ډارېږئ، ورسره اړیکه مه نیسئ. پر ځای یې د پناه غوښتنې په اړه له UNHCR (د کډوالو لپاره د ملګرو ملتونو اداره) څخه پوښتنه وکړئ.

## Emergency

emergency-title = بیړنۍ شمېرې
emergency-intro = دې شمېرو ته زنګ وهل وړیا دي. ووایئ چې چېرته یاست، څه پېښ شوي او څو کسانو ته مرسته پکار ده.
# $number is a short number such as 911.
emergency-dial = { $number } ته زنګ ووهئ

## QR codes

qr-phone = دا پاڼه له ځان سره یوسئ: په خپل تلیفون یې سکن کړئ.
qr-telegram = په Telegram کې په خپله ژبه دوام ورکړئ.
qr-whatsapp = په WhatsApp کې په خپله ژبه دوام ورکړئ.

## Kiosk

# $seconds is a number.
kiosk-idle-notice = ستاسو د محرمیت د ساتنې لپاره، که دا سکرین { $seconds ->
    [one] یوه ثانیه
   *[other] { $seconds } ثانیې
} ونه کارول شي، بېرته پیل ته ځي.
# $shelter is the name of the shelter.
kiosk-at-shelter = تاسو په { $shelter } کې یاست.
kiosk-interpreter = د ژباړونکي غوښتنه وکړئ

## Campaigns

campaign-label = مهم

## Errors

error-not-found-title = پاڼه ونه موندل شوه
error-not-found = موږ دا پاڼه ونه موندله. پیل ته بېرته لاړ شئ او بیا هڅه وکړئ.
error-topic-not-found = دا موضوع نشته. دا هغه موضوعګانې دي چې موږ یې لرو.
error-language-not-found = دا ژبه نشته. له دې ژبو څخه یوه وټاکئ.
error-kiosk-title = دا سکرین نه دی تنظیم شوی
error-kiosk = د دې سکرین پته یو داسې استوګنځي ته اشاره کوي چې Faro یې نه پېژني: { $id }. مهرباني وکړئ کارکوونکو ته ووایئ. د سمولو لپاره، پته باید ‎/k/‎ وي او وروسته یې د Faro د ځایونو په لیست کې د یو استوګنځي پېژندنه.
error-kiosk-choose = دا سکرین لا نه دی تنظیم شوی: مهرباني وکړئ کارکوونکو ته ووایئ. بیا هم کولای شئ معلومات په خپله ژبه ولولئ.
error-bad-request-title = یو څه سم نه دي
error-bad-request = په پته (ادرس) کې ځینې انتخابونه ونه پېژندل شول. مهرباني وکړئ له مېنو څخه بیا هڅه وکړئ.
error-bad-location = ځای ونه لوستل شو. جغرافیايي عرض او جغرافیايي طول د دوو شمېرو په توګه ورکړئ.
error-server-title = یوه ستونزه پېښه شوه
error-server = زموږ له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.

## Telegram bot

bot-welcome = Faro ته ښه راغلاست. دلته کولی شئ په خپله ژبه د لارې د خطرونو، پناه غوښتنې، خپلو حقونو او د مرستې د ځایونو په اړه ولولئ.
bot-choose-language = خپله ژبه وټاکئ:
# $language is a language name in that language.
bot-language-detected = داسې ښکاري چې تاسو په { $language } لیکئ. ایا په { $language } دوام ورکړو؟
bot-language-yes = هو، دوام ورکړئ
bot-language-other = بله ژبه وټاکئ
bot-language-set = Faro به اوس په { $language } خبرې کوي.
menu-title = تاسو څه ته اړتیا لرئ؟
menu-emergency = بیړنۍ شمېرې
menu-topics = معلومات
menu-near-me = ما ته نږدې مرسته
menu-consulate = زما د هېواد قونسلګري
menu-interpreter = ژباړونکي ته اړتیا لرم
menu-alerts-on = خبرتیاوې فعالې کړئ
menu-alerts-off = خبرتیاوې بندې کړئ
menu-language = ژبه بدله کړئ
menu-forget = زما معلومات پاک کړئ
menu-help = مرسته
bot-help = د ګرځېدو لپاره تڼۍ وکاروئ. کمانډونه:
    /start — بیا پیل
    /language — ژبه بدلول
    /help — همدا مرسته
    /forget — هر هغه څه پاکول چې Faro ستاسو په اړه ساتي
    /stop — د Faro ټول پیغامونه بندول
bot-topics = یوه موضوع وټاکئ:
bot-near-me-ask = خپل ځای شریک کړئ ترڅو تاسو ته تر ټولو نږدې د مرستې ځایونه ووینئ. ستاسو ځای یوازې د همدې ځواب لپاره کارول کېږي او نه ساتل کېږي.
bot-near-me-button = زما ځای شریک کړئ
bot-near-me-results = تاسو ته تر ټولو نږدې ځایونه:
bot-near-me-none = زموږ په لیست کې لا تر اوسه تاسو ته نږدې هېڅ ځای نشته.
bot-consulate-ask = تاسو د کوم هېواد یاست؟ هېواد وټاکئ ترڅو د هغه قونسلګرۍ او سفارتونه ووینئ.
bot-search-results = دا موضوعګانې ښايي درسره مرسته وکړي:
bot-search-none = د دې په اړه مې هېڅ ونه موندل. دا دی مېنو.
bot-non-text = زه یوازې لیکلی متن لوستلی شم. مهرباني وکړئ یو پیغام ولیکئ یا تڼۍ وکاروئ.
bot-alerts-on = خبرتیاوې فعالې دي. تاسو به مهم پیغامونه ترلاسه کوئ. د بندولو لپاره /stop ولېږئ.
bot-alerts-off = خبرتیاوې بندې دي.
bot-stopped = Faro به نور تاسو ته پیغامونه نه لېږي. که غواړئ بیا پیل وکړئ، /start ولېږئ.
bot-forget-confirm = دا هر هغه څه پاکوي چې Faro ستاسو په اړه ساتي: ستاسو ژبه، ستاسو خبرتیاوې او د ژباړونکي لپاره هره غوښتنه. ایا ډاډه یاست؟
bot-forget-yes = هو، پاک یې کړئ
bot-forget-cancel = نه، وې ساتئ
bot-forget-done = وشول. هر هغه څه چې Faro ستاسو په اړه ساتلي وو، پاک شول.
bot-private-only = Faro یوازې په شخصي چټونو کې ځواب ورکوي. د کارولو لپاره له بوټ سره یو چټ پرانیزئ.
bot-error = زموږ له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ بیا هڅه وکړئ.
# Under every campaign message the bot sends.
campaign-stop-hint = دا پیغام تاسو ته ځکه درځي چې تاسو خبرتیاوې فعالې کړې دي. د بندولو لپاره /stop ولېږئ.

## Countries (origin and consulates)

country-AF = افغانستان
country-AO = انګولا
country-BD = بنګله دېش
country-BR = برازیل
country-BZ = بلیز
country-CD = د کانګو دیموکراتیک جمهوریت
country-CL = چیلي
country-CM = کامرون
country-CN = چین
country-CO = کولمبیا
country-CR = کوسټاریکا
country-CU = کیوبا
country-DO = ډومینیکن جمهوریت
country-EC = اېکوادور
country-ER = اریتریا
country-ET = ایتوپیا
country-GH = ګانا
country-GN = ګینه
country-GT = ګواتیمالا
country-HN = هندوراس
country-HT = هایټي
country-IN = هند
country-IQ = عراق
country-IR = ایران
country-LK = سریلانکا
country-MX = مکسیکو
country-NG = نایجیریا
country-NI = نیکاراګوا
country-NP = نیپال
country-PA = پاناما
country-PE = پیرو
country-PK = پاکستان
country-SN = سېنېګال
country-SO = سومالیا
country-SV = ایل سلوادور
country-SY = سوریه
country-UZ = ازبکستان
country-VE = وینزویلا
country-YE = یمن

## Languages beyond Faro's sixteen (for "Another language")

language-wo = ولوف
language-pa = پنجابي
language-ta = تامیل
language-si = سنهالي
language-om = اورومو
language-sw = سواحلي
language-ln = لینګالا
language-ff = فولا
language-ru = روسي
language-uz = ازبکي
language-tr = ترکي
language-ku = کوردي

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = سرچینه:
topic-source-checked = په { $date } وکتل شوه
# Shown under the language's name on the picker when it says more than the name.
language-readers = پښتو
