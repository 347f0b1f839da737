### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Empezar de nuevo
bot-command-help = Cómo usar Faro
bot-command-language = Cambiar idioma
bot-command-forget = Borrar todo lo que Faro guarda sobre ti
bot-command-stop = Dejar de recibir mensajes de Faro
bot-command-status = Cómo va tu solicitud de intérprete
bot-command-end = Terminar la conversación con tu intérprete
bot-command-available = Intérpretes: recibir nuevas solicitudes
bot-command-away = Intérpretes: pausar nuevas solicitudes
bot-command-hours = Intérpretes: tu horario para recibir solicitudes
bot-command-label = Intérpretes: el nombre que ven las personas
bot-command-to = Intérpretes: a qué conversación escribes
bot-command-join = Personal del albergue: unirte a la conversación de una solicitud

## Alerts

bot-alerts-country = ¿De qué país quieres recibir alertas?
bot-alerts-all-countries = Todos los países

## Other answers

bot-button-expired = Este botón ya no funciona. Aquí tienes el menú.
bot-forget-kept = No se borró nada.
