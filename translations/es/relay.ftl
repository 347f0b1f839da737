### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = Intérprete { $label }
relay-role-interpreter-unnamed = Intérprete
relay-role-person = Persona ({ $reference })
relay-started-person = { $role } aceptó tu solicitud { $reference }. Ya pueden hablar aquí: escribe o manda una nota de voz y Faro la hace llegar. No ve tu nombre, tu número ni tu cuenta, y tú tampoco los suyos. Para terminar, envía /end.
relay-started-interpreter = Ya estás en contacto con la persona de la solicitud { $reference } ({ $language }). Lo que escribas o grabes aquí le llega como «{ $role }»; no ve tu nombre, tu número ni tu cuenta. Para terminar, envía /end.
relay-label-hint = Para aparecer con un nombre, envía /label y el nombre, por ejemplo: /label Marie
relay-ended-you = La conversación terminó. Gracias.
relay-ended-other = { $role } terminó la conversación.
relay-ended-neutral = La conversación de la solicitud { $reference } terminó.
relay-none = Ahora no estás en una conversación con un intérprete.
relay-only-text-voice = En esta conversación solo se pasan textos y notas de voz.
relay-busy = Ya hay muchos mensajes esperando a ser entregados. Espera un momento y vuelve a enviar este.
relay-label-set = Las personas con las que hablas por Faro te verán como «{ $role }».
relay-label-bad = Un nombre tiene de 1 a 30 letras, sin números, @ ni enlaces. Por ejemplo: /label Marie
relay-available = Estás disponible: te avisaremos de nuevas solicitudes en tus idiomas.
relay-away = Estás ausente: no te avisaremos de nuevas solicitudes hasta que envíes /available.
relay-escalated = Ningún intérprete ha aceptado todavía tu solicitud { $reference }. El personal del albergue ya ve en su lista que nadie ha respondido. Tu solicitud sigue abierta: recibirás un mensaje aquí en cuanto un intérprete la acepte. También puedes preguntar en la recepción del albergue.
relay-escalated-remote = Ningún intérprete ha aceptado todavía tu solicitud { $reference }. Los coordinadores de Faro ya ven en su lista que nadie ha respondido. Tu solicitud sigue abierta: recibirás un mensaje aquí en cuanto un intérprete la acepte.
relay-status-waiting = Tu solicitud { $reference } espera un intérprete. Llevas { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} esperando.
relay-status-accepted = Un intérprete aceptó tu solicitud { $reference } después de { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
}.
relay-status-talking = Estás en una conversación con { $role } sobre la solicitud { $reference }. Escribe aquí o manda una nota de voz; envía /end para terminar.
relay-status-ended = La conversación sobre tu solicitud { $reference } terminó.
