### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Esta página ya no es válida
intake-expired = Para proteger su privacidad, estas preguntas solo se pueden responder en esta pantalla y por poco tiempo. No se guardó nada. Empiece de nuevo, por favor.
intake-invalid = No se pudieron entender algunas respuestas. No se guardó nada. Empiece de nuevo, por favor.
intake-languages-count = Elija al menos un idioma y como máximo { $max }.
