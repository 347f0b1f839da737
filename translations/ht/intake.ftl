### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Paj sa a pa bon ankò
intake-expired = Pou pwoteje vi prive ou, ou ka reponn kesyon sa yo sèlman sou ekran sa a e pou yon ti tan. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-invalid = Nou pa t ka konprann kèk repons. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-languages-count = Chwazi omwen yon lang, epi pa plis pase { $max }.
intake-used-title = Paj sa a te deja itilize
intake-used = Pou pwoteje vi prive ou, chak paj kesyon sa yo ka voye yon sèl fwa, epi nimewo referans lan parèt yon sèl fwa. Yo pa anrejistre anyen anplis. Si ou bezwen yon entèprèt, tanpri rekòmanse.
intake-busy-title = Tanpri tann yon ti moman
intake-busy = Yo te fè anpil demann isit la sa pa gen lontan, kidonk ekran sa a pa ka pran yon lòt kounye a. Tanpri eseye ankò pita, oswa mande moun k ap travay nan biwo resepsyon an.
