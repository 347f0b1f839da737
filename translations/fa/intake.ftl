### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = پیش از شروع
# $days is the number of days the answers are kept.
consent-text = برای پیدا کردن ترجمانی که زبان شما را می‌داند، می‌پرسیم اهل کجا هستید و به چه زبان‌هایی صحبت می‌کنید. جواب دادن انتخاب خود شماست. هر سؤال گزینهٔ «ترجیح می‌دهم نگویم» دارد. ما هرگز نام، اسناد یا شمارهٔ تیلفون شما را نمی‌پرسیم. جواب‌های شما بعد از { $days ->
    [one] یک روز
   *[other] { $days } روز
} پاک می‌شوند، و هر وقت بخواهید می‌توانید آن‌ها را با «پاک کردن اطلاعات من» پاک کنید.
consent-accept = موافقم
consent-decline = نه، ممنون
consent-declined = اشکالی ندارد. باز هم می‌توانید از همهٔ اطلاعات Faro استفاده کنید.
intake-origin = اهل کدام کشور هستید؟
intake-prefer-not = ترجیح می‌دهم نگویم
intake-languages = به چه زبان‌هایی صحبت می‌کنید؟ یک یا چند زبان را انتخاب کنید، بعد «تمام» را بزنید.
intake-language-other = زبان دیگر
intake-done = تمام
intake-where = حالا کجا هستید؟
intake-skip = رد شدن
intake-share-origin = آیا ترجمان می‌تواند بداند که اهل کدام کشور هستید؟
intake-share-yes = بله
intake-share-no = نه
# $reference is a short code such as K7M2Q.
intake-created = درخواست شما ثبت شد. کد پیگیری شما { $reference } است. دنبال ترجمانی می‌گردیم که زبان شما را بداند.
intake-reference-qr = اسکن کنید تا درخواستتان را در Telegram پیگیری کنید.
intake-reference-qr-whatsapp = اسکن کنید تا درخواستتان را در WhatsApp پیگیری کنید.
intake-accepted = یک ترجمان درخواست { $reference } شما را پذیرفته است. او از طریق کارکنان خانهٔ مهاجران یا همین‌جا با شما تماس می‌گیرد.
intake-waiting = حالا هیچ ترجمانی آزاد نیست. درخواست { $reference } شما در انتظار است و کارکنان خانهٔ مهاجران آن را می‌بینند.
intake-delete = پاک کردن اطلاعات من
intake-back = بازگشت
intake-origin-another = کشوری دیگر
intake-where-remote = اینجا نیستم: مترجم از راه تلفن یا تماس تصویری
intake-waiting-remote = حالا هیچ ترجمانی آزاد نیست. درخواست { $reference } شما در انتظار است و هماهنگ‌کنندگان Faro آن را می‌بینند.
intake-next-desk = حالا چه کنید: نزد کارکنان پیشخوان بروید و این شماره را به آن‌ها نشان دهید.
intake-next-phone = یا روی گوشی خود ادامه دهید: کد زیر را اسکن کنید تا درخواستتان را در Telegram پیگیری کنید.
intake-next-phone-whatsapp = یا روی گوشی خود ادامه دهید: کد زیر را اسکن کنید تا درخواستتان را در WhatsApp پیگیری کنید.
intake-next-phone-both = یا روی گوشی خود ادامه دهید: یکی از کدهای زیر را اسکن کنید تا درخواستتان را در Telegram یا WhatsApp پیگیری کنید.
intake-delete-intro = برای پاک کردن درخواست مترجم و پاسخ‌هایتان، به پیوندی نیاز دارید که در کد صفحهٔ شمارهٔ پیگیری‌تان است: آن کد را با گوشی خود اسکن کنید و پیوندش را اینجا بچسبانید. شمارهٔ پیگیری به‌تنهایی کافی نیست، تا کسی که آن را دیده نتواند درخواست شما را پاک کند. اگر کد را در Telegram باز کرده‌اید، «پاک کردن اطلاعات من» در ربات Faro همین کار را می‌کند.
intake-delete-code = پیوند یا رمز درون کد QR
intake-delete-done = اگر این پیوند یا رمز مال یک درخواست بود، آن درخواست و پاسخ‌های شما اکنون پاک شده‌اند. برای حفظ حریم خصوصی شما، این صفحه در هر دو حالت یکسان است.
intake-unknown-reference = این درخواست را پیدا نکردیم. شاید پاک شده، تمام شده یا مهلتش گذشته باشد.
interpreter-new-request = درخواست تازه { $reference }: { $language }، در { $place }.
interpreter-accept = می‌پذیرم
interpreter-new-requests = درخواست‌های تازه در انتظار: { $count }
interpreter-accept-reference = می‌پذیرم { $reference }
interpreter-accepted = شما درخواست { $reference } را پذیرفتید.
interpreter-taken = ترجمان دیگری این درخواست را پیش‌تر پذیرفته است.
interpreter-linked = حساب Telegram شما حالا به عنوان ترجمان { $name } وصل شده است.
interpreter-linked-whatsapp = شمارهٔ WhatsApp شما حالا به عنوان ترجمان { $name } وصل شده است. WhatsApp فقط تا ۲۴ ساعت پس از آخرین پیام شما در اینجا به Faro اجازه می‌دهد آزادانه به شما پیام بدهد؛ هر از گاهی چیزی بنویسید (برای مثال ‎/available) تا درخواست‌های تازه فوراً به شما برسد.
interpreter-remote = از راه دور
interpreter-link-failed = این کد اتصال شناخته نشد یا قبلاً استفاده شده است. از هماهنگ‌کننده یک کد تازه بخواهید.
interpreter-not-registered = فقط ترجمان‌های ثبت‌نام‌شده می‌توانند درخواست‌ها را بپذیرند.
# $country is a country name.
interpreter-origin = کشور مبدأ: { $country }

intake-expired-title = این صفحه منقضی شده است
intake-expired = برای حفظ حریم خصوصی شما، این پرسش‌ها را فقط روی همین صفحه و برای مدت کوتاهی می‌توان پاسخ داد. چیزی ذخیره نشد. لطفاً دوباره شروع کنید.
intake-invalid = برخی از پاسخ‌ها قابل فهم نبود. چیزی ذخیره نشد. لطفاً دوباره شروع کنید.
intake-languages-count = دست‌کم یک زبان و حداکثر { $max } زبان انتخاب کنید.
intake-used-title = این صفحه قبلاً استفاده شده است
intake-used = برای حفظ حریم خصوصی شما، هر صفحه از این پرسش‌ها فقط یک بار فرستاده می‌شود و شمارهٔ پیگیری فقط یک بار نشان داده می‌شود. چیز دیگری ذخیره نشد. اگر به مترجم نیاز دارید، لطفاً دوباره شروع کنید.
intake-busy-title = لطفاً کمی صبر کنید
intake-busy = کمی پیش درخواست‌های زیادی از اینجا ثبت شد، برای همین این صفحه فعلاً درخواست دیگری نمی‌پذیرد. لطفاً بعداً دوباره امتحان کنید یا از کارکنان پذیرش بپرسید.
