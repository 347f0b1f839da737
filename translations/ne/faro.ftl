### Faro — UI strings (Nepali (नेपाली))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = यात्रामा रहेका मानिसहरूका लागि जानकारी, तपाईंकै भाषामा।
privacy-note = Faro ले कुनै कुकी (cookie) प्रयोग गर्दैन, र तपाईंले यहाँ के पढ्नुहुन्छ भन्ने कुरा रेकर्ड गर्दैन।

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = यो पाठ अझै { $requested } मा उपलब्ध छैन। यसलाई { $shown } मा देखाइएको छ।
notice-machine = यो पाठ मेसिनले अनुवाद गरेको हो, र कुनै व्यक्तिले अझै जाँचेको छैन।
notice-demo = यो नमुना विवरण हो, पुष्टि गरिएको छैन। यसमा भर नपर्नुहोस्।
badge-demo = नमुना
# $date is a date such as 2026-11-20.
notice-last-verified = पछिल्लो पटक जाँचिएको: { $date }

## Navigation

nav-home = गृहपृष्ठ
nav-topics = जानकारी
nav-directory = सहयोग गर्ने ठाउँहरू
nav-consulates = वाणिज्य दूतावासहरू
nav-emergency = आपतकालीन
nav-language = भाषा
nav-start-over = फेरि सुरु गर्नुहोस्
nav-back = पछाडि
nav-next = अर्को
nav-whole-topic = 📄 पूरै विषय, राख्नका लागि
nav-web-page = 🌐 वेबमा खोल्नुहोस्
nav-menu = मेनु

## Language picker

picker-title = आफ्नो भाषा छान्नुहोस्
picker-hint = आफ्नो भाषामा छुनुहोस्।

## Home page and topics

home-title = तपाईं के जान्न चाहनुहुन्छ?
topics-title = जानकारी
topic-open = पढ्नुहोस्
# $current and $total are numbers: "Part 2 of 5".
topic-part = { $total } मध्ये भाग { $current }

## Directory

directory-title = सहयोग गर्ने ठाउँहरू
directory-intro = यस क्षेत्रका आश्रयस्थलहरू, कानुनी सहायता, स्वास्थ्य सेवा र कार्यालयहरू।
directory-filter-country = देश
directory-filter-city = सहर
directory-filter-kind = ठाउँको प्रकार
directory-filter-service = सेवा
directory-filter-any = सबै
directory-filter-apply = देखाउनुहोस्
directory-near = तपाईंको सबैभन्दा नजिकको पहिले
# $count is the number of places found.
directory-count = { $count ->
    [0] कुनै ठाउँ भेटिएन।
    [one] एउटा ठाउँ भेटियो।
   *[other] { $count } वटा ठाउँ भेटिए।
}
directory-empty = हाम्रो सूचीमा कुनै ठाउँ मेल खाएन। कम फिल्टर राखेर फेरि हेर्नुहोस्।
directory-choose = त्यहाँका ठाउँहरू हेर्न एउटा देश छान्नुहोस्, वा सबैभन्दा नजिकका ठाउँहरू पहिले हेर्न आफ्नो स्थान साझा गर्नुहोस्।
directory-use-location = मेरो स्थान प्रयोग गर्नुहोस्
directory-location-failed = तपाईंको स्थान पत्ता लगाउन सकिएन। बरु एउटा देश छान्नुहोस्।
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } किमी टाढा
entry-address = ठेगाना
entry-hours = खुल्ने समय
weekday-mon = सोमबार
weekday-tue = मङ्गलबार
weekday-wed = बुधबार
weekday-thu = बिहीबार
weekday-fri = शुक्रबार
weekday-sat = शनिबार
weekday-sun = आइतबार
hours-every-day = हरेक दिन
hours-all-day = २४ घण्टा
hours-day-range = { $first } देखि { $last } सम्म
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = फोन
# $number is a phone number.
entry-call = { $number } मा फोन गर्नुहोस्
entry-website = वेबसाइट
entry-languages = बोलिने भाषाहरू
entry-services = सेवाहरू
entry-procedures = उनीहरूले तपाईंका लागि के गर्न सक्छन्
# $country is a country name.
entry-represents = { $country } को प्रतिनिधित्व गर्छ
entry-nationwide = पूरै देश

kind-shelter = आश्रयस्थल
kind-consulate = वाणिज्य दूतावास
kind-embassy = दूतावास
kind-hotline = आपतकालीन लाइन
kind-legal_aid = कानुनी सहायता
kind-health = स्वास्थ्य सेवा
kind-agency = सरकारी कार्यालय वा निकाय

service-shelter = सुत्ने ठाउँ
service-food = खाना
service-legal_aid = कानुनी सहायता
service-health = स्वास्थ्य सेवा
service-documents = कागजात
service-asylum = शरण
service-psychosocial = भावनात्मक सहयोग
service-children = बालबालिका
service-women = महिला
service-interpreting = दोभाषे
service-emergency = आपतकाल
service-family_tracing = परिवार खोज्ने
service-return = घर फर्कने
service-information = जानकारी
service-complaints = उजुरी

procedure-passport = राहदानी (पासपोर्ट)
procedure-travel_document = यात्रा कागजात
procedure-identity_certification = पहिचानको प्रमाण
procedure-consular_registration = वाणिज्य दूतावासमा दर्ता
procedure-repatriation = घर फर्कन सहयोग

## Consulates

consulates-title = वाणिज्य दूतावास र दूतावासहरू
consulates-choose = तपाईं कुन देशको वाणिज्य दूतावास खोज्दै हुनुहुन्छ?
# $country is a country name.
consulates-for = { $country } का वाणिज्य दूतावास र दूतावासहरू
consulates-none = हाम्रो सूचीमा अझै { $country } को कुनै वाणिज्य दूतावास वा दूतावास छैन।
consulates-voluntary = आफ्नो वाणिज्य दूतावाससँग सम्पर्क गर्ने कि नगर्ने, त्यो तपाईंकै निर्णय हो। तपाईंलाई आफ्नै देशको सरकारसँग डर छ भने, सम्पर्क नगर्नुहोस्। बरु शरणबारे UNHCR (ACNUR) लाई सोध्नुहोस्।

## Emergency

emergency-title = आपतकालीन नम्बरहरू
emergency-intro = यी नम्बरहरूमा फोन गर्दा पैसा लाग्दैन। तपाईं कहाँ हुनुहुन्छ, के भयो र कति जनालाई सहयोग चाहिन्छ, त्यो भन्नुहोस्।
# $number is a short number such as 911.
emergency-dial = { $number } डायल गर्नुहोस्

## QR codes

qr-phone = यो पृष्ठ आफूसँगै लैजानुहोस्: आफ्नो फोनले स्क्यान गर्नुहोस्।
qr-telegram = Telegram मा आफ्नै भाषामा जारी राख्नुहोस्।
qr-whatsapp = WhatsApp मा आफ्नै भाषामा जारी राख्नुहोस्।

## Kiosk

# $seconds is a number.
kiosk-idle-notice = तपाईंको गोपनीयता जोगाउन, { $seconds ->
    [one] एक सेकेन्ड
   *[other] { $seconds } सेकेन्ड
} सम्म कसैले नचलाएमा यो स्क्रिन सुरुमा फर्कन्छ।
# $shelter is the name of the shelter.
kiosk-at-shelter = तपाईं { $shelter } मा हुनुहुन्छ।
kiosk-interpreter = दोभाषे माग्नुहोस्

## Campaigns

campaign-label = महत्त्वपूर्ण

## Errors

error-not-found-title = पृष्ठ भेटिएन
error-not-found = हामीले यो पृष्ठ भेट्टाउन सकेनौं। सुरुमा फर्केर फेरि प्रयास गर्नुहोस्।
error-topic-not-found = यो विषय छैन। हामीसँग भएका विषयहरू यहाँ छन्।
error-language-not-found = यो भाषा उपलब्ध छैन। यीमध्ये एउटा भाषा छान्नुहोस्।
error-kiosk-title = यो स्क्रिन सेटअप गरिएको छैन
error-kiosk = यो स्क्रिनको ठेगानाले Faro ले नचिनेको आश्रयस्थल देखाउँछ: { $id }। कृपया कर्मचारीलाई भन्नुहोस्। यसलाई मिलाउन, ठेगाना /k/ र त्यसपछि Faro को ठाउँहरूको सूचीमा भएको कुनै आश्रयस्थलको आईडी हुनुपर्छ।
error-kiosk-choose = यो स्क्रिन अझै सेटअप गरिएको छैन: कृपया कर्मचारीलाई भन्नुहोस्। तपाईं अझै पनि आफ्नो भाषामा जानकारी पढ्न सक्नुहुन्छ।
error-bad-request-title = केही कुरा मिलेन
error-bad-request = ठेगानामा भएका केही छनोटहरू बुझ्न सकिएन। कृपया मेनुबाट फेरि प्रयास गर्नुहोस्।
error-bad-location = स्थान पढ्न सकिएन। अक्षांश (latitude) र देशान्तर (longitude) लाई दुईवटा अङ्कका रूपमा दिनुहोस्।
error-server-title = केही गडबड भयो
error-server = हाम्रो तर्फबाट केही गडबड भयो। कृपया केही बेरपछि फेरि प्रयास गर्नुहोस्।

## Telegram bot

bot-welcome = Faro मा स्वागत छ। यहाँ तपाईं आफ्नै भाषामा बाटोका जोखिमहरू, शरण, तपाईंका अधिकारहरू र सहयोग कहाँ पाइन्छ भन्नेबारे पढ्न सक्नुहुन्छ।
bot-choose-language = आफ्नो भाषा छान्नुहोस्:
# $language is a language name in that language.
bot-language-detected = तपाईं { $language } मा लेख्दै हुनुहुन्छ जस्तो देखिन्छ। के हामी { $language } मै जारी राखौं?
bot-language-yes = हो, जारी राख्नुहोस्
bot-language-other = अर्को भाषा छान्नुहोस्
bot-language-set = अब Faro ले { $language } मा कुरा गर्नेछ।
menu-title = तपाईंलाई के चाहिन्छ?
menu-emergency = आपतकालीन नम्बरहरू
menu-topics = जानकारी
menu-near-me = मेरो नजिकको सहयोग
menu-consulate = मेरो देशको वाणिज्य दूतावास
menu-interpreter = मलाई दोभाषे चाहिन्छ
menu-alerts-on = सूचनाहरू सुरु गर्नुहोस्
menu-alerts-off = सूचनाहरू बन्द गर्नुहोस्
menu-language = भाषा बदल्नुहोस्
menu-forget = मेरो डाटा मेटाउनुहोस्
menu-help = सहायता
bot-help = बटनहरू थिचेर अघि बढ्नुहोस्। आदेशहरू:
    /start — फेरि सुरु गर्नुहोस्
    /language — भाषा बदल्नुहोस्
    /help — यो सहायता
    /forget — Faro ले तपाईंबारे राखेको सबै कुरा मेटाउनुहोस्
    /stop — Faro का सबै सन्देशहरू रोक्नुहोस्
bot-topics = एउटा विषय छान्नुहोस्:
bot-near-me-ask = सहयोग गर्ने नजिकका ठाउँहरू हेर्न आफ्नो स्थान (लोकेसन) पठाउनुहोस्। तपाईंको स्थान यही जवाफका लागि मात्र प्रयोग हुन्छ, र यसलाई राखिँदैन।
bot-near-me-button = मेरो स्थान पठाउनुहोस्
bot-near-me-results = तपाईंको सबैभन्दा नजिकका ठाउँहरू:
bot-near-me-none = हाम्रो सूचीमा अझै तपाईंको नजिक कुनै ठाउँ छैन।
bot-consulate-ask = तपाईं कुन देशबाट हुनुहुन्छ? त्यस देशका वाणिज्य दूतावास र दूतावासहरू हेर्न छान्नुहोस्।
bot-search-results = यी विषयहरूले तपाईंलाई सहयोग गर्न सक्छन्:
bot-search-none = मैले त्यसबारे केही भेट्टाइनँ। मेनु यहाँ छ।
bot-non-text = म लेखिएको सन्देश मात्र पढ्न सक्छु। कृपया सन्देश लेख्नुहोस् वा बटनहरू थिच्नुहोस्।
bot-alerts-on = सूचनाहरू सुरु भए। तपाईंले महत्त्वपूर्ण सन्देशहरू पाउनुहुनेछ। बन्द गर्न /stop पठाउनुहोस्।
bot-alerts-off = सूचनाहरू बन्द भए।
bot-stopped = Faro ले अब तपाईंलाई कुनै सन्देश पठाउने छैन। फेरि सुरु गर्न चाहनुहुन्छ भने /start पठाउनुहोस्।
bot-forget-confirm = यसले Faro ले तपाईंबारे राखेको सबै कुरा मेटाउँछ: तपाईंको भाषा, तपाईंका सूचनाहरू र दोभाषेका लागि गरिएको कुनै पनि अनुरोध। के तपाईं पक्का हुनुहुन्छ?
bot-forget-yes = हो, मेटाउनुहोस्
bot-forget-cancel = होइन, राख्नुहोस्
bot-forget-done = भयो। Faro ले तपाईंबारे राखेको सबै कुरा मेटाइयो।
bot-private-only = Faro ले निजी च्याटमा मात्र जवाफ दिन्छ। यसलाई प्रयोग गर्न बटसँग छुट्टै च्याट खोल्नुहोस्।
bot-error = हाम्रो तर्फबाट केही गडबड भयो। कृपया फेरि प्रयास गर्नुहोस्।
# Under every campaign message the bot sends.
campaign-stop-hint = तपाईंले सूचनाहरू सुरु गर्नुभएकाले यो सन्देश पाउनुभएको हो। बन्द गर्न /stop पठाउनुहोस्।

## Countries (origin and consulates)

country-AF = अफगानिस्तान
country-AO = अङ्गोला
country-BD = बङ्गलादेश
country-BR = ब्राजिल
country-BZ = बेलिज
country-CD = प्रजातान्त्रिक गणतन्त्र कङ्गो
country-CL = चिली
country-CM = क्यामरुन
country-CN = चीन
country-CO = कोलम्बिया
country-CR = कोस्टा रिका
country-CU = क्युबा
country-DO = डोमिनिकन गणतन्त्र
country-EC = इक्वेडर
country-ER = इरिट्रिया
country-ET = इथियोपिया
country-GH = घाना
country-GN = गिनी
country-GT = ग्वाटेमाला
country-HN = होन्डुरस
country-HT = हाइटी
country-IN = भारत
country-IQ = इराक
country-IR = इरान
country-LK = श्रीलङ्का
country-MX = मेक्सिको
country-NG = नाइजेरिया
country-NI = निकारागुआ
country-NP = नेपाल
country-PA = पानामा
country-PE = पेरु
country-PK = पाकिस्तान
country-SN = सेनेगल
country-SO = सोमालिया
country-SV = एल साल्भाडोर
country-SY = सिरिया
country-UZ = उज्बेकिस्तान
country-VE = भेनेजुएला
country-YE = यमन

## Languages beyond Faro's sixteen (for "Another language")

language-wo = वोलोफ
language-pa = पञ्जाबी
language-ta = तमिल
language-si = सिंहली
language-om = ओरोमो
language-sw = स्वाहिली
language-ln = लिङ्गाला
language-ff = फुला
language-ru = रुसी
language-uz = उज्बेक
language-tr = टर्किस
language-ku = कुर्दी

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = स्रोत:
topic-source-checked = { $date } मा जाँच गरिएको
# Shown under the language's name on the picker when it says more than the name.
language-readers = नेपाली
