### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Guarde estas páginas en este teléfono para leerlas sin internet
offline-title = Guardar las páginas en este teléfono
offline-intro = Guarde todos los temas, los números de emergencia, los consulados y los lugares que ayudan, en { $language }, en este teléfono. Después se abren sin internet, incluso en modo avión.
offline-size-text = Texto: { $size } para descargar
offline-size-audio = Audio (solo si lo elige): { $size } más para descargar
offline-no-audio = Todavía no hay audio en este idioma.
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = Guardar también el audio
offline-keep = Guardar en este teléfono
offline-needs-js = Para guardar se necesita JavaScript, que está desactivado en este navegador. Las páginas siguen funcionando mientras tenga internet.
offline-privacy = No se guarda ni se envía nada sobre usted: solo estas páginas. Puede borrarlas cuando quiera.
offline-saving = Guardando…
offline-saved-on = Guardado en este teléfono el { $date }.
offline-saved-audio = Con el audio.
offline-newer = Hay una versión más reciente en línea.
offline-update = Actualizar
offline-clear = Borrar las páginas guardadas
offline-cleared = Se borraron las páginas guardadas de este teléfono.
offline-failed = No se pudieron guardar las páginas. Revise la conexión e inténtelo de nuevo.
offline-unsupported = Este navegador no puede guardar páginas. Pruebe con otro navegador, como Chrome o Firefox.
