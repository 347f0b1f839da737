### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = Habías empezado a pedir un intérprete. Esta es la pregunta donde te quedaste; tus respuestas se guardaron.
# A voice note: the bot cannot listen to it.
bot-voice-note = No puedo escuchar notas de voz. Un intérprete que habla tu idioma puede ayudarte: toca el botón de abajo. Muchas páginas también se pueden escuchar en voz alta: abre un tema.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = Reenviaste un mensaje. Si ofrece un viaje, un trabajo o papeles, revísalo con estas señales antes de pagarle a nadie:
bot-forwarded-other = Reenviaste un mensaje. Estas son las páginas sobre su tema. Si ofrece un viaje, un trabajo o papeles, lee «{ $page }» abajo antes de pagarle a nadie.
