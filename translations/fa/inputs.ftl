### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = شما درخواست ترجمان را شروع کرده بودید. این همان پرسشی است که در آن ماندید؛ پاسخ‌هایتان نگه داشته شده است.
# A voice note: the bot cannot listen to it.
bot-voice-note = من نمی‌توانم پیام صوتی گوش کنم. ترجمانی که زبان شما را می‌داند می‌تواند کمکتان کند: دکمهٔ زیر را بزنید. بسیاری از صفحه‌ها را هم می‌توانید با صدای بلند بشنوید: یک موضوع را باز کنید.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = شما پیامی را فرستادید که از کس دیگری بود. اگر در آن سفر، کار یا مدرک پیشنهاد شده است، پیش از پرداخت پول به هر کسی، آن را با این نشانه‌ها بسنجید:
bot-forwarded-other = شما پیامی را فرستادید که از کس دیگری بود. این صفحه‌ها دربارهٔ موضوع آن است. اگر در آن سفر، کار یا مدرک پیشنهاد شده است، پیش از پرداخت پول به هر کسی، «{ $page }» را در پایین بخوانید.
