### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = كنت قد بدأت بطلب مترجم فوري. هذا هو السؤال الذي توقفت عنده؛ إجاباتك محفوظة.
# A voice note: the bot cannot listen to it.
bot-voice-note = لا أستطيع الاستماع إلى الرسائل الصوتية. يمكن لمترجم يتحدث لغتك أن يساعدك: اضغط على الزر أدناه. ويمكن أيضًا الاستماع إلى كثير من الصفحات بصوت عالٍ: افتح موضوعًا.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = لقد أعدت توجيه رسالة. إذا كانت تعرض رحلة أو عملًا أو أوراقًا، فتحقّق منها بهذه العلامات قبل أن تدفع لأي شخص:
bot-forwarded-other = لقد أعدت توجيه رسالة من شخص آخر. هذه هي الصفحات عن موضوعها. إذا كانت تعرض عليك رحلة أو عملًا أو أوراقًا، فاقرأ «{ $page }» أدناه قبل أن تدفع لأي أحد.
