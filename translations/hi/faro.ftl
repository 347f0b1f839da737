### Faro — UI strings (Hindi (हिन्दी))
### translation: machine

##
## अनुवादक: हर key रखें; सिर्फ़ "=" के बाद का टेक्स्ट बदलें। { $count } जैसे variables
## बिल्कुल वैसे ही रहें। ऐसे लिखें जैसे आप सफ़र में किसी इंसान से बात कर रहे हों: छोटा, सरल,
## दोस्ताना, कभी दोष न दें। अपनी भाषा के बहुवचन रूप इस्तेमाल करें ({ $count -> ... } देखें)।

## सेवा

faro-name = Faro
faro-tagline = सफ़र पर निकले लोगों के लिए जानकारी, आपकी भाषा में।
privacy-note = Faro कुकीज़ इस्तेमाल नहीं करता और आप यहाँ जो पढ़ते हैं, उसे रिकॉर्ड नहीं करता।

## टेक्स्ट के साथ दिखने वाली सूचनाएँ

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = यह टेक्स्ट अभी { $requested } में उपलब्ध नहीं है। इसे { $shown } में दिखाया गया है।
notice-machine = इस टेक्स्ट का अनुवाद मशीन ने किया है। अभी किसी इंसान ने इसकी जाँच नहीं की है।
notice-demo = नमूना जानकारी, जाँची नहीं गई। इस पर भरोसा न करें।
badge-demo = नमूना
# $date is a date such as 2026-11-20.
notice-last-verified = आख़िरी जाँच: { $date }

## नेविगेशन

nav-home = मुख्य पेज
nav-topics = जानकारी
nav-directory = मदद करने वाली जगहें
nav-consulates = कॉन्सुलेट
nav-emergency = आपातकाल
nav-language = भाषा
nav-start-over = फिर से शुरू करें
nav-back = पीछे
nav-next = आगे
nav-whole-topic = 📄 पूरा विषय, रखने के लिए
nav-web-page = 🌐 वेब पर खोलें
nav-menu = मेन्यू

## भाषा चुनें

picker-title = अपनी भाषा चुनें
picker-hint = अपनी भाषा को छुएँ।

## मुख्य पेज और विषय

home-title = आप क्या जानना चाहते हैं?
topics-title = जानकारी
topic-open = पढ़ें
# $current and $total are numbers: "Part 2 of 5".
topic-part = { $total } में से भाग { $current }

## डायरेक्टरी

directory-title = मदद करने वाली जगहें
directory-intro = इस इलाक़े में आश्रय स्थल, क़ानूनी मदद, इलाज और दफ़्तर।
directory-filter-country = देश
directory-filter-city = शहर
directory-filter-kind = जगह का प्रकार
directory-filter-service = सेवा
directory-filter-any = सभी
directory-filter-apply = दिखाएँ
directory-near = सबसे पास वाली जगहें पहले
# $count is the number of places found.
directory-count = { $count ->
    [0] कोई जगह नहीं मिली।
    [one] एक जगह मिली।
   *[other] { $count } जगहें मिलीं।
}
directory-empty = हमारी सूची में कोई जगह मेल नहीं खाती। कम फ़िल्टर लगाकर देखें।
directory-choose = वहाँ की जगहें देखने के लिए कोई देश चुनें, या अपनी लोकेशन साझा करें ताकि सबसे पास की जगहें पहले दिखें।
directory-use-location = मेरी लोकेशन इस्तेमाल करें
directory-location-failed = आपकी लोकेशन पता नहीं चल सकी। इसके बजाय कोई देश चुनें।
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } किमी दूर
entry-address = पता
entry-hours = खुलने का समय
weekday-mon = सोमवार
weekday-tue = मंगलवार
weekday-wed = बुधवार
weekday-thu = गुरुवार
weekday-fri = शुक्रवार
weekday-sat = शनिवार
weekday-sun = रविवार
hours-every-day = हर दिन
hours-all-day = 24 घंटे
hours-day-range = { $first } से { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = फ़ोन
# $number is a phone number.
entry-call = { $number } पर कॉल करें
entry-website = वेबसाइट
entry-languages = बोली जाने वाली भाषाएँ
entry-services = सेवाएँ
entry-procedures = वे आपके लिए क्या कर सकते हैं
# $country is a country name.
entry-represents = { $country } का प्रतिनिधित्व करता है
entry-nationwide = पूरा देश

kind-shelter = आश्रय स्थल
kind-consulate = कॉन्सुलेट
kind-embassy = दूतावास
kind-hotline = आपातकालीन लाइन
kind-legal_aid = क़ानूनी मदद
kind-health = इलाज
kind-agency = सरकारी दफ़्तर या एजेंसी

service-shelter = सोने की जगह
service-food = खाना
service-legal_aid = क़ानूनी मदद
service-health = इलाज
service-documents = दस्तावेज़
service-asylum = शरण
service-psychosocial = मानसिक सहारा
service-children = बच्चे
service-women = महिलाएँ
service-interpreting = दुभाषिये
service-emergency = आपातकाल
service-family_tracing = परिवार को ढूँढना
service-return = घर वापसी
service-information = जानकारी
service-complaints = शिकायतें

procedure-passport = पासपोर्ट
procedure-travel_document = यात्रा दस्तावेज़
procedure-identity_certification = पहचान का प्रमाण
procedure-consular_registration = कॉन्सुलेट में नाम दर्ज कराना
procedure-repatriation = घर लौटने में मदद

## वाणिज्य दूतावास

consulates-title = कॉन्सुलेट और दूतावास
consulates-choose = आप किस देश का कॉन्सुलेट ढूँढ रहे हैं?
# $country is a country name.
consulates-for = { $country } के कॉन्सुलेट और दूतावास
consulates-none = हमारी सूची में अभी { $country } का कोई कॉन्सुलेट या दूतावास नहीं है।
consulates-voluntary = अपने कॉन्सुलेट से संपर्क करना आपकी मर्ज़ी है। अगर आपको अपनी ही सरकार से डर है, तो उससे संपर्क न करें। इसके बजाय शरण के बारे में UNHCR से पूछें।

## आपातकाल

emergency-title = आपातकालीन नंबर
emergency-intro = इन नंबरों पर कॉल मुफ़्त है। बताएँ कि आप कहाँ हैं, क्या हुआ और कितने लोगों को मदद चाहिए।
# $number is a short number such as 911.
emergency-dial = { $number } डायल करें

## QR कोड

qr-phone = यह पेज अपने साथ ले जाएँ: अपने फ़ोन से स्कैन करें।
qr-telegram = अपनी भाषा में Telegram पर आगे पढ़ें।
qr-whatsapp = अपनी भाषा में WhatsApp पर आगे पढ़ें।

## कियोस्क

# $seconds is a number.
kiosk-idle-notice = आपकी निजता बचाने के लिए, { $seconds ->
    [one] एक सेकंड
   *[other] { $seconds } सेकंड
} तक इस्तेमाल न होने पर यह स्क्रीन शुरुआत पर लौट जाती है।
# $shelter is the name of the shelter.
kiosk-at-shelter = आप { $shelter } में हैं।
kiosk-interpreter = दुभाषिया माँगें

## अभियान

campaign-label = ज़रूरी

## गड़बड़ियाँ

error-not-found-title = पेज नहीं मिला
error-not-found = हमें यह पेज नहीं मिला। शुरुआत पर वापस जाएँ और फिर से कोशिश करें।
error-topic-not-found = यह विषय मौजूद नहीं है। ये हैं हमारे विषय।
error-language-not-found = यह भाषा उपलब्ध नहीं है। इनमें से कोई एक भाषा चुनें।
error-kiosk-title = यह स्क्रीन सेट अप नहीं है
error-kiosk = इस स्क्रीन का पता एक ऐसे आश्रय स्थल का है जिसे Faro नहीं जानता: { $id }। कृपया स्टाफ़ को बताएँ। इसे ठीक करने के लिए पता /k/ और उसके बाद Faro की जगहों की सूची में किसी आश्रय स्थल की पहचान (id) होना चाहिए।
error-kiosk-choose = यह स्क्रीन अभी सेट अप नहीं हुई है: कृपया स्टाफ़ को बताएँ। आप फिर भी अपनी भाषा में जानकारी पढ़ सकते हैं।
error-bad-request-title = कुछ ठीक नहीं है
error-bad-request = पते में दिए गए कुछ विकल्प समझ में नहीं आए। कृपया मेन्यू से फिर से कोशिश करें।
error-bad-location = जगह पढ़ी नहीं जा सकी। अक्षांश (latitude) और देशांतर (longitude) दो नंबरों के रूप में दें।
error-server-title = कुछ गड़बड़ हो गई
error-server = हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया थोड़ी देर में फिर से कोशिश करें।

## Telegram बॉट

bot-welcome = Faro में आपका स्वागत है। यहाँ आप अपनी भाषा में पढ़ सकते हैं: रास्ते के ख़तरे, शरण, आपके अधिकार, और मदद कहाँ मिलेगी।
bot-choose-language = अपनी भाषा चुनें:
# $language is a language name in that language.
bot-language-detected = लगता है आपकी भाषा { $language } है। क्या हम { $language } में आगे बात करें?
bot-language-yes = हाँ, आगे बढ़ें
bot-language-other = दूसरी भाषा चुनें
bot-language-set = अब Faro { $language } में बात करेगा।
menu-title = आपको क्या चाहिए?
menu-emergency = आपातकालीन नंबर
menu-topics = जानकारी
menu-near-me = मेरे पास मदद
menu-consulate = मेरे देश का कॉन्सुलेट
menu-interpreter = मुझे दुभाषिया चाहिए
menu-alerts-on = अलर्ट चालू करें
menu-alerts-off = अलर्ट बंद करें
menu-language = भाषा बदलें
menu-forget = मेरा डेटा मिटाएँ
menu-help = मदद
bot-help = आगे-पीछे जाने के लिए बटन इस्तेमाल करें। कमांड:
    /start — फिर से शुरू करें
    /language — भाषा बदलें
    /help — यह मदद
    /forget — Faro आपके बारे में जो कुछ रखता है, सब मिटाएँ
    /stop — Faro के सभी संदेश बंद करें
bot-topics = एक विषय चुनें:
bot-near-me-ask = सबसे पास की मदद वाली जगहें देखने के लिए अपनी लोकेशन भेजें। आपकी लोकेशन सिर्फ़ इस जवाब के लिए इस्तेमाल होती है और रखी नहीं जाती।
bot-near-me-button = मेरी लोकेशन भेजें
bot-near-me-results = आपके सबसे पास की जगहें:
bot-near-me-none = हमारी सूची में अभी आपके पास कोई जगह नहीं है।
bot-consulate-ask = आप किस देश से हैं? उसके कॉन्सुलेट और दूतावास देखने के लिए चुनें।
bot-search-results = ये विषय आपकी मदद कर सकते हैं:
bot-search-none = इसके बारे में मुझे कुछ नहीं मिला। यह रहा मेन्यू।
bot-non-text = मैं सिर्फ़ टेक्स्ट पढ़ सकता हूँ। कृपया संदेश लिखें या बटन इस्तेमाल करें।
bot-alerts-on = अलर्ट चालू हैं। आपको ज़रूरी संदेश मिलेंगे। इन्हें बंद करने के लिए /stop भेजें।
bot-alerts-off = अलर्ट बंद हैं।
bot-stopped = Faro अब आपको कोई संदेश नहीं भेजेगा। अगर आप फिर से शुरू करना चाहें, तो /start भेजें।
bot-forget-confirm = इससे वह सब मिट जाएगा जो Faro आपके बारे में रखता है: आपकी भाषा, आपके अलर्ट और दुभाषिये की कोई भी माँग। क्या आप पक्का ऐसा चाहते हैं?
bot-forget-yes = हाँ, मिटाएँ
bot-forget-cancel = नहीं, रहने दें
bot-forget-done = हो गया। Faro ने आपके बारे में जो कुछ रखा था, वह सब मिटा दिया गया है।
bot-private-only = Faro सिर्फ़ निजी चैट में जवाब देता है। इस्तेमाल करने के लिए बॉट के साथ चैट खोलें।
bot-error = हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
# Under every campaign message the bot sends.
campaign-stop-hint = आपको यह संदेश इसलिए मिला है क्योंकि आपने अलर्ट चालू किए हैं। इन्हें बंद करने के लिए /stop भेजें।

## देश (मूल देश और वाणिज्य दूतावास)

country-AF = अफ़ग़ानिस्तान
country-AO = अंगोला
country-BD = बांग्लादेश
country-BR = ब्राज़ील
country-BZ = बेलीज़
country-CD = कांगो लोकतांत्रिक गणराज्य
country-CL = चिली
country-CM = कैमरून
country-CN = चीन
country-CO = कोलंबिया
country-CR = कोस्टा रिका
country-CU = क्यूबा
country-DO = डोमिनिकन गणराज्य
country-EC = इक्वाडोर
country-ER = इरिट्रिया
country-ET = इथियोपिया
country-GH = घाना
country-GN = गिनी
country-GT = ग्वाटेमाला
country-HN = होंडुरास
country-HT = हैती
country-IN = भारत
country-IQ = इराक़
country-IR = ईरान
country-LK = श्रीलंका
country-MX = मेक्सिको
country-NG = नाइजीरिया
country-NI = निकारागुआ
country-NP = नेपाल
country-PA = पनामा
country-PE = पेरू
country-PK = पाकिस्तान
country-SN = सेनेगल
country-SO = सोमालिया
country-SV = अल सल्वाडोर
country-SY = सीरिया
country-UZ = उज़्बेकिस्तान
country-VE = वेनेज़ुएला
country-YE = यमन

## Faro की सोलह भाषाओं के अलावा दूसरी भाषाएँ ("कोई दूसरी भाषा" के लिए)

language-wo = वोलोफ़
language-pa = पंजाबी
language-ta = तमिल
language-si = सिंहली
language-om = ओरोमो
language-sw = स्वाहिली
language-ln = लिंगाला
language-ff = फ़ुला
language-ru = रूसी
language-uz = उज़्बेक
language-tr = तुर्की
language-ku = कुर्दी

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = स्रोत:
topic-source-checked = { $date } को जाँचा गया
# Shown under the language's name on the picker when it says more than the name.
language-readers = हिन्दी
