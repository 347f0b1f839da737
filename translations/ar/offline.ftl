### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = احتفظ بهذه الصفحات على هذا الهاتف لقراءتها دون إنترنت
offline-title = الاحتفاظ بالصفحات على هذا الهاتف
offline-intro = احفظ كل المواضيع وأرقام الطوارئ والقنصليات والأماكن التي تقدم المساعدة، باللغة { $language }، على هذا الهاتف. بعد ذلك تُفتح دون إنترنت، حتى في وضع الطيران.
offline-size-text = النص: { $size } للتنزيل
offline-size-audio = الصوت (فقط إذا اخترته): { $size } إضافية للتنزيل
offline-no-audio = لا يوجد صوت بهذه اللغة بعد.
offline-size-kb = { $kb } كيلوبايت
offline-size-mb = { $mb } ميغابايت
offline-with-audio = احتفظ بالصوت أيضًا
offline-keep = احتفظ بها على هذا الهاتف
offline-needs-js = الحفظ يحتاج إلى جافاسكريبت، وهي معطلة في هذا المتصفح. تبقى الصفحات تعمل ما دام لديك إنترنت.
offline-privacy = لا يُحفظ ولا يُرسل أي شيء عنك: هذه الصفحات فقط. يمكنك مسحها في أي وقت.
offline-saving = جارٍ الحفظ…
offline-saved-on = حُفظت على هذا الهاتف في { $date }.
offline-saved-audio = مع الصوت.
offline-newer = توجد نسخة أحدث على الإنترنت.
offline-update = تحديث
offline-clear = امسح الصفحات المحفوظة
offline-cleared = مُسحت الصفحات المحفوظة من هذا الهاتف.
offline-failed = تعذّر حفظ الصفحات. تحقّق من الاتصال وحاول مرة أخرى.
offline-unsupported = لا يستطيع هذا المتصفح الاحتفاظ بالصفحات. جرّب متصفحًا آخر مثل Chrome أو Firefox.
