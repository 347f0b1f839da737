### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = इन पन्नों को इस फ़ोन पर रखें ताकि बिना इंटरनेट के पढ़ सकें
offline-title = पन्नों को इस फ़ोन पर रखें
offline-intro = सभी विषय, आपातकालीन नंबर, वाणिज्य दूतावास और मदद करने वाली जगहें, { $language } में, इस फ़ोन पर सहेजें। उसके बाद ये बिना इंटरनेट के खुलते हैं, हवाई जहाज़ मोड में भी।
offline-size-text = पाठ: डाउनलोड के लिए { $size }
offline-size-audio = ऑडियो (सिर्फ़ अगर आप चुनें): { $size } और डाउनलोड
offline-no-audio = इस भाषा में अभी ऑडियो नहीं है।
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = ऑडियो भी रखें
offline-keep = इस फ़ोन पर रखें
offline-needs-js = सहेजने के लिए JavaScript चाहिए, जो इस ब्राउज़र में बंद है। जब तक आपके पास इंटरनेट है, पन्ने काम करते रहेंगे।
offline-privacy = आपके बारे में कुछ भी सहेजा या भेजा नहीं जाता: सिर्फ़ ये पन्ने। आप इन्हें कभी भी मिटा सकते हैं।
offline-saving = सहेजा जा रहा है…
offline-saved-on = { $date } को इस फ़ोन पर सहेजा गया।
offline-saved-audio = ऑडियो के साथ।
offline-newer = इंटरनेट पर एक नया संस्करण है।
offline-update = अपडेट करें
offline-clear = सहेजे गए पन्ने मिटाएँ
offline-cleared = सहेजे गए पन्ने इस फ़ोन से मिटा दिए गए।
offline-failed = पन्ने सहेजे नहीं जा सके। कनेक्शन जाँचें और फिर से कोशिश करें।
offline-unsupported = यह ब्राउज़र पन्ने नहीं रख सकता। कोई दूसरा ब्राउज़र आज़माएँ, जैसे Chrome या Firefox।
