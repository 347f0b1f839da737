### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = قبل أن نبدأ
# $days is the number of days the answers are kept.
consent-text = لكي نجد لك مترجمًا فوريًا يتحدث لغتك، سنسألك من أي بلد أنت وما اللغات التي تتحدثها. الإجابة اختيارية. في كل سؤال خيار «أفضّل عدم الإجابة». لا نسألك أبدًا عن اسمك أو وثائقك أو رقم هاتفك. تُحذف إجاباتك بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، ويمكنك أن تحذفها في أي وقت بالضغط على «احذف بياناتي».
consent-accept = أوافق
consent-decline = لا، شكرًا
consent-declined = لا بأس. ما زال بإمكانك استخدام كل المعلومات في Faro.
intake-origin = من أي بلد أنت؟
intake-prefer-not = أفضّل عدم الإجابة
intake-languages = ما اللغات التي تتحدثها؟ اختر لغة واحدة أو أكثر، ثم اضغط «تم».
intake-language-other = لغة أخرى
intake-done = تم
intake-where = أين أنت الآن؟
intake-skip = تخطي
intake-share-origin = هل تسمح بأن يعرف المترجم الفوري من أي بلد أنت؟
intake-share-yes = نعم
intake-share-no = لا
# $reference is a short code such as K7M2Q.
intake-created = سجّلنا طلبك. رقمك المرجعي هو { $reference }. نحن نبحث عن مترجم فوري يتحدث لغتك.
intake-reference-qr = امسح الرمز لتتابع طلبك على Telegram.
intake-reference-qr-whatsapp = امسح الرمز لتتابع طلبك على WhatsApp.
intake-accepted = قبِل مترجم فوري طلبك { $reference }. سيتواصل معك عن طريق العاملين في دار الإيواء أو هنا.
intake-waiting = لا يوجد مترجم فوري متاح الآن. طلبك { $reference } في الانتظار، ويستطيع العاملون في دار الإيواء رؤيته.
intake-delete = احذف بياناتي
intake-back = رجوع
intake-origin-another = بلد آخر
intake-where-remote = لست هنا: مترجم عبر الهاتف أو الفيديو
intake-waiting-remote = لا يوجد مترجم فوري متاح الآن. طلبك { $reference } في الانتظار، ويستطيع منسقو Faro رؤيته.
intake-next-desk = ماذا تفعل الآن: اذهب إلى الموظفين عند مكتب الاستقبال وأرِهم هذا الرقم المرجعي.
intake-next-phone = أو تابع على هاتفك: امسح الرمز أدناه لتتابع طلبك على Telegram.
intake-next-phone-whatsapp = أو تابع على هاتفك: امسح الرمز أدناه لتتابع طلبك على WhatsApp.
intake-next-phone-both = أو تابع على هاتفك: امسح أحد الرمزين أدناه لتتابع طلبك على Telegram أو WhatsApp.
intake-delete-intro = لحذف طلب المترجم وإجاباتك، تحتاج إلى الرابط الموجود في الرمز الذي ظهر على شاشة الرقم المرجعي: امسح هذا الرمز بهاتفك ثم الصق رابطه هنا. الرقم المرجعي وحده لا يكفي، حتى لا يستطيع أي شخص رآه أن يحذف طلبك. إذا فتحت الرمز في Telegram، فإن «احذف بياناتي» في بوت Faro يفعل الشيء نفسه.
intake-delete-code = الرابط أو الرمز من رمز QR
intake-delete-done = إذا كان الرابط أو الرمز يخص طلبًا، فقد حُذف ذلك الطلب وإجاباتك الآن. لحماية خصوصيتك، تبدو هذه الصفحة بالشكل نفسه في الحالتين.
intake-unknown-reference = لم نجد هذا الطلب. ربما حُذف أو اكتمل أو انتهت مدته.
interpreter-new-request = طلب جديد { $reference }: { $language }، في { $place }.
interpreter-accept = قبول
interpreter-new-requests = طلبات جديدة في الانتظار: { $count }
interpreter-accept-reference = قبول { $reference }
interpreter-accepted = لقد قبلت الطلب { $reference }.
interpreter-taken = قبل مترجم فوري آخر هذا الطلب بالفعل.
interpreter-linked = حسابك على Telegram مرتبط الآن بصفتك المترجم الفوري { $name }.
interpreter-linked-whatsapp = رقمك على WhatsApp مرتبط الآن بصفتك المترجم الفوري { $name }. لا يسمح WhatsApp لـ Faro بمراسلتك بحرية إلا خلال 24 ساعة من آخر رسالة كتبتها هنا؛ اكتب من حين لآخر (مثلًا /available) لتصلك الطلبات الجديدة فورًا.
interpreter-remote = عن بُعد
interpreter-link-failed = رمز الربط هذا غير معروف أو استُخدم من قبل. اطلب رمزًا جديدًا من المنسّق.
interpreter-not-registered = يمكن للمترجمين الفوريين المسجّلين فقط قبول الطلبات.
# $country is a country name.
interpreter-origin = بلد الأصل: { $country }

intake-expired-title = انتهت صلاحية هذه الصفحة
intake-expired = لحماية خصوصيتك، لا يمكن الإجابة عن هذه الأسئلة إلا على هذه الشاشة ولوقت قصير. لم يُحفظ أي شيء. يُرجى البدء من جديد.
intake-invalid = تعذّر فهم بعض الإجابات. لم يُحفظ أي شيء. يُرجى البدء من جديد.
intake-languages-count = اختر لغة واحدة على الأقل و{ $max } لغات على الأكثر.
intake-used-title = سبق استخدام هذه الصفحة
intake-used = لحماية خصوصيتك، لا يمكن إرسال كل صفحة من هذه الأسئلة إلا مرة واحدة، ولا يُعرض الرقم المرجعي إلا مرة واحدة. لم يُحفظ أي شيء إضافي. إذا كنت بحاجة إلى مترجم، يُرجى البدء من جديد.
intake-busy-title = يُرجى الانتظار قليلًا
intake-busy = قُدّمت طلبات كثيرة هنا قبل وقت قصير، لذلك لا تستطيع هذه الشاشة استقبال طلب آخر الآن. يُرجى المحاولة لاحقًا، أو اسأل الموظفين في مكتب الاستقبال.
