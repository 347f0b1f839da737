### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = आपने दुभाषिया माँगना शुरू किया था। यह वह सवाल है जहाँ आप रुके थे; आपके जवाब सहेजे हुए हैं।
# A voice note: the bot cannot listen to it.
bot-voice-note = मैं वॉइस मैसेज नहीं सुन सकता। आपकी भाषा बोलने वाला दुभाषिया आपकी मदद कर सकता है: नीचे वाला बटन दबाएँ। कई पन्ने आपको पढ़कर सुनाए भी जा सकते हैं: कोई विषय खोलें।
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = आपने किसी और का संदेश आगे भेजा है। अगर उसमें यात्रा, नौकरी या कागज़ात की पेशकश है, तो किसी को भी पैसे देने से पहले इन संकेतों से उसे जाँचें:
bot-forwarded-other = आपने किसी और का संदेश फ़ॉरवर्ड किया है। ये पेज उसके विषय के बारे में हैं। अगर इसमें यात्रा, नौकरी या कागज़ात की पेशकश है, तो किसी को भी पैसे देने से पहले नीचे “{ $page }” पढ़ें।
