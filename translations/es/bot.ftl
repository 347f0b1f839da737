### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Empezar de nuevo
bot-command-help = Cómo usar Faro
bot-command-language = Cambiar idioma
bot-command-forget = Borrar todo lo que Faro guarda sobre ti
bot-command-stop = Dejar de recibir mensajes de Faro

## Alerts

bot-alerts-country = ¿De qué país quieres recibir alertas?
bot-alerts-all-countries = Todos los países

## Other answers

bot-button-expired = Este botón ya no funciona. Aquí tienes el menú.
bot-forget-kept = No se borró nada.
