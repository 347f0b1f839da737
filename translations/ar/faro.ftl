### Faro — UI strings (Arabic (العربية))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = معلومات للأشخاص في طريق الهجرة، بلغتك.
privacy-note = لا يستخدم Faro ملفات تعريف الارتباط (الكوكيز)، ولا يسجّل ما تقرؤه هنا.

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = هذا النص غير متوفر بعد باللغة { $requested }. نعرضه لك باللغة { $shown }.
notice-machine = تُرجم هذا النص بواسطة آلة، ولم يراجعه إنسان بعد.
notice-demo = مثال تجريبي، لم يتم التحقق منه. لا تعتمد عليه.
badge-demo = نموذج
# $date is a date such as 2026-11-20.
notice-last-verified = آخر تحقق: { $date }

## Navigation

nav-home = الرئيسية
nav-topics = معلومات
nav-directory = أماكن تقدّم المساعدة
nav-consulates = القنصليات
nav-emergency = الطوارئ
nav-language = اللغة
nav-start-over = ابدأ من جديد
nav-back = رجوع
nav-next = التالي
nav-whole-topic = 📄 الموضوع كاملًا، للاحتفاظ به
nav-web-page = 🌐 افتح على الإنترنت
nav-menu = القائمة

## Language picker

picker-title = اختر لغتك
picker-hint = اضغط على لغتك.

## Home page and topics

home-title = ماذا تريد أن تعرف؟
topics-title = معلومات
topic-open = اقرأ
# $current and $total are numbers: "Part 2 of 5".
topic-part = الجزء { $current } من { $total }

## Directory

directory-title = أماكن تقدّم المساعدة
directory-intro = دور إيواء، ومساعدة قانونية، ورعاية صحية، ومكاتب في المنطقة.
directory-filter-country = البلد
directory-filter-city = المدينة
directory-filter-kind = نوع المكان
directory-filter-service = الخدمة
directory-filter-any = الكل
directory-filter-apply = اعرض
directory-near = الأقرب إليك أولًا
# $count is the number of places found.
directory-count = { $count ->
    [0] لم نجد أي مكان.
    [zero] لم نجد أي مكان.
    [one] وجدنا مكانًا واحدًا.
    [two] وجدنا مكانين.
    [few] وجدنا { $count } أماكن.
    [many] وجدنا { $count } مكانًا.
   *[other] وجدنا { $count } مكان.
}
directory-empty = لا يوجد في قائمتنا مكان يطابق اختيارك. جرّب عددًا أقل من عوامل التصفية.
directory-choose = اختر بلدًا لترى أماكنه، أو شارك موقعك لترى الأماكن الأقرب أولًا.
directory-use-location = استخدم موقعي
directory-location-failed = تعذّرت قراءة موقعك. اختر بلدًا بدلًا من ذلك.
# $km is a distance in kilometres, already rounded.
directory-distance = على بُعد { $km } كم
entry-address = العنوان
entry-hours = ساعات العمل
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
hours-every-day = كل يوم
hours-all-day = على مدار الساعة
hours-day-range = من { $first } إلى { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }، { $times }
entry-phone = الهاتف
# $number is a phone number.
entry-call = اتصل بالرقم { $number }
entry-website = الموقع الإلكتروني
entry-languages = اللغات المتحدَّث بها
entry-services = الخدمات
entry-procedures = ما يمكنهم فعله لك
# $country is a country name.
entry-represents = تمثّل { $country }
entry-nationwide = في كل أنحاء البلد

kind-shelter = دار إيواء
kind-consulate = قنصلية
kind-embassy = سفارة
kind-hotline = خط طوارئ
kind-legal_aid = مساعدة قانونية
kind-health = رعاية صحية
kind-agency = مكتب حكومي أو وكالة

service-shelter = مكان للنوم
service-food = طعام
service-legal_aid = مساعدة قانونية
service-health = رعاية صحية
service-documents = وثائق
service-asylum = لجوء
service-psychosocial = دعم نفسي
service-children = الأطفال
service-women = النساء
service-interpreting = مترجمون فوريون
service-emergency = حالات الطوارئ
service-family_tracing = البحث عن العائلة
service-return = العودة إلى الوطن
service-information = معلومات
service-complaints = الشكاوى

procedure-passport = جواز سفر
procedure-travel_document = وثيقة سفر
procedure-identity_certification = إثبات الهوية
procedure-consular_registration = التسجيل القنصلي
procedure-repatriation = المساعدة في العودة إلى الوطن

## Consulates

consulates-title = القنصليات والسفارات
consulates-choose = قنصلية أي بلد تبحث عنها؟
# $country is a country name.
consulates-for = قنصليات وسفارات { $country }
consulates-none = ليس في قائمتنا بعد أي قنصلية أو سفارة تمثّل { $country }.
consulates-voluntary = التواصل مع قنصليتك قرارك أنت. إذا كنت تخاف من حكومة بلدك، فلا تتواصل معها. اسأل بدلًا من ذلك مفوضية الأمم المتحدة لشؤون اللاجئين (UNHCR) عن اللجوء.

## Emergency

emergency-title = أرقام الطوارئ
emergency-intro = الاتصال بهذه الأرقام مجاني. قل أين أنت، وماذا حدث، وكم شخصًا يحتاج إلى المساعدة.
# $number is a short number such as 911.
emergency-dial = اتصل بالرقم { $number }

## QR codes

qr-phone = خذ هذه الصفحة معك: امسح الرمز بهاتفك.
qr-telegram = تابع على Telegram بلغتك.
qr-whatsapp = تابع على WhatsApp بلغتك.

## Kiosk

# $seconds is a number.
kiosk-idle-notice = حفاظًا على خصوصيتك، تعود هذه الشاشة إلى البداية بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} دون استخدام.
# $shelter is the name of the shelter.
kiosk-at-shelter = أنت الآن في { $shelter }.
kiosk-interpreter = اطلب مترجمًا فوريًا

## Campaigns

campaign-label = مهم

## Errors

error-not-found-title = الصفحة غير موجودة
error-not-found = لم نجد هذه الصفحة. عُد إلى البداية وحاول مرة أخرى.
error-topic-not-found = هذا الموضوع غير موجود. إليك المواضيع المتوفرة لدينا.
error-language-not-found = هذه اللغة غير متوفرة. اختر إحدى هذه اللغات.
error-kiosk-title = هذه الشاشة غير مُعدّة
error-kiosk = يشير عنوان هذه الشاشة إلى دار إيواء لا يعرفها Faro: { $id }. من فضلك أخبر الموظفين. لإصلاح ذلك، يجب أن يكون العنوان ‎/k/‎ يليه معرّف دار إيواء من قائمة أماكن Faro.
error-kiosk-choose = هذه الشاشة لم تُعدّ بعد: من فضلك أخبر الموظفين. ما زال بإمكانك قراءة المعلومات بلغتك.
error-bad-request-title = هناك شيء غير صحيح
error-bad-request = لم نفهم بعض الاختيارات في عنوان الصفحة. يرجى المحاولة مرة أخرى من القائمة.
error-bad-location = تعذّرت قراءة الموقع. اكتب خط العرض وخط الطول كرقمين.
error-server-title = حدث خطأ ما
error-server = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى بعد قليل.

## Telegram bot

bot-welcome = أهلًا بك في Faro. هنا يمكنك أن تقرأ بلغتك عن مخاطر الطريق، وعن اللجوء، وعن حقوقك، وعن الأماكن التي تجد فيها المساعدة.
bot-choose-language = اختر لغتك:
# $language is a language name in that language.
bot-language-detected = يبدو أنك تكتب باللغة { $language }. هل نكمل باللغة { $language }؟
bot-language-yes = نعم، لنكمل
bot-language-other = اختر لغة أخرى
bot-language-set = سيتحدث Faro معك الآن باللغة { $language }.
menu-title = ماذا تحتاج؟
menu-emergency = أرقام الطوارئ
menu-topics = معلومات
menu-near-me = مساعدة قريبة مني
menu-consulate = قنصلية بلدي
menu-interpreter = أحتاج إلى مترجم فوري
menu-alerts-on = تشغيل التنبيهات
menu-alerts-off = إيقاف التنبيهات
menu-language = تغيير اللغة
menu-forget = احذف بياناتي
menu-help = مساعدة
bot-help = استخدم الأزرار للتنقل. الأوامر:
    /start — البدء من جديد
    /language — تغيير اللغة
    /help — هذه المساعدة
    /forget — حذف كل ما يحتفظ به Faro عنك
    /stop — إيقاف كل الرسائل من Faro
bot-topics = اختر موضوعًا:
bot-near-me-ask = شارك موقعك لترى أقرب الأماكن التي تقدّم المساعدة. نستخدم موقعك لهذه الإجابة فقط، ولا نحفظه.
bot-near-me-button = شارك موقعي
bot-near-me-results = أقرب الأماكن إليك:
bot-near-me-none = ليس في قائمتنا بعد أماكن قريبة منك.
bot-consulate-ask = من أي بلد أنت؟ اختر بلدك لترى قنصلياته وسفاراته.
bot-search-results = قد تفيدك هذه المواضيع:
bot-search-none = لم أجد شيئًا عن ذلك. إليك القائمة.
bot-non-text = أستطيع قراءة النصوص فقط. يرجى كتابة رسالة أو استخدام الأزرار.
bot-alerts-on = التنبيهات مفعّلة. ستصلك الرسائل المهمة. أرسل /stop لإيقافها.
bot-alerts-off = التنبيهات متوقفة.
bot-stopped = لن يرسل لك Faro أي رسائل بعد الآن. أرسل /start إذا أردت البدء من جديد.
bot-forget-confirm = سيؤدي هذا إلى حذف كل ما يحتفظ به Faro عنك: لغتك، وتنبيهاتك، وأي طلب لمترجم فوري. هل أنت متأكد؟
bot-forget-yes = نعم، احذف
bot-forget-cancel = لا، احتفظ بها
bot-forget-done = تم. حُذف كل ما كان Faro يحتفظ به عنك.
bot-private-only = يجيب Faro في المحادثات الخاصة فقط. افتح محادثة خاصة مع البوت لتستخدمه.
bot-error = حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى.
# Under every campaign message the bot sends.
campaign-stop-hint = تصلك هذه الرسالة لأنك شغّلت التنبيهات. أرسل /stop لإيقافها.

## Countries (origin and consulates)

country-AF = أفغانستان
country-AO = أنغولا
country-BD = بنغلاديش
country-BR = البرازيل
country-BZ = بليز
country-CD = جمهورية الكونغو الديمقراطية
country-CL = تشيلي
country-CM = الكاميرون
country-CN = الصين
country-CO = كولومبيا
country-CR = كوستاريكا
country-CU = كوبا
country-DO = جمهورية الدومينيكان
country-EC = الإكوادور
country-ER = إريتريا
country-ET = إثيوبيا
country-GH = غانا
country-GN = غينيا
country-GT = غواتيمالا
country-HN = هندوراس
country-HT = هايتي
country-IN = الهند
country-IQ = العراق
country-IR = إيران
country-LK = سريلانكا
country-MX = المكسيك
country-NG = نيجيريا
country-NI = نيكاراغوا
country-NP = نيبال
country-PA = بنما
country-PE = بيرو
country-PK = باكستان
country-SN = السنغال
country-SO = الصومال
country-SV = السلفادور
country-SY = سوريا
country-UZ = أوزبكستان
country-VE = فنزويلا
country-YE = اليمن

## Languages beyond Faro's sixteen (for "Another language")

language-wo = الولوفية
language-pa = البنجابية
language-ta = التاميلية
language-si = السنهالية
language-om = الأورومية
language-sw = السواحيلية
language-ln = اللينغالا
language-ff = الفولانية
language-ru = الروسية
language-uz = الأوزبكية
language-tr = التركية
language-ku = الكردية

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = المصدر:
topic-source-checked = تم التحقق منه في { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = العربية
