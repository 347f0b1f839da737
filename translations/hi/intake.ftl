### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## अपनी जानकारी खुद बताना और दुभाषिये

consent-title = शुरू करने से पहले
# $days is the number of days the answers are kept.
consent-text = आपकी भाषा बोलने वाला दुभाषिया ढूँढने के लिए हम पूछेंगे कि आप कहाँ से हैं और कौन-सी भाषाएँ बोलते हैं। जवाब देना आपकी मर्ज़ी है। हर सवाल में "बताना पसंद नहीं" का विकल्प है। हम कभी आपका नाम, आपके दस्तावेज़ या आपका फ़ोन नंबर नहीं पूछते। आपके जवाब { $days ->
    [one] एक दिन
   *[other] { $days } दिन
} बाद मिटा दिए जाते हैं, और आप "मेरा डेटा मिटाएँ" से उन्हें कभी भी मिटा सकते हैं।
consent-accept = मैं सहमत हूँ
consent-decline = नहीं, धन्यवाद
consent-declined = कोई बात नहीं। आप फिर भी Faro की सारी जानकारी इस्तेमाल कर सकते हैं।
intake-origin = आप किस देश से हैं?
intake-prefer-not = बताना पसंद नहीं
intake-languages = आप कौन-सी भाषाएँ बोलते हैं? एक या ज़्यादा चुनें, फिर "हो गया" दबाएँ।
intake-language-other = कोई दूसरी भाषा
intake-done = हो गया
intake-where = आप अभी कहाँ हैं?
intake-skip = छोड़ें
intake-share-origin = क्या दुभाषिये को बताया जा सकता है कि आप किस देश से हैं?
intake-share-yes = हाँ
intake-share-no = नहीं
# $reference is a short code such as K7M2Q.
intake-created = आपकी माँग दर्ज हो गई है। आपका रेफ़रेंस कोड { $reference } है। हम आपकी भाषा बोलने वाला दुभाषिया ढूँढ रहे हैं।
intake-reference-qr = Telegram पर अपनी माँग की जानकारी पाने के लिए स्कैन करें।
intake-reference-qr-whatsapp = WhatsApp पर अपनी माँग की जानकारी पाने के लिए स्कैन करें।
intake-accepted = एक दुभाषिये ने आपकी माँग { $reference } स्वीकार कर ली है। वे आश्रय स्थल के कर्मचारियों के ज़रिए या यहीं आपसे संपर्क करेंगे।
intake-waiting = अभी कोई दुभाषिया ख़ाली नहीं है। आपकी माँग { $reference } इंतज़ार में है, और आश्रय स्थल के कर्मचारी इसे देख सकते हैं।
intake-delete = मेरा डेटा मिटाएँ
intake-back = वापस
intake-origin-another = कोई दूसरा देश
intake-where-remote = यहाँ नहीं: फ़ोन या वीडियो पर दुभाषिया
intake-waiting-remote = अभी कोई दुभाषिया ख़ाली नहीं है। आपकी माँग { $reference } इंतज़ार में है, और Faro के समन्वयक इसे देख सकते हैं।
intake-next-desk = अब क्या करें: डेस्क पर मौजूद कर्मचारियों के पास जाएँ और उन्हें यह संख्या दिखाएँ।
intake-next-phone = या अपने फ़ोन पर आगे बढ़ें: Telegram पर अपनी माँग की जानकारी पाने के लिए नीचे दिया कोड स्कैन करें।
intake-next-phone-whatsapp = या अपने फ़ोन पर आगे बढ़ें: WhatsApp पर अपनी माँग की जानकारी पाने के लिए नीचे दिया कोड स्कैन करें।
intake-next-phone-both = या अपने फ़ोन पर आगे बढ़ें: Telegram या WhatsApp पर अपनी माँग की जानकारी पाने के लिए नीचे दिए कोड में से कोई एक स्कैन करें।
intake-delete-intro = अपनी दुभाषिए की माँग और अपने जवाब मिटाने के लिए आपको वह लिंक चाहिए जो आपकी संदर्भ संख्या वाली स्क्रीन के कोड में है: उस कोड को अपने फ़ोन से स्कैन करें और उसका लिंक यहाँ चिपकाएँ। सिर्फ़ संदर्भ संख्या काफ़ी नहीं है, ताकि जिसने भी उसे देखा हो वह आपकी माँग न मिटा सके। अगर आपने कोड Telegram में खोला था, तो Faro बॉट में "मेरा डेटा मिटाएँ" भी यही करता है।
intake-delete-code = QR कोड का लिंक या कोड
intake-delete-done = अगर यह लिंक या कोड किसी माँग का था, तो वह माँग और आपके जवाब अब मिटा दिए गए हैं। आपकी निजता के लिए यह पेज दोनों हालात में एक जैसा दिखता है।
intake-unknown-reference = हमें यह माँग नहीं मिली। हो सकता है कि इसे मिटा दिया गया हो, यह पूरी हो चुकी हो या इसकी समय-सीमा ख़त्म हो गई हो।
interpreter-new-request = नई माँग { $reference }: { $language }, { $place } में।
interpreter-accept = स्वीकार करें
interpreter-new-requests = प्रतीक्षा में नए अनुरोध: { $count }
interpreter-accept-reference = स्वीकार करें { $reference }
interpreter-accepted = आपने माँग { $reference } स्वीकार कर ली।
interpreter-taken = किसी दूसरे दुभाषिये ने यह माँग पहले ही स्वीकार कर ली है।
interpreter-linked = आपका Telegram खाता अब दुभाषिये { $name } के रूप में जुड़ गया है।
interpreter-linked-whatsapp = आपका WhatsApp नंबर अब दुभाषिये { $name } के रूप में जुड़ गया है। WhatsApp, Faro को यहाँ आपके आख़िरी संदेश के बाद सिर्फ़ 24 घंटे तक आपको खुलकर लिखने देता है; बीच-बीच में कुछ लिखते रहें (जैसे /available) ताकि नए अनुरोध आप तक तुरंत पहुँचें।
interpreter-remote = दूर से (ऑनलाइन)
interpreter-link-failed = यह लिंक कोड पहचाना नहीं गया या पहले ही इस्तेमाल हो चुका है। कोऑर्डिनेटर से नया कोड माँगें।
interpreter-not-registered = सिर्फ़ रजिस्टर्ड दुभाषिये ही माँगें स्वीकार कर सकते हैं।
# $country is a country name.
interpreter-origin = मूल देश: { $country }

intake-expired-title = इस पेज की समय-सीमा समाप्त हो गई है
intake-expired = आपकी निजता की रक्षा के लिए, इन सवालों के जवाब सिर्फ़ इसी स्क्रीन पर और थोड़े समय के लिए दिए जा सकते हैं। कुछ भी सहेजा नहीं गया। कृपया फिर से शुरू करें।
intake-invalid = कुछ जवाब समझ में नहीं आए। कुछ भी सहेजा नहीं गया। कृपया फिर से शुरू करें।
intake-languages-count = कम से कम एक भाषा और ज़्यादा से ज़्यादा { $max } भाषाएँ चुनें।
intake-used-title = यह पेज पहले ही इस्तेमाल हो चुका है
intake-used = आपकी निजता की रक्षा के लिए, इन सवालों का हर पेज सिर्फ़ एक बार भेजा जा सकता है, और संदर्भ संख्या सिर्फ़ एक बार दिखाई जाती है। और कुछ भी सहेजा नहीं गया। अगर आपको दुभाषिए की ज़रूरत है, तो कृपया फिर से शुरू करें।
intake-busy-title = कृपया थोड़ा रुकें
intake-busy = कुछ देर पहले यहाँ बहुत सारे अनुरोध किए गए, इसलिए यह स्क्रीन अभी एक और अनुरोध नहीं ले सकती। कृपया बाद में फिर कोशिश करें, या रिसेप्शन पर कर्मचारियों से पूछें।
