### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = شروع دوباره
bot-command-help = راهنمای استفاده از Faro
bot-command-language = تغییر زبان
bot-command-forget = پاک کردن همهٔ اطلاعاتی که Faro از شما نگه می‌دارد
bot-command-stop = قطع همهٔ پیام‌های Faro

## Alerts

bot-alerts-country = هشدارها دربارهٔ کدام کشور باشد؟
bot-alerts-all-countries = همهٔ کشورها

## Other answers

bot-button-expired = این دکمه دیگر کار نمی‌کند. این هم منو.
bot-forget-kept = چیزی پاک نشد.
