### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Rekòmanse
bot-command-help = Kijan pou itilize Faro
bot-command-language = Chanje lang
bot-command-forget = Efase tout sa Faro kenbe sou ou
bot-command-stop = Pa resevwa mesaj Faro ankò
bot-command-status = Kote demann entèprèt ou a ye
bot-command-end = Fini konvèsasyon an ak entèprèt ou a
bot-command-available = Entèprèt: resevwa nouvo demann
bot-command-away = Entèprèt: fè yon poz pou nouvo demann
bot-command-hours = Entèprèt: lè ou pran demann
bot-command-label = Entèprèt: non moun yo wè
bot-command-to = Entèprèt: ki konvèsasyon ou ap ekri
bot-command-join = Anplwaye abri: antre nan konvèsasyon yon demann

## Alerts

bot-alerts-country = Sou ki peyi ou vle resevwa alèt?
bot-alerts-all-countries = Tout peyi yo

## Other answers

bot-button-expired = Bouton sa a pa mache ankò. Men meni an.
bot-forget-kept = Anyen pa t efase.
