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
relay-outside-window = Esto no se entregó: la otra parte no ha escrito aquí en más de 24 horas, y WhatsApp solo deja que Faro le escriba cuando vuelva a escribir.
relay-unreachable = Esto no se entregó: ahora no se puede llegar a la otra parte. Inténtalo de nuevo en un momento.
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

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = Se te avisará de nuevas solicitudes { $hours } (zona horaria { $zone }), mientras estés disponible. /hours off quita este horario.
relay-hours-off = Tu horario se quitó: se te avisará de nuevas solicitudes siempre que estés disponible (/available, /away).
relay-hours-usage = Envía los días y las horas, y tu zona horaria si no es la del albergue, por ejemplo: /hours mon-fri 09:00-17:00 o /hours sat,sun 10:00-14:00 America/Guatemala. Días: mon tue wed thu fri sat sun (lunes a domingo). /hours off quita tu horario.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Conversaciones abiertas ahora: { $references }. Lo que escribas va a { $reference }, la más reciente. Para escribir en otra, envía /to y su referencia, por ejemplo: /to { $other }
relay-to-set = Lo que escribas ahora va a la persona de la solicitud { $reference }.
relay-to-unknown = Esa no es una de tus conversaciones abiertas. Abiertas ahora: { $references }. Envía /to y una de ellas.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Personal del albergue
relay-staff-linked = Tu Telegram quedó vinculado a la cuenta de personal { $name }. Para unirte a la conversación de una solicitud de tu albergue, envía /join y su referencia, por ejemplo: /join K7P4QM
relay-joined-you = Te uniste a la conversación de la solicitud { $reference }. Los demás te ven como «{ $role }»: lo que escribas o grabes aquí les llega a ambos. /end termina la conversación para todos.
relay-joined-other = { $role } se unió a esta conversación: lo que escribas ahora también le llega.
relay-join-failed = No hay ninguna conversación en curso con esa referencia a la que puedas unirte.
