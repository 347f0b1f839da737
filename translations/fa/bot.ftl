### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = شروع دوباره
bot-command-help = راهنمای استفاده از Faro
bot-command-language = تغییر زبان
bot-command-forget = پاک کردن همهٔ اطلاعاتی که Faro از شما نگه می‌دارد
bot-command-stop = قطع همهٔ پیام‌های Faro
bot-command-status = وضعیت درخواست مترجم شما
bot-command-end = پایان گفت‌وگو با مترجم
bot-command-available = مترجمان: دریافت درخواست‌های تازه
bot-command-away = مترجمان: توقف درخواست‌های تازه
bot-command-hours = مترجمان: ساعت‌های پذیرش درخواست
bot-command-label = مترجمان: نامی که دیگران می‌بینند
bot-command-to = مترجمان: گفت‌وگویی که در آن می‌نویسید
bot-command-join = کارکنان پناهگاه: پیوستن به گفت‌وگوی یک درخواست

## Alerts

bot-alerts-country = هشدارها دربارهٔ کدام کشور باشد؟
bot-alerts-all-countries = همهٔ کشورها

## Other answers

bot-button-expired = این دکمه دیگر کار نمی‌کند. این هم منو.
bot-forget-kept = چیزی پاک نشد.
