### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = सुरु गर्नुअघि
# $days is the number of days the answers are kept.
consent-text = तपाईंको भाषा बोल्ने दोभाषे खोज्न, हामी तपाईं कहाँबाट हुनुहुन्छ र कुन-कुन भाषा बोल्नुहुन्छ भनेर सोध्नेछौं। जवाफ दिने कि नदिने, त्यो तपाईंको इच्छा हो। हरेक प्रश्नमा "भन्न चाहन्नँ" भन्ने विकल्प छ। हामी तपाईंको नाम, कागजात वा फोन नम्बर कहिल्यै सोध्दैनौं। तपाईंका जवाफहरू { $days ->
    [one] एक दिन
   *[other] { $days } दिन
}पछि मेटाइन्छन्, र "मेरो डाटा मेटाउनुहोस्" थिचेर तपाईं जुनसुकै बेला पनि तिनलाई मेटाउन सक्नुहुन्छ।
consent-accept = म सहमत छु
consent-decline = होइन, धन्यवाद
consent-declined = ठीक छ। तपाईं अझै पनि Faro का सबै जानकारी प्रयोग गर्न सक्नुहुन्छ।
intake-origin = तपाईं कुन देशबाट हुनुहुन्छ?
intake-prefer-not = भन्न चाहन्नँ
intake-languages = तपाईं कुन-कुन भाषा बोल्नुहुन्छ? एक वा बढी छान्नुहोस्, अनि "भयो" थिच्नुहोस्।
intake-language-other = अर्को भाषा
intake-done = भयो
intake-where = तपाईं अहिले कहाँ हुनुहुन्छ?
intake-skip = छोड्नुहोस्
intake-share-origin = तपाईं कुन देशबाट हुनुहुन्छ भनेर दोभाषेलाई थाहा दिन हुन्छ?
intake-share-yes = हुन्छ
intake-share-no = हुँदैन
# $reference is a short code such as K7M2Q.
intake-created = तपाईंको अनुरोध दर्ता भयो। तपाईंको सन्दर्भ कोड { $reference } हो। हामी तपाईंको भाषा बोल्ने दोभाषे खोज्दैछौं।
intake-reference-qr = Telegram मा आफ्नो अनुरोधको अवस्था हेर्न स्क्यान गर्नुहोस्।
intake-accepted = एक जना दोभाषेले तपाईंको अनुरोध { $reference } स्वीकार गर्नुभएको छ। उहाँले आश्रयस्थलका कर्मचारीमार्फत वा यहीँ तपाईंलाई सम्पर्क गर्नुहुनेछ।
intake-waiting = अहिले कुनै दोभाषे खाली हुनुहुन्न। तपाईंको अनुरोध { $reference } पालो पर्खिरहेको छ, र आश्रयस्थलका कर्मचारीले यसलाई देख्न सक्छन्।
intake-delete = मेरो डाटा मेटाउनुहोस्
intake-deleted = तपाईंको डाटा मेटाइयो।
intake-unknown-reference = हामीले त्यो अनुरोध फेला पारेनौं। यो मेटाइएको, सकिएको वा म्याद नाघेको हुन सक्छ।
interpreter-new-request = नयाँ अनुरोध { $reference }: { $language }, { $place } मा।
interpreter-accept = स्वीकार गर्नुहोस्
interpreter-new-requests = पर्खिरहेका नयाँ अनुरोधहरू: { $count }
interpreter-accept-reference = स्वीकार गर्नुहोस् { $reference }
interpreter-accepted = तपाईंले अनुरोध { $reference } स्वीकार गर्नुभयो।
interpreter-taken = अर्का दोभाषेले यो अनुरोध पहिल्यै स्वीकार गरिसक्नुभएको छ।
interpreter-linked = तपाईंको Telegram खाता अब दोभाषे { $name } को रूपमा जोडिएको छ।
interpreter-remote = टाढाबाट (अनलाइन)
interpreter-link-failed = यो लिङ्क कोड चिनिएन वा पहिल्यै प्रयोग भइसकेको छ। संयोजकसँग नयाँ कोड माग्नुहोस्।
interpreter-not-registered = दर्ता भएका दोभाषेहरूले मात्र अनुरोध स्वीकार गर्न सक्नुहुन्छ।
# $country is a country name.
interpreter-origin = मूल देश: { $country }

intake-expired-title = यो पृष्ठको म्याद सकिएको छ
intake-expired = तपाईंको गोपनीयताको सुरक्षाका लागि, यी प्रश्नहरूको जवाफ यही स्क्रिनमा र छोटो समयका लागि मात्र दिन सकिन्छ। केही पनि सुरक्षित गरिएको छैन। कृपया फेरि सुरु गर्नुहोस्।
intake-invalid = केही जवाफहरू बुझ्न सकिएन। केही पनि सुरक्षित गरिएको छैन। कृपया फेरि सुरु गर्नुहोस्।
intake-languages-count = कम्तीमा एउटा भाषा र बढीमा { $max } भाषा छान्नुहोस्।
intake-used-title = यो पृष्ठ पहिले नै प्रयोग भइसकेको छ
intake-used = तपाईंको गोपनीयताको सुरक्षाका लागि, यी प्रश्नहरूको प्रत्येक पृष्ठ एक पटक मात्र पठाउन सकिन्छ, र सन्दर्भ नम्बर एक पटक मात्र देखाइन्छ। थप केही पनि सुरक्षित गरिएको छैन। दोभाषे चाहिएमा कृपया फेरि सुरु गर्नुहोस्।
intake-busy-title = कृपया अलिकति पर्खनुहोस्
intake-busy = केही बेरअघि यहाँबाट धेरै अनुरोधहरू गरिए, त्यसैले यो स्क्रिनले अहिले अर्को अनुरोध लिन सक्दैन। कृपया पछि फेरि प्रयास गर्नुहोस्, वा रिसेप्सनमा कर्मचारीलाई सोध्नुहोस्।
