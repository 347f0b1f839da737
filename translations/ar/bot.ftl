### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = ابدأ من جديد
bot-command-help = كيف تستخدم Faro
bot-command-language = تغيير اللغة
bot-command-forget = احذف كل ما يحتفظ به Faro عنك
bot-command-stop = أوقف كل رسائل Faro

## Alerts

bot-alerts-country = عن أي بلد تريد أن تصلك التنبيهات؟
bot-alerts-all-countries = كل البلدان

## Other answers

bot-button-expired = هذا الزر لم يعد يعمل. إليك القائمة.
bot-forget-kept = لم يُحذف أي شيء.
