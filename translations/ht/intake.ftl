### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Deklarasyon pa ou menm ak entèprèt

consent-title = Anvan nou kòmanse
# $days is the number of days the answers are kept.
consent-text = Pou nou jwenn yon entèprèt ki pale lang ou, n ap mande ou ki peyi ou soti ak ki lang ou pale. Se ou ki chwazi si ou vle reponn. Chak kesyon gen "Mwen pito pa di". Nou pa janm mande non ou, dokiman ou oswa nimewo telefòn ou. Nou efase repons ou yo apre { $days ->
    [one] yon jou
   *[other] { $days } jou
}, epi ou ka efase yo nenpòt ki lè ak "Efase done m yo".
consent-accept = Mwen dakò
consent-decline = Non, mèsi
consent-declined = Pa gen pwoblèm. Ou ka toujou sèvi ak tout enfòmasyon ki nan Faro.
intake-origin = Ki peyi ou soti?
intake-prefer-not = Mwen pito pa di
intake-languages = Ki lang ou pale? Chwazi youn oswa plizyè, epi peze "Fini".
intake-language-other = Yon lòt lang
intake-done = Fini
intake-where = Ki kote ou ye kounye a?
intake-skip = Sote
intake-share-origin = Èske entèprèt la ka konnen ki peyi ou soti?
intake-share-yes = Wi
intake-share-no = Non
# $reference is a short code such as K7M2Q.
intake-created = Nou anrejistre demann ou. Nimewo referans ou se { $reference }. N ap chèche yon entèprèt ki pale lang ou.
intake-reference-qr = Eskane pou swiv demann ou sou Telegram.
intake-reference-qr-whatsapp = Eskane pou swiv demann ou sou WhatsApp.
intake-accepted = Yon entèprèt aksepte demann ou { $reference }. L ap kontakte ou atravè moun ki travay nan abri a oswa isit la.
intake-waiting = Pa gen okenn entèprèt ki lib kounye a. Demann ou { $reference } ap tann, epi moun ki travay nan abri a ka wè li.
intake-delete = Efase done m yo
intake-back = Retounen
intake-origin-another = Yon lòt peyi
intake-where-remote = Pa isit la: yon entèprèt pa telefòn oswa pa videyo
intake-waiting-remote = Pa gen okenn entèprèt ki lib kounye a. Demann ou { $reference } ap tann, epi kowòdonatè Faro yo ka wè li.
intake-next-desk = Kounye a: ale jwenn moun ki travay nan biwo resepsyon an epi montre yo kòd sa a.
intake-next-phone = Oswa kontinye sou telefòn ou: eskane kòd ki anba a pou swiv demann ou sou Telegram.
intake-next-phone-whatsapp = Oswa kontinye sou telefòn ou: eskane kòd ki anba a pou swiv demann ou sou WhatsApp.
intake-next-phone-both = Oswa kontinye sou telefòn ou: eskane youn nan kòd ki anba yo pou swiv demann ou sou Telegram oswa WhatsApp.
intake-delete-intro = Pou efase demann entèprèt ou ak repons ou yo, ou bezwen lyen ki nan kòd ki te sou ekran referans ou a: eskane kòd sa a ak telefòn ou, epi kole lyen li isit la. Nimewo referans lan pou kont li pa ase, konsa pèsonn ki te wè l pa ka efase demann ou. Si ou te louvri kòd la nan Telegram, "Efase done m yo" nan bot Faro a fè menm bagay la.
intake-delete-code = Lyen oswa kòd ki nan kòd QR la
intake-delete-done = Si lyen an oswa kòd la te pou yon demann, demann sa a ak repons ou yo efase kounye a. Pou pwoteje vi prive ou, paj sa a parèt menm jan kit se wi kit se non.
intake-unknown-reference = Nou pa jwenn demann sa a. Petèt yo efase l, li fini oswa li ekspire.
interpreter-new-request = Nouvo demann { $reference }: { $language }, nan { $place }.
interpreter-accept = Aksepte
interpreter-new-requests = Nouvo demann k ap tann: { $count }
interpreter-accept-reference = Aksepte { $reference }
interpreter-accepted = Ou aksepte demann { $reference }.
interpreter-taken = Yon lòt entèprèt deja aksepte demann sa a.
interpreter-linked = Kont Telegram ou konekte kounye a kòm entèprèt { $name }.
interpreter-linked-whatsapp = Nimewo WhatsApp ou konekte kounye a kòm entèprèt { $name }. WhatsApp kite Faro ekri ou lib sèlman nan 24 èdtan apre dènye mesaj ou voye la a; ekri de tanzantan (pa egzanp /available) pou nouvo demann yo rive jwenn ou touswit.
interpreter-remote = A distans
interpreter-link-failed = Kòd koneksyon sa a pa egziste oswa yo te deja sèvi avè l. Mande kowòdonatè a yon nouvo kòd.
interpreter-not-registered = Se sèlman entèprèt ki anrejistre ki ka aksepte demann yo.
# $country is a country name.
interpreter-origin = Peyi orijin: { $country }

intake-expired-title = Paj sa a pa bon ankò
intake-expired = Pou pwoteje vi prive ou, ou ka reponn kesyon sa yo sèlman sou ekran sa a e pou yon ti tan. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-invalid = Nou pa t ka konprann kèk repons. Nou pa anrejistre anyen. Tanpri rekòmanse.
intake-languages-count = Chwazi omwen yon lang, epi pa plis pase { $max }.
intake-used-title = Paj sa a te deja itilize
intake-used = Pou pwoteje vi prive ou, chak paj kesyon sa yo ka voye yon sèl fwa, epi nimewo referans lan parèt yon sèl fwa. Yo pa anrejistre anyen anplis. Si ou bezwen yon entèprèt, tanpri rekòmanse.
intake-busy-title = Tanpri tann yon ti moman
intake-busy = Yo te fè anpil demann isit la sa pa gen lontan, kidonk ekran sa a pa ka pran yon lòt kounye a. Tanpri eseye ankò pita, oswa mande moun k ap travay nan biwo resepsyon an.
