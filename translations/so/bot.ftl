### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Dib u bilow
bot-command-help = Sida loo isticmaalo Faro
bot-command-language = Beddel luqadda
bot-command-forget = Tirtir wax kasta oo Faro kaa hayo
bot-command-stop = Jooji dhammaan fariimaha Faro
bot-command-status = Xaaladda codsigaaga turjubaanka
bot-command-end = Dhammee wadahadalka turjubaankaaga
bot-command-available = Turjubaanada: qaado codsiyo cusub
bot-command-away = Turjubaanada: jooji codsiyada cusub
bot-command-hours = Turjubaanada: saacadaha aad qaadato codsiyada
bot-command-label = Turjubaanada: magaca dadku arkaan
bot-command-to = Turjubaanada: wadahadalka aad ku qorayso
bot-command-join = Shaqaalaha hoyga: ku biir wadahadalka codsi

## Alerts

bot-alerts-country = Ogeysiisyadu waddankee ha ku saabsanaadaan?
bot-alerts-all-countries = Dhammaan waddamada

## Other answers

bot-button-expired = Badhankan mar dambe ma shaqeeyo. Waa kan liiska.
bot-forget-kept = Waxba lama tirtirin.
