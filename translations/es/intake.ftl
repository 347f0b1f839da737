### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Datos que das tú mismo e intérpretes

consent-title = Antes de empezar
# $days es el número de días que se guardan las respuestas.
consent-text = Para encontrar un intérprete que hable tu idioma, te vamos a preguntar de dónde eres y qué idiomas hablas. Responder es tu decisión. Cada pregunta tiene la opción "Prefiero no decirlo". Nunca te pedimos tu nombre, tus documentos ni tu número de teléfono. Tus respuestas se borran después de { $days ->
    [one] un día
   *[other] { $days } días
}, y puedes borrarlas cuando quieras con "Borrar mis datos".
consent-accept = Acepto
consent-decline = No, gracias
consent-declined = Está bien. Puedes seguir usando toda la información de Faro.
intake-origin = ¿De qué país eres?
intake-prefer-not = Prefiero no decirlo
intake-languages = ¿Qué idiomas hablas? Elige uno o más y después toca "Listo".
intake-language-other = Otro idioma
intake-done = Listo
intake-where = ¿Dónde estás ahora?
intake-skip = Saltar
intake-share-origin = ¿Podemos decirle al intérprete de qué país eres?
intake-share-yes = Sí
intake-share-no = No
# $reference es un código corto, por ejemplo K7M2Q.
intake-created = Tu solicitud quedó registrada. Tu código es { $reference }. Estamos buscando un intérprete que hable tu idioma.
intake-reference-qr = Escanea para seguir tu solicitud en Telegram.
intake-reference-qr-whatsapp = Escanea para seguir tu solicitud en WhatsApp.
intake-accepted = Un intérprete aceptó tu solicitud { $reference }. Se va a comunicar contigo por medio del personal del albergue o por aquí.
intake-waiting = En este momento no hay ningún intérprete libre. Tu solicitud { $reference } está en espera, y el personal del albergue puede verla.
intake-delete = Borrar mis datos
intake-back = Atrás
intake-origin-another = Otro país
intake-where-remote = Aquí no: un intérprete por teléfono o videollamada
intake-waiting-remote = En este momento no hay ningún intérprete libre. Tu solicitud { $reference } está en espera, y el equipo coordinador de Faro puede verla.
intake-next-desk = Qué hacer ahora: ve con el personal del mostrador y muéstrale este código.
intake-next-phone = O sigue en tu teléfono: escanea el código de abajo para seguir tu solicitud en Telegram.
intake-next-phone-whatsapp = O sigue en tu teléfono: escanea el código de abajo para seguir tu solicitud en WhatsApp.
intake-next-phone-both = O sigue en tu teléfono: escanea uno de los códigos de abajo para seguir tu solicitud en Telegram o en WhatsApp.
intake-delete-intro = Para borrar tu solicitud de intérprete y tus respuestas, necesitas el enlace del código que aparece en tu pantalla de referencia: escanea ese código con tu teléfono y pega aquí su enlace. El número de referencia solo no basta, para que nadie que lo haya visto pueda borrar tu solicitud. Si abriste el código en Telegram, "Borrar mis datos" en el bot de Faro hace lo mismo.
intake-delete-code = Enlace o código del código QR
intake-delete-done = Si el enlace o el código correspondía a una solicitud, esa solicitud y tus respuestas ya están borradas. Para proteger tu privacidad, esta página se ve igual en ambos casos.
intake-unknown-reference = No encontramos esa solicitud. Puede que se haya borrado, que ya esté terminada o que haya vencido.
interpreter-new-request = Nueva solicitud { $reference }: { $language }, en { $place }.
interpreter-accept = Aceptar
interpreter-new-requests = Solicitudes nuevas en espera: { $count }
interpreter-accept-reference = Aceptar { $reference }
interpreter-accepted = Aceptaste la solicitud { $reference }.
interpreter-taken = Otro intérprete ya aceptó esta solicitud.
interpreter-linked = Tu cuenta de Telegram ya está vinculada como intérprete { $name }.
interpreter-linked-whatsapp = Tu número de WhatsApp ya está vinculado como intérprete { $name }. WhatsApp solo deja que Faro te escriba libremente durante las 24 horas siguientes a tu último mensaje aquí; escribe de vez en cuando (por ejemplo /available) para recibir las solicitudes nuevas al instante.
interpreter-remote = A distancia
interpreter-link-failed = Este código de vinculación no existe o ya se usó. Pide uno nuevo a la coordinación.
interpreter-not-registered = Solo los intérpretes registrados pueden aceptar solicitudes.
# $country es el nombre de un país.
interpreter-origin = País de origen: { $country }

intake-expired-title = Esta página ya no es válida
intake-expired = Para proteger tu privacidad, estas preguntas solo se pueden responder en esta pantalla y por poco tiempo. No se guardó nada. Por favor, empieza de nuevo.
intake-invalid = No pudimos entender algunas respuestas. No se guardó nada. Por favor, empieza de nuevo.
intake-languages-count = Elige al menos un idioma y como máximo { $max }.
intake-used-title = Esta página ya se usó
intake-used = Para proteger tu privacidad, cada página de estas preguntas se puede enviar una sola vez, y el número de referencia se muestra una sola vez. No se guardó nada más. Si necesitas un intérprete, empieza de nuevo.
intake-busy-title = Espera un poco, por favor
intake-busy = Hace poco se hicieron muchas solicitudes aquí, así que esta pantalla no puede recibir otra ahora mismo. Inténtalo más tarde o pregunta al personal en la recepción.
