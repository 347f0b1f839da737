### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Guarde estas páginas neste telefone para lê-las sem internet
offline-title = Guardar as páginas neste telefone
offline-intro = Salve todos os temas, os números de emergência, os consulados e os lugares que ajudam, em { $language }, neste telefone. Depois eles abrem sem internet, até no modo avião.
offline-size-text = Texto: { $size } para baixar
offline-size-audio = Áudio (só se você escolher): mais { $size } para baixar
offline-no-audio = Ainda não há áudio neste idioma.
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = Guardar também o áudio
offline-keep = Guardar neste telefone
offline-needs-js = Para salvar é preciso JavaScript, que está desativado neste navegador. As páginas continuam funcionando enquanto você tiver internet.
offline-privacy = Nada sobre você é salvo ou enviado: só estas páginas. Você pode apagá-las quando quiser.
offline-saving = Salvando…
offline-saved-on = Salvo neste telefone em { $date }.
offline-saved-audio = Com o áudio.
offline-newer = Há uma versão mais recente on-line.
offline-update = Atualizar
offline-clear = Apagar as páginas salvas
offline-cleared = As páginas salvas foram apagadas deste telefone.
offline-failed = Não foi possível salvar as páginas. Verifique a conexão e tente de novo.
offline-unsupported = Este navegador não pode guardar páginas. Tente outro navegador, como Chrome ou Firefox.
