### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Paj sa a pa bon ankò
intake-expired = Pou pwoteje vi prive ou, ou ka reponn kesyon sa yo sèlman sou ekran sa a e pou yon ti tan. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-invalid = Nou pa t ka konprann kèk repons. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-languages-count = Chwazi omwen yon lang, epi pa plis pase { $max }.
