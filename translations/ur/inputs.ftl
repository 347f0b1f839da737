### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = آپ نے ترجمان مانگنا شروع کیا تھا۔ یہ وہ سوال ہے جہاں آپ رکے تھے؛ آپ کے جواب محفوظ ہیں۔
# A voice note: the bot cannot listen to it.
bot-voice-note = میں صوتی پیغامات نہیں سن سکتا۔ آپ کی زبان بولنے والا ترجمان آپ کی مدد کر سکتا ہے: نیچے والا بٹن دبائیں۔ بہت سے صفحات بلند آواز میں سنے بھی جا سکتے ہیں: کوئی موضوع کھولیں۔
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = آپ نے کسی اور کا پیغام آگے بھیجا ہے۔ اگر اس میں سفر، نوکری یا کاغذات کی پیشکش ہے تو کسی کو بھی پیسے دینے سے پہلے ان نشانیوں سے اسے پرکھیں:
bot-forwarded-other = آپ نے کسی اور کا پیغام آگے بھیجا ہے۔ یہ صفحے اس کے موضوع کے بارے میں ہیں۔ اگر اس میں سفر، نوکری یا کاغذات کی پیشکش ہے تو کسی کو بھی پیسے دینے سے پہلے نیچے “{ $page }” پڑھیں۔
