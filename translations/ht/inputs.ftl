### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = Ou te kòmanse mande yon entèprèt. Men kesyon kote ou te rete a; repons ou yo kenbe.
# A voice note: the bot cannot listen to it.
bot-voice-note = Mwen pa ka koute mesaj vokal. Yon entèprèt ki pale lang ou ka ede w: peze bouton ki anba a. Ou ka tande anpil paj li awotvwa tou: louvri yon sijè.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = Ou voye yon mesaj ki soti nan yon lòt moun. Si li ofri w yon vwayaj, yon travay oswa papye, verifye l ak siy sa yo anvan ou peye nenpòt moun:
bot-forwarded-other = Ou voye yon mesaj ki soti nan men yon lòt moun. Men paj ki pale sou sijè a. Si li ofri w yon vwayaj, yon travay oswa papye, li “{ $page }” anba a anvan ou peye pèsonn.
