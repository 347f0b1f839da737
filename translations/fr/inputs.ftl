### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = Vous aviez commencé à demander un interprète. Voici la question où vous vous étiez arrêté ; vos réponses sont gardées.
# A voice note: the bot cannot listen to it.
bot-voice-note = Je ne peux pas écouter les messages vocaux. Un interprète qui parle votre langue peut vous aider : touchez le bouton ci-dessous. Beaucoup de pages peuvent aussi être lues à voix haute : ouvrez un sujet.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = Vous avez transféré un message. S’il propose un voyage, un travail ou des papiers, vérifiez-le avec ces signes avant de payer qui que ce soit :
bot-forwarded-other = Vous avez transféré un message. Voici les pages sur son sujet. S’il propose un voyage, un travail ou des papiers, lisez « { $page } » ci-dessous avant de payer qui que ce soit.
