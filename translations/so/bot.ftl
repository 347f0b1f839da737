### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Dib u bilow
bot-command-help = Sida loo isticmaalo Faro
bot-command-language = Beddel luqadda
bot-command-forget = Tirtir wax kasta oo Faro kaa hayo
bot-command-stop = Jooji dhammaan fariimaha Faro

## Alerts

bot-alerts-country = Ogeysiisyadu waddankee ha ku saabsanaadaan?
bot-alerts-all-countries = Dhammaan waddamada

## Other answers

bot-button-expired = Badhankan mar dambe ma shaqeeyo. Waa kan liiska.
bot-forget-kept = Waxba lama tirtirin.
