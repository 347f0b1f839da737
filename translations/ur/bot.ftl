### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = دوبارہ شروع کریں
bot-command-help = Faro استعمال کرنے کا طریقہ
bot-command-language = زبان بدلیں
bot-command-forget = Faro آپ کے بارے میں جو کچھ رکھتا ہے، سب مٹا دیں
bot-command-stop = Faro کے سب پیغامات بند کریں
bot-command-status = آپ کی مترجم کی درخواست کہاں تک پہنچی
bot-command-end = اپنے مترجم کے ساتھ گفتگو ختم کریں
bot-command-available = مترجمین: نئی درخواستیں وصول کریں
bot-command-away = مترجمین: نئی درخواستیں روکیں
bot-command-hours = مترجمین: درخواستیں لینے کے اوقات
bot-command-label = مترجمین: وہ نام جو لوگ دیکھتے ہیں
bot-command-to = مترجمین: آپ کس گفتگو میں لکھ رہے ہیں
bot-command-join = پناہ گاہ کا عملہ: کسی درخواست کی گفتگو میں شامل ہوں

## Alerts

bot-alerts-country = الرٹس کس ملک کے بارے میں ہوں؟
bot-alerts-all-countries = تمام ممالک

## Other answers

bot-button-expired = یہ بٹن اب کام نہیں کرتا۔ یہ رہا مینو۔
bot-forget-kept = کچھ بھی نہیں مٹایا گیا۔
