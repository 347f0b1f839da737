### Faro — UI strings (Persian (فارسی))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = اطلاعات برای مردمی که در راه هستند، به زبان خودتان.
privacy-note = در Faro هیچ کوکی‌ای به کار نمی‌رود و آنچه اینجا می‌خوانید ثبت نمی‌شود.

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = این متن هنوز به { $requested } آماده نیست. به { $shown } نشان داده می‌شود.
notice-machine = این متن را ماشین ترجمه کرده است و هنوز کسی آن را بررسی نکرده است. این صفحه‌ها برای خوانندگان دری و فارسی نوشته شده‌اند.
notice-demo = این یک نمونه است و بررسی نشده است. به آن اعتماد نکنید.
badge-demo = نمونه
# $date is a date such as 2026-11-20.
notice-last-verified = آخرین بررسی: { $date }

## Navigation

nav-home = صفحهٔ اول
nav-topics = اطلاعات
nav-directory = جاهایی که کمک می‌کنند
nav-consulates = قونسلگری‌ها
nav-emergency = اضطراری
nav-language = زبان
nav-start-over = شروع دوباره
nav-back = برگشت
nav-next = بعدی
nav-whole-topic = 📄 همهٔ موضوع، برای نگه داشتن
nav-web-page = 🌐 باز کردن در انترنت
nav-menu = منو

## Language picker

picker-title = زبان خود را انتخاب کنید
picker-hint = روی زبان خود بزنید.

## Home page and topics

home-title = دربارهٔ چه چیزی می‌خواهید بدانید؟
topics-title = اطلاعات
topic-open = خواندن
# $current and $total are numbers: "Part 2 of 5".
topic-part = بخش { $current } از { $total }

## Directory

directory-title = جاهایی که کمک می‌کنند
directory-intro = خانه‌های مهاجران، کمک حقوقی، خدمات صحی و اداره‌ها در این منطقه.
directory-filter-country = کشور
directory-filter-city = شهر
directory-filter-kind = نوع مکان
directory-filter-service = خدمات
directory-filter-any = همه
directory-filter-apply = نشان بده
directory-near = اول نزدیک‌ترین‌ها به شما
# $count is the number of places found.
directory-count = { $count ->
    [0] هیچ جایی پیدا نشد.
    [one] یک جا پیدا شد.
   *[other] { $count } جا پیدا شد.
}
directory-empty = هیچ جایی در فهرست ما با این انتخاب‌ها جور نیست. فیلترهای کمتری انتخاب کنید.
directory-choose = یک کشور را انتخاب کنید تا جاهای آن را ببینید، یا موقعیت خود را بفرستید تا نزدیک‌ترین جاها اول نشان داده شوند.
directory-use-location = استفاده از موقعیت من
directory-location-failed = موقعیت شما خوانده نشد. به جای آن یک کشور انتخاب کنید.
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } کیلومتر فاصله
entry-address = نشانی
entry-hours = ساعت‌های کار
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنج‌شنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
hours-every-day = هر روز
hours-all-day = شبانه‌روزی
hours-day-range = { $first } تا { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }، { $times }
entry-phone = تیلفون
# $number is a phone number.
entry-call = تماس با { $number }
entry-website = وب‌سایت
entry-languages = زبان‌هایی که صحبت می‌کنند
entry-services = خدمات
entry-procedures = چه کارهایی برای شما انجام می‌دهند
# $country is a country name.
entry-represents = نمایندگی { $country }
entry-nationwide = سراسر کشور

kind-shelter = خانهٔ مهاجران
kind-consulate = قونسلگری
kind-embassy = سفارت
kind-hotline = خط تیلفون اضطراری
kind-legal_aid = کمک حقوقی
kind-health = خدمات صحی
kind-agency = اداره یا سازمان دولتی

service-shelter = جای خواب
service-food = غذا
service-legal_aid = کمک حقوقی
service-health = خدمات صحی
service-documents = مدارک
service-asylum = پناهندگی
service-psychosocial = حمایت روحی و روانی
service-children = کودکان
service-women = زنان
service-interpreting = ترجمان
service-emergency = موارد اضطراری
service-family_tracing = پیدا کردن خانواده
service-return = بازگشت به کشور
service-information = اطلاعات
service-complaints = شکایت

procedure-passport = پاسپورت
procedure-travel_document = سند سفر
procedure-identity_certification = تأیید هویت
procedure-consular_registration = ثبت قونسلی
procedure-repatriation = کمک برای بازگشت به کشور

## Consulates

consulates-title = قونسلگری‌ها و سفارت‌ها
consulates-choose = دنبال قونسلگری کدام کشور هستید؟
# $country is a country name.
consulates-for = قونسلگری‌ها و سفارت‌های { $country }
consulates-none = هنوز هیچ قونسلگری یا سفارتی از { $country } در فهرست ما نیست.
consulates-voluntary = تماس با قونسلگری انتخاب خود شماست. اگر از دولت کشور خود می‌ترسید، با آن تماس نگیرید. به جای آن، دربارهٔ پناهندگی از UNHCR (ادارهٔ پناهندگان ملل متحد) بپرسید.

## Emergency

emergency-title = شماره‌های اضطراری
emergency-intro = تماس با این شماره‌ها رایگان است. بگویید کجا هستید، چه اتفاقی افتاده و چند نفر به کمک نیاز دارند.
# $number is a short number such as 911.
emergency-dial = شمارهٔ { $number } را بگیرید

## QR codes

qr-phone = این صفحه را با خودتان ببرید: آن را با موبایلتان اسکن کنید.
qr-telegram = در Telegram به زبان خودتان ادامه دهید.
qr-whatsapp = در WhatsApp به زبان خودتان ادامه دهید.

## Kiosk

# $seconds is a number.
kiosk-idle-notice = برای حفظ حریم خصوصی شما، اگر { $seconds ->
    [one] یک ثانیه
   *[other] { $seconds } ثانیه
} کسی با این صفحه کار نکند، صفحه به اول برمی‌گردد.
# $shelter is the name of the shelter.
kiosk-at-shelter = شما در { $shelter } هستید.
kiosk-interpreter = ترجمان بخواهید

## Campaigns

campaign-label = مهم

## Errors

error-not-found-title = صفحه پیدا نشد
error-not-found = این صفحه را پیدا نکردیم. به صفحهٔ اول برگردید و دوباره امتحان کنید.
error-topic-not-found = این موضوع وجود ندارد. موضوع‌هایی که داریم اینجا هستند.
error-language-not-found = این زبان موجود نیست. یکی از این زبان‌ها را انتخاب کنید.
error-kiosk-title = این صفحه‌نمایش راه‌اندازی نشده است
error-kiosk = نشانی این صفحه‌نمایش به خانهٔ مهاجرانی اشاره می‌کند که Faro آن را نمی‌شناسد: { $id }. لطفاً به کارکنان بگویید. برای درست کردن آن، نشانی باید ‎/k/‎ باشد و پس از آن شناسهٔ یکی از خانه‌های مهاجران در فهرست جاهای Faro.
error-kiosk-choose = این صفحه‌نمایش هنوز راه‌اندازی نشده است: لطفاً به کارکنان بگویید. با این حال می‌توانید اطلاعات را به زبان خودتان بخوانید.
error-bad-request-title = چیزی درست نیست
error-bad-request = بعضی از انتخاب‌های داخل نشانی صفحه فهمیده نشد. لطفاً دوباره از منو امتحان کنید.
error-bad-location = موقعیت مکانی خوانده نشد. عرض جغرافیایی و طول جغرافیایی را به صورت دو عدد بنویسید.
error-server-title = مشکلی پیش آمد
error-server = مشکلی از طرف ما پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.

## Telegram bot

bot-welcome = به Faro خوش آمدید. اینجا می‌توانید به زبان خودتان دربارهٔ خطرهای مسیر، پناهندگی، حقوقتان و جاهایی که می‌شود از آن‌ها کمک گرفت، بخوانید.
bot-choose-language = زبان خود را انتخاب کنید:
# $language is a language name in that language.
bot-language-detected = به نظر می‌رسد به { $language } می‌نویسید. به { $language } ادامه دهیم؟
bot-language-yes = بله، ادامه بده
bot-language-other = انتخاب زبان دیگر
bot-language-set = از این به بعد Faro به { $language } با شما صحبت می‌کند.
menu-title = به چه چیزی نیاز دارید؟
menu-emergency = شماره‌های اضطراری
menu-topics = اطلاعات
menu-near-me = کمک در نزدیکی من
menu-consulate = قونسلگری کشور من
menu-interpreter = به ترجمان نیاز دارم
menu-alerts-on = روشن کردن هشدارها
menu-alerts-off = خاموش کردن هشدارها
menu-language = تغییر زبان
menu-forget = پاک کردن اطلاعات من
menu-help = راهنما
bot-help = با دکمه‌ها جابه‌جا شوید. فرمان‌ها:
    /start — شروع دوباره
    /language — تغییر زبان
    /help — همین راهنما
    /forget — پاک کردن همهٔ اطلاعاتی که Faro دربارهٔ شما نگه می‌دارد
    /stop — قطع همهٔ پیام‌های Faro
bot-topics = یک موضوع انتخاب کنید:
bot-near-me-ask = موقعیت مکانی خود را بفرستید تا نزدیک‌ترین جاهایی را که کمک می‌کنند ببینید. موقعیت شما فقط برای همین پاسخ به کار می‌رود و ذخیره نمی‌شود.
bot-near-me-button = فرستادن موقعیت مکانی من
bot-near-me-results = نزدیک‌ترین جاها به شما:
bot-near-me-none = هنوز هیچ جایی در نزدیکی شما در فهرست ما نیست.
bot-consulate-ask = اهل کدام کشور هستید؟ انتخاب کنید تا قونسلگری‌ها و سفارت‌های آن را ببینید.
bot-search-results = این موضوع‌ها شاید به شما کمک کنند:
bot-search-none = چیزی دربارهٔ این پیدا نکردم. منو اینجاست.
bot-non-text = من فقط می‌توانم متن بخوانم. لطفاً یک پیام بنویسید یا از دکمه‌ها استفاده کنید.
bot-alerts-on = هشدارها روشن است. پیام‌های مهم را دریافت می‌کنید. برای قطع آن‌ها /stop را بفرستید.
bot-alerts-off = هشدارها خاموش است.
bot-stopped = از این به بعد Faro هیچ پیامی برای شما نمی‌فرستد. اگر خواستید دوباره شروع کنید، /start را بفرستید.
bot-forget-confirm = با این کار هر چه Faro دربارهٔ شما نگه داشته پاک می‌شود: زبان‌تان، هشدارهای‌تان و هر درخواستی که برای ترجمان داده‌اید. مطمئن هستید؟
bot-forget-yes = بله، پاک کن
bot-forget-cancel = نه، نگه دار
bot-forget-done = انجام شد. هر چه Faro دربارهٔ شما نگه داشته بود پاک شد.
bot-private-only = پاسخ Faro فقط در گفت‌وگوی خصوصی است. برای استفاده، یک گفت‌وگو با ربات باز کنید.
bot-error = مشکلی از طرف ما پیش آمد. لطفاً دوباره امتحان کنید.
# Under every campaign message the bot sends.
campaign-stop-hint = این پیام را دریافت می‌کنید چون هشدارها را روشن کرده‌اید. برای قطع آن‌ها /stop را بفرستید.

## Countries (origin and consulates)

country-AF = افغانستان
country-AO = آنگولا
country-BD = بنگلادش
country-BR = برزیل
country-BZ = بلیز
country-CD = جمهوری دموکراتیک کنگو
country-CL = شیلی
country-CM = کامرون
country-CN = چین
country-CO = کلمبیا
country-CR = کاستاریکا
country-CU = کوبا
country-DO = جمهوری دومینیکن
country-EC = اکوادور
country-ER = اریتره
country-ET = اتیوپی
country-GH = غنا
country-GN = گینه
country-GT = گواتیمالا
country-HN = هندوراس
country-HT = هائیتی
country-IN = هند
country-IQ = عراق
country-IR = ایران
country-LK = سری‌لانکا
country-MX = مکسیکو
country-NG = نیجریه
country-NI = نیکاراگوا
country-NP = نپال
country-PA = پاناما
country-PE = پرو
country-PK = پاکستان
country-SN = سنگال
country-SO = سومالی
country-SV = السالوادور
country-SY = سوریه
country-UZ = ازبکستان
country-VE = ونزوئلا
country-YE = یمن

## Languages beyond Faro's sixteen (for "Another language")

language-wo = ولوف
language-pa = پنجابی
language-ta = تامیلی
language-si = سینهالی
language-om = اورومو
language-sw = سواحیلی
language-ln = لینگالا
language-ff = فولانی
language-ru = روسی
language-uz = ازبکی
language-tr = ترکی
language-ku = کردی

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = منبع:
topic-source-checked = بررسی‌شده در { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = دری و فارسی
