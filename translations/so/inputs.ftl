### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = Waxaad bilowday inaad turjubaan codsato. Kani waa su'aashii aad ku joogsatay; jawaabahaagu waa la hayaa.
# A voice note: the bot cannot listen to it.
bot-voice-note = Ma dhegaysan karo fariimaha codka. Turjubaan ku hadla luqaddaada ayaa ku caawin kara: taabo badhanka hoose. Bogag badan ayaa sidoo kale laguu akhrin karaa cod dheer: fur mawduuc.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = Waxaad soo gudbisay fariin qof kale. Haddii ay kuu soo bandhigayso safar, shaqo ama waraaqo, ku hubi calaamadahan ka hor intaadan qofna lacag siin:
bot-forwarded-other = Waxaad soo gudbisay fariin qof kale. Kuwani waa bogagga ku saabsan mawduuceeda. Haddii ay kuu bandhigayso safar, shaqo ama waraaqo, akhri “{ $page }” ee hoose ka hor intaadan qofna lacag siin.
