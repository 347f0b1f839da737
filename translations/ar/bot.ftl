### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = ابدأ من جديد
bot-command-help = كيف تستخدم Faro
bot-command-language = تغيير اللغة
bot-command-forget = احذف كل ما يحتفظ به Faro عنك
bot-command-stop = أوقف كل رسائل Faro
bot-command-status = أين وصل طلبك لمترجم
bot-command-end = إنهاء المحادثة مع مترجمك
bot-command-available = المترجمون: تلقي الطلبات الجديدة
bot-command-away = المترجمون: إيقاف الطلبات الجديدة مؤقتًا
bot-command-hours = المترجمون: ساعات تلقي الطلبات
bot-command-label = المترجمون: الاسم الذي يراه الناس
bot-command-to = المترجمون: المحادثة التي تكتب فيها
bot-command-join = موظفو المأوى: الانضمام إلى محادثة طلب

## Alerts

bot-alerts-country = عن أي بلد تريد أن تصلك التنبيهات؟
bot-alerts-all-countries = كل البلدان

## Other answers

bot-button-expired = هذا الزر لم يعد يعمل. إليك القائمة.
bot-forget-kept = لم يُحذف أي شيء.
