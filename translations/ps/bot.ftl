### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = بیا پیل کړئ
bot-command-help = د Faro کارولو لارښود
bot-command-language = ژبه بدله کړئ
bot-command-forget = هغه ټول معلومات پاک کړئ چې Faro ستاسو په اړه ساتي
bot-command-stop = د Faro ټول پیغامونه بند کړئ

## Alerts

bot-alerts-country = خبرتیاوې د کوم هېواد په اړه وي؟
bot-alerts-all-countries = ټول هېوادونه

## Other answers

bot-button-expired = دا تڼۍ نور کار نه کوي. دا دی مینو.
bot-forget-kept = هېڅ شی پاک نه شو.
