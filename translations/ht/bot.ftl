### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Rekòmanse
bot-command-help = Kijan pou itilize Faro
bot-command-language = Chanje lang
bot-command-forget = Efase tout sa Faro kenbe sou ou
bot-command-stop = Pa resevwa mesaj Faro ankò

## Alerts

bot-alerts-country = Sou ki peyi ou vle resevwa alèt?
bot-alerts-all-countries = Tout peyi yo

## Other answers

bot-button-expired = Bouton sa a pa mache ankò. Men meni an.
bot-forget-kept = Anyen pa t efase.
