### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Kenbe paj sa yo sou telefòn sa a pou li yo san entènèt
offline-title = Kenbe paj yo sou telefòn sa a
offline-intro = Anrejistre tout sijè yo, nimewo ijans yo, konsila yo ak kote ki ede moun, an { $language }, sou telefòn sa a. Apre sa yo louvri san entènèt, menm an mòd avyon.
offline-size-text = Tèks: { $size } pou telechaje
offline-size-audio = Odyo (sèlman si ou chwazi l): { $size } anplis pou telechaje
offline-no-audio = Poko gen odyo nan lang sa a.
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = Kenbe odyo a tou
offline-keep = Kenbe sou telefòn sa a
offline-needs-js = Pou anrejistre, fòk JavaScript limen, epi li etenn nan navigatè sa a. Paj yo toujou mache toutotan ou gen entènèt.
offline-privacy = Pa gen anyen sou ou ki anrejistre ni ki voye: se paj sa yo sèlman. Ou ka efase yo nenpòt ki lè.
offline-saving = N ap anrejistre…
offline-saved-on = Anrejistre sou telefòn sa a { $date }.
offline-saved-audio = Avèk odyo a.
offline-newer = Gen yon vèsyon ki pi nouvo sou entènèt.
offline-update = Mete ajou
offline-clear = Efase paj ki anrejistre yo
offline-cleared = Paj ki te anrejistre yo efase sou telefòn sa a.
offline-failed = Nou pa t kapab anrejistre paj yo. Verifye koneksyon an epi eseye ankò.
offline-unsupported = Navigatè sa a pa ka kenbe paj. Eseye yon lòt navigatè, tankou Chrome oswa Firefox.
