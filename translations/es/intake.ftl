### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Esta página ya no es válida
intake-expired = Para proteger tu privacidad, estas preguntas solo se pueden responder en esta pantalla y por poco tiempo. No se guardó nada. Por favor, empieza de nuevo.
intake-invalid = No pudimos entender algunas respuestas. No se guardó nada. Por favor, empieza de nuevo.
intake-languages-count = Elige al menos un idioma y como máximo { $max }.
intake-used-title = Esta página ya se usó
intake-used = Para proteger tu privacidad, cada página de estas preguntas se puede enviar una sola vez, y el número de referencia se muestra una sola vez. No se guardó nada más. Si necesitas un intérprete, empieza de nuevo.
intake-busy-title = Espera un poco, por favor
intake-busy = Hace poco se hicieron muchas solicitudes aquí, así que esta pantalla no puede recibir otra ahora mismo. Inténtalo más tarde o pregunta al personal en la recepción.
