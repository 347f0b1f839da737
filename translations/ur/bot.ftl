### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = دوبارہ شروع کریں
bot-command-help = Faro استعمال کرنے کا طریقہ
bot-command-language = زبان بدلیں
bot-command-forget = Faro آپ کے بارے میں جو کچھ رکھتا ہے، سب مٹا دیں
bot-command-stop = Faro کے سب پیغامات بند کریں

## Alerts

bot-alerts-country = الرٹس کس ملک کے بارے میں ہوں؟
bot-alerts-all-countries = تمام ممالک

## Other answers

bot-button-expired = یہ بٹن اب کام نہیں کرتا۔ یہ رہا مینو۔
bot-forget-kept = کچھ بھی نہیں مٹایا گیا۔
