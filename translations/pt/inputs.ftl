### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = Você tinha começado a pedir um intérprete. Esta é a pergunta onde você parou; suas respostas foram guardadas.
# A voice note: the bot cannot listen to it.
bot-voice-note = Não consigo ouvir mensagens de voz. Um intérprete que fala a sua língua pode ajudar: toque no botão abaixo. Muitas páginas também podem ser lidas em voz alta: abra um tema.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = Você encaminhou uma mensagem. Se ela oferece uma viagem, um trabalho ou documentos, confira estes sinais antes de pagar a qualquer pessoa:
bot-forwarded-other = Você encaminhou uma mensagem. Aqui estão as páginas sobre o assunto dela. Se ela oferece uma viagem, um trabalho ou documentos, leia “{ $page }” abaixo antes de pagar a alguém.
