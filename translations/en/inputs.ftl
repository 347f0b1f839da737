### translation: original
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = You had started asking for an interpreter. Here is the question where you stopped; your answers are kept.
# A voice note: the bot cannot listen to it.
bot-voice-note = I cannot listen to voice notes. An interpreter who speaks your language can help you: tap the button below. Many pages can also be read aloud to you: open a topic.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = You forwarded a message. If it offers a journey, a job or papers, check it against these signs before you pay anyone:
# A forwarded message that does not read as an offer: the pages on its subject, with the
# smuggling page ($page, its title) offered too.
bot-forwarded-other = You forwarded a message. Here are the pages on what it is about. If it offers a journey, a job or papers, read “{ $page }” below before you pay anyone.
