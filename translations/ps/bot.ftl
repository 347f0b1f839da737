### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = بیا پیل کړئ
bot-command-help = د Faro کارولو لارښود
bot-command-language = ژبه بدله کړئ
bot-command-forget = هغه ټول معلومات پاک کړئ چې Faro ستاسو په اړه ساتي
bot-command-stop = د Faro ټول پیغامونه بند کړئ
bot-command-status = ستاسې د ژباړونکي غوښتنه چېرته ده
bot-command-end = له ژباړونکي سره خبرې اترې پای ته ورسوئ
bot-command-available = ژباړونکي: نوې غوښتنې ترلاسه کړئ
bot-command-away = ژباړونکي: نوې غوښتنې ودروئ
bot-command-hours = ژباړونکي: د غوښتنو د منلو ساعتونه
bot-command-label = ژباړونکي: هغه نوم چې خلک یې ویني
bot-command-to = ژباړونکي: په کومو خبرو اترو کې لیکئ
bot-command-join = د سرپناه کارکوونکي: د یوې غوښتنې خبرو اترو ته ورګډېدل

## Alerts

bot-alerts-country = خبرتیاوې د کوم هېواد په اړه وي؟
bot-alerts-all-countries = ټول هېوادونه

## Other answers

bot-button-expired = دا تڼۍ نور کار نه کوي. دا دی مینو.
bot-forget-kept = هېڅ شی پاک نه شو.
