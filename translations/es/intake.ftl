### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Esta página ya no es válida
intake-expired = Para proteger tu privacidad, estas preguntas solo se pueden responder en esta pantalla y por poco tiempo. No se guardó nada. Por favor, empieza de nuevo.
intake-invalid = No pudimos entender algunas respuestas. No se guardó nada. Por favor, empieza de nuevo.
intake-languages-count = Elige al menos un idioma y como máximo { $max }.
