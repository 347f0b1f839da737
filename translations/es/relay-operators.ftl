### translation: machine
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = Ningún intérprete aceptó a tiempo. A la persona se le dijo que el personal ve su solicitud: ayúdala en la recepción si puedes.

## Response times (staff page and figures): per language, over the requests still kept.
op-response-caption = Qué tan rápido aceptan los intérpretes
op-response-language = Idioma
op-response-requests = Solicitudes
op-response-median = Mediana del tiempo hasta aceptar
op-response-p90 = 9 de cada 10 aceptadas en
op-response-within = Atendidas dentro del objetivo
op-response-minutes = { $minutes } min
op-response-note = Sobre las solicitudes que aún se conservan. Objetivo: { $minutes } min. Una solicitud no aceptada dentro del objetivo cuenta en contra del porcentaje. Los idiomas con menos de 5 solicitudes se agrupan en «otros»; un guion indica que hay muy pocas solicitudes para mostrar esa cifra sin revelar la espera de una persona (la mediana necesita 5 solicitudes aceptadas; «9 de cada 10», 10). Los tiempos se redondean al minuto superior, los conteos a 5 y los porcentajes a 5 %.
op-response-none = Todavía ninguna solicitud ha sido aceptada ni ha esperado más que el objetivo.

## Staff's Telegram, to join a conversation through the relay (/join in the bot).
op-telegram-title = Unirte a conversaciones desde Telegram
op-telegram-explain = Vincula tu Telegram a esta cuenta para unirte, desde tu teléfono, a la conversación entre una persona de tu albergue y su intérprete, de modo que los tres hablen en un mismo hilo. Los demás solo te ven como «Personal del albergue».
op-telegram-linked = Tu Telegram está vinculado. En el bot de Faro, envía /join y la referencia de una solicitud para unirte a su conversación; /end allí la termina para todos.
op-telegram-make-code = Crear un código de vinculación
op-telegram-relink = Vincular otro Telegram
op-telegram-send = En el bot de Telegram de Faro, envía este mensaje:
op-telegram-once = El código funciona una sola vez. Si creas uno nuevo, este deja de funcionar.
op-telegram-join = Después, para unirte a la conversación de una solicitud de tu albergue, envía /join y su referencia (por ejemplo /join K7P4QM).
op-telegram-back = Volver a la lista
