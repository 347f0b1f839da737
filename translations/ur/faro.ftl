### Faro — UI strings (Urdu (اردو))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = سفر میں موجود لوگوں کے لیے معلومات، آپ کی اپنی زبان میں۔
privacy-note = Faro کوئی کوکیز استعمال نہیں کرتا، اور آپ یہاں جو پڑھتے ہیں اس کا کوئی ریکارڈ نہیں رکھتا۔

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = یہ تحریر ابھی { $requested } میں دستیاب نہیں ہے۔ اسے { $shown } میں دکھایا جا رہا ہے۔
notice-machine = اس تحریر کا ترجمہ مشین نے کیا ہے، اور ابھی کسی انسان نے اسے جانچا نہیں ہے۔
notice-demo = یہ صرف ایک نمونہ ہے، اس کی تصدیق نہیں ہوئی۔ اس پر بھروسا نہ کریں۔
badge-demo = نمونہ
# $date is a date such as 2026-11-20.
notice-last-verified = آخری بار جانچ: { $date }

## Navigation

nav-home = ہوم
nav-topics = معلومات
nav-directory = مدد کرنے والی جگہیں
nav-consulates = قونصل خانے
nav-emergency = ایمرجنسی
nav-language = زبان
nav-start-over = دوبارہ شروع کریں
nav-back = واپس
nav-next = آگے
nav-whole-topic = 📄 پورا موضوع، سنبھال کر رکھنے کے لیے
nav-web-page = 🌐 ویب پر کھولیں
nav-menu = مینو

## Language picker

picker-title = اپنی زبان چنیں
picker-hint = اپنی زبان کو چھوئیں۔

## Home page and topics

home-title = آپ کیا جاننا چاہتے ہیں؟
topics-title = معلومات
topic-open = پڑھیں
# $current and $total are numbers: "Part 2 of 5".
topic-part = حصہ { $current } از { $total }

## Directory

directory-title = مدد کرنے والی جگہیں
directory-intro = اس علاقے میں شیلٹر ہوم، قانونی مدد، طبی سہولتیں اور دفاتر۔
directory-filter-country = ملک
directory-filter-city = شہر
directory-filter-kind = جگہ کی قسم
directory-filter-service = سروس
directory-filter-any = سب
directory-filter-apply = دکھائیں
directory-near = سب سے قریب والی جگہیں پہلے
# $count is the number of places found.
directory-count = { $count ->
    [0] کوئی جگہ نہیں ملی۔
    [one] ایک جگہ ملی۔
   *[other] { $count } جگہیں ملیں۔
}
directory-empty = ہماری فہرست میں کوئی جگہ اس سے میل نہیں کھاتی۔ کم فلٹر لگا کر دیکھیں۔
directory-choose = کوئی ملک چنیں تاکہ وہاں کی جگہیں دیکھ سکیں، یا اپنا مقام شیئر کریں تاکہ سب سے قریبی جگہیں پہلے دکھائی دیں۔
directory-use-location = میرا مقام استعمال کریں
directory-location-failed = آپ کا مقام معلوم نہیں ہو سکا۔ اس کی جگہ کوئی ملک چنیں۔
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } کلومیٹر دور
entry-address = پتا
entry-hours = کھلنے کے اوقات
weekday-mon = پیر
weekday-tue = منگل
weekday-wed = بدھ
weekday-thu = جمعرات
weekday-fri = جمعہ
weekday-sat = ہفتہ
weekday-sun = اتوار
hours-every-day = ہر روز
hours-all-day = چوبیس گھنٹے
hours-day-range = { $first } سے { $last } تک
hours-between = { $opens }–{ $closes }
hours-line = { $days }، { $times }
entry-phone = فون
# $number is a phone number.
entry-call = { $number } پر کال کریں
entry-website = ویب سائٹ
entry-languages = بولی جانے والی زبانیں
entry-services = سہولتیں
entry-procedures = یہ آپ کے لیے کیا کر سکتے ہیں
# $country is a country name.
entry-represents = { $country } کی نمائندگی کرتا ہے
entry-nationwide = پورا ملک

kind-shelter = شیلٹر ہوم
kind-consulate = قونصل خانہ
kind-embassy = سفارت خانہ
kind-hotline = ایمرجنسی لائن
kind-legal_aid = قانونی مدد
kind-health = طبی سہولت
kind-agency = سرکاری دفتر یا ادارہ

service-shelter = سونے کی جگہ
service-food = کھانا
service-legal_aid = قانونی مدد
service-health = طبی سہولت
service-documents = کاغذات
service-asylum = پناہ (اسائلم)
service-psychosocial = جذباتی سہارا
service-children = بچے
service-women = خواتین
service-interpreting = ترجمان
service-emergency = ایمرجنسی
service-family_tracing = گھر والوں کی تلاش
service-return = وطن واپسی
service-information = معلومات
service-complaints = شکایات

procedure-passport = پاسپورٹ
procedure-travel_document = سفری دستاویز
procedure-identity_certification = شناخت کا ثبوت
procedure-consular_registration = قونصلر رجسٹریشن
procedure-repatriation = وطن واپسی میں مدد

## Consulates

consulates-title = قونصل خانے اور سفارت خانے
consulates-choose = آپ کس ملک کا قونصل خانہ ڈھونڈ رہے ہیں؟
# $country is a country name.
consulates-for = { $country } کے قونصل خانے اور سفارت خانے
consulates-none = ہماری فہرست میں ابھی { $country } کا کوئی قونصل خانہ یا سفارت خانہ نہیں ہے۔
consulates-voluntary = اپنے قونصل خانے سے رابطہ کرنا یا نہ کرنا آپ کی اپنی مرضی ہے۔ اگر آپ کو اپنی ہی حکومت سے ڈر ہے تو اس سے رابطہ نہ کریں۔ اس کے بجائے پناہ (اسائلم) کے بارے میں UNHCR سے پوچھیں۔

## Emergency

emergency-title = ایمرجنسی نمبر
emergency-intro = ان نمبروں پر کال مفت ہے۔ بتائیں کہ آپ کہاں ہیں، کیا ہوا ہے اور کتنے لوگوں کو مدد چاہیے۔
# $number is a short number such as 911.
emergency-dial = { $number } ملائیں

## QR codes

qr-phone = یہ صفحہ اپنے ساتھ لے جائیں: اپنے فون سے اسکین کریں۔
qr-telegram = اپنی زبان میں Telegram پر جاری رکھیں۔
qr-whatsapp = اپنی زبان میں WhatsApp پر جاری رکھیں۔

## Kiosk

# $seconds is a number.
kiosk-idle-notice = آپ کی پرائیویسی کی حفاظت کے لیے، اگر یہ اسکرین { $seconds ->
    [one] ایک سیکنڈ
   *[other] { $seconds } سیکنڈ
} تک استعمال نہ ہو تو یہ شروع پر واپس چلی جاتی ہے۔
# $shelter is the name of the shelter.
kiosk-at-shelter = آپ { $shelter } میں ہیں۔
kiosk-interpreter = ترجمان مانگیں

## Campaigns

campaign-label = اہم

## Errors

error-not-found-title = صفحہ نہیں ملا
error-not-found = ہمیں یہ صفحہ نہیں ملا۔ شروع پر واپس جائیں اور دوبارہ کوشش کریں۔
error-topic-not-found = یہ موضوع موجود نہیں ہے۔ ہمارے پاس یہ موضوعات ہیں۔
error-language-not-found = یہ زبان دستیاب نہیں ہے۔ ان میں سے کوئی زبان چنیں۔
error-kiosk-title = یہ اسکرین سیٹ اپ نہیں ہے
error-kiosk = اس اسکرین کا پتہ ایک ایسے شیلٹر ہوم کی طرف اشارہ کرتا ہے جسے Faro نہیں جانتا: { $id }۔ براہ کرم عملے کو بتائیں۔ اسے ٹھیک کرنے کے لیے پتہ ‎/k/‎ ہونا چاہیے اور اس کے بعد Faro کی جگہوں کی فہرست میں کسی شیلٹر ہوم کی شناخت۔
error-kiosk-choose = یہ اسکرین ابھی سیٹ اپ نہیں ہوئی: براہ کرم عملے کو بتائیں۔ آپ پھر بھی اپنی زبان میں معلومات پڑھ سکتے ہیں۔
error-bad-request-title = کچھ ٹھیک نہیں ہے
error-bad-request = پتے میں دی گئی کچھ چیزیں سمجھ میں نہیں آئیں۔ براہ کرم مینو سے دوبارہ کوشش کریں۔
error-bad-location = مقام پڑھا نہیں جا سکا۔ عرض بلد (latitude) اور طول بلد (longitude) کو دو نمبروں کی شکل میں دیں۔
error-server-title = کچھ گڑبڑ ہو گئی
error-server = ہماری طرف کچھ گڑبڑ ہو گئی ہے۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔

## Telegram bot

bot-welcome = Faro میں خوش آمدید۔ یہاں آپ اپنی زبان میں راستے کے خطرات، پناہ (اسائلم)، اپنے حقوق اور مدد کہاں ملے گی، ان سب کے بارے میں پڑھ سکتے ہیں۔
bot-choose-language = اپنی زبان چنیں:
# $language is a language name in that language.
bot-language-detected = لگتا ہے آپ { $language } میں لکھتے ہیں۔ کیا ہم { $language } میں بات جاری رکھیں؟
bot-language-yes = ہاں، جاری رکھیں
bot-language-other = کوئی اور زبان چنیں
bot-language-set = اب Faro آپ سے { $language } میں بات کرے گا۔
menu-title = آپ کو کیا چاہیے؟
menu-emergency = ایمرجنسی نمبر
menu-topics = معلومات
menu-near-me = میرے قریب مدد
menu-consulate = میرے ملک کا قونصل خانہ
menu-interpreter = مجھے ترجمان چاہیے
menu-alerts-on = الرٹس چالو کریں
menu-alerts-off = الرٹس بند کریں
menu-language = زبان بدلیں
menu-forget = میرا ڈیٹا مٹائیں
menu-help = مدد
bot-help = ادھر ادھر جانے کے لیے بٹن استعمال کریں۔ کمانڈز:
    /start — دوبارہ شروع کریں
    /language — زبان بدلیں
    /help — یہی مدد
    /forget — Faro نے آپ کے بارے میں جو کچھ رکھا ہے، سب مٹا دیں
    /stop — Faro کے سب پیغامات بند کریں
bot-topics = کوئی موضوع چنیں:
bot-near-me-ask = قریب ترین مدد کرنے والی جگہیں دیکھنے کے لیے اپنا مقام (لوکیشن) شیئر کریں۔ آپ کا مقام صرف اسی جواب کے لیے استعمال ہوتا ہے اور محفوظ نہیں کیا جاتا۔
bot-near-me-button = میرا مقام شیئر کریں
bot-near-me-results = آپ کے سب سے قریب جگہیں:
bot-near-me-none = ہماری فہرست میں ابھی آپ کے قریب کوئی جگہ نہیں ہے۔
bot-consulate-ask = آپ کس ملک سے ہیں؟ اس ملک کے قونصل خانے اور سفارت خانے دیکھنے کے لیے چنیں۔
bot-search-results = یہ موضوعات آپ کے کام آ سکتے ہیں:
bot-search-none = مجھے اس بارے میں کچھ نہیں ملا۔ یہ رہا مینو۔
bot-non-text = میں صرف لکھی ہوئی تحریر پڑھ سکتا ہوں۔ براہ کرم پیغام لکھیں یا بٹن استعمال کریں۔
bot-alerts-on = الرٹس چالو ہیں۔ آپ کو اہم پیغامات ملیں گے۔ انہیں بند کرنے کے لیے /stop بھیجیں۔
bot-alerts-off = الرٹس بند ہیں۔
bot-stopped = Faro اب آپ کو کوئی پیغام نہیں بھیجے گا۔ اگر آپ دوبارہ شروع کرنا چاہیں تو /start بھیجیں۔
bot-forget-confirm = اس سے وہ سب کچھ مٹ جائے گا جو Faro نے آپ کے بارے میں رکھا ہے: آپ کی زبان، آپ کے الرٹس اور ترجمان کی کوئی بھی درخواست۔ کیا آپ کو یقین ہے؟
bot-forget-yes = ہاں، مٹا دیں
bot-forget-cancel = نہیں، رہنے دیں
bot-forget-done = ہو گیا۔ Faro نے آپ کے بارے میں جو کچھ رکھا تھا، سب مٹا دیا گیا ہے۔
bot-private-only = Faro صرف پرائیویٹ چیٹ میں جواب دیتا ہے۔ اسے استعمال کرنے کے لیے بوٹ کے ساتھ چیٹ کھولیں۔
bot-error = ہماری طرف کچھ گڑبڑ ہو گئی ہے۔ براہ کرم دوبارہ کوشش کریں۔
# Under every campaign message the bot sends.
campaign-stop-hint = آپ کو یہ پیغام اس لیے ملا ہے کہ آپ نے الرٹس چالو کیے ہیں۔ انہیں بند کرنے کے لیے /stop بھیجیں۔

## Countries (origin and consulates)

country-AF = افغانستان
country-AO = انگولا
country-BD = بنگلہ دیش
country-BR = برازیل
country-BZ = بیلیز
country-CD = جمہوری جمہوریہ کانگو
country-CL = چلی
country-CM = کیمرون
country-CN = چین
country-CO = کولمبیا
country-CR = کوسٹا ریکا
country-CU = کیوبا
country-DO = ڈومینیکن ریپبلک
country-EC = ایکواڈور
country-ER = اریٹیریا
country-ET = ایتھوپیا
country-GH = گھانا
country-GN = گنی
country-GT = گواتے مالا
country-HN = ہونڈوراس
country-HT = ہیٹی
country-IN = بھارت
country-IQ = عراق
country-IR = ایران
country-LK = سری لنکا
country-MX = میکسیکو
country-NG = نائجیریا
country-NI = نکاراگوا
country-NP = نیپال
country-PA = پاناما
country-PE = پیرو
country-PK = پاکستان
country-SN = سینیگال
country-SO = صومالیہ
country-SV = ایل سلواڈور
country-SY = شام
country-UZ = ازبکستان
country-VE = وینزویلا
country-YE = یمن

## Languages beyond Faro's sixteen (for "Another language")

language-wo = وولوف
language-pa = پنجابی
language-ta = تمل
language-si = سنہالا
language-om = اورومو
language-sw = سواحلی
language-ln = لنگالا
language-ff = فولا
language-ru = روسی
language-uz = ازبک
language-tr = ترکی
language-ku = کردی

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = ماخذ:
topic-source-checked = { $date } کو جانچا گیا
# Shown under the language's name on the picker when it says more than the name.
language-readers = اردو
