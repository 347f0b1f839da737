### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = दोभाषे { $label }
relay-role-interpreter-unnamed = दोभाषे
relay-role-person = व्यक्ति ({ $reference })
relay-started-person = { $role } ले तपाईंको अनुरोध { $reference } स्वीकार गर्नुभयो। अब तपाईंहरू यहीँ कुरा गर्न सक्नुहुन्छ: लेख्नुहोस् वा भ्वाइस सन्देश पठाउनुहोस्, Faro ले त्यो पुर्‍याइदिन्छ। उहाँले तपाईंको नाम, नम्बर वा खाता देख्नुहुन्न, र तपाईंले पनि उहाँको देख्नुहुन्न। अन्त्य गर्न /end पठाउनुहोस्।
relay-started-interpreter = अब तपाईं अनुरोध { $reference } ({ $language }) को व्यक्तिसँग जोडिनुभएको छ। तपाईंले यहाँ लेखेको वा रेकर्ड गरेको कुरा उहाँलाई “{ $role }” नामबाट पुग्छ; उहाँले तपाईंको नाम, नम्बर वा खाता देख्नुहुन्न। अन्त्य गर्न /end पठाउनुहोस्।
relay-label-hint = कुनै नामसँग देखिन /label र नाम पठाउनुहोस्, जस्तै: /label Marie
relay-ended-you = कुराकानी सकियो। धन्यवाद।
relay-ended-other = { $role } ले कुराकानी अन्त्य गर्नुभयो।
relay-ended-neutral = अनुरोध { $reference } को कुराकानी सकियो।
relay-none = तपाईं अहिले कुनै दोभाषेसँग कुराकानीमा हुनुहुन्न।
relay-only-text-voice = यो कुराकानीमा लेखिएको सन्देश र भ्वाइस सन्देश मात्र पुर्‍याइन्छ।
relay-busy = धेरै सन्देशहरू पहिल्यै पुर्‍याइने पालो पर्खिरहेका छन्। एकछिन पर्खनुहोस्, अनि यो सन्देश फेरि पठाउनुहोस्।
relay-outside-window = यो सन्देश पुर्‍याइएन: अर्को पक्षले २४ घण्टाभन्दा बढी समयदेखि यहाँ केही लेखेको छैन, र उहाँले फेरि नलेखेसम्म WhatsApp ले Faro लाई उहाँलाई लेख्न दिँदैन।
relay-unreachable = यो सन्देश पुर्‍याइएन: अहिले अर्को पक्षसम्म पुग्न सकिँदैन। केही बेरपछि फेरि प्रयास गर्नुहोस्।
relay-label-set = Faro मार्फत तपाईंसँग कुरा गर्नेहरूले तपाईंलाई “{ $role }” का रूपमा देख्नेछन्।
relay-label-bad = नाम १ देखि ३० अक्षरको हुनुपर्छ, अङ्क, @ वा लिङ्क बिना। जस्तै: /label Marie
relay-available = तपाईं उपलब्ध हुनुहुन्छ: तपाईंका भाषामा नयाँ अनुरोध आएमा तपाईंलाई जानकारी दिइनेछ।
relay-away = तपाईं अनुपलब्ध हुनुहुन्छ: तपाईंले /available नपठाएसम्म नयाँ अनुरोधको जानकारी दिइने छैन।
relay-escalated = अहिलेसम्म कुनै दोभाषेले तपाईंको अनुरोध { $reference } स्वीकार गर्नुभएको छैन। आश्रयस्थलका कर्मचारीले अब आफ्नो सूचीमा कसैले जवाफ नदिएको देख्नुहुन्छ। तपाईंको अनुरोध खुला रहन्छ: कुनै दोभाषेले स्वीकार गर्नेबित्तिकै तपाईंले यहाँ सन्देश पाउनुहुनेछ। तपाईं आश्रयस्थलको स्वागत कक्षमा पनि सोध्न सक्नुहुन्छ।
relay-escalated-remote = अहिलेसम्म कुनै दोभाषेले तपाईंको अनुरोध { $reference } स्वीकार गर्नुभएको छैन। Faro का संयोजकहरूले अब आफ्नो सूचीमा कसैले जवाफ नदिएको देख्नुहुन्छ। तपाईंको अनुरोध खुला रहन्छ: कुनै दोभाषेले स्वीकार गर्नेबित्तिकै तपाईंले यहाँ सन्देश पाउनुहुनेछ।
relay-status-waiting = तपाईंको अनुरोध { $reference } दोभाषेको प्रतीक्षामा छ। तपाईंले { $minutes ->
    [one] एक मिनेट
   *[other] { $minutes } मिनेट
} पर्खिसक्नुभयो।
relay-status-accepted = एक दोभाषेले { $minutes ->
    [one] एक मिनेट
   *[other] { $minutes } मिनेट
} पछि तपाईंको अनुरोध { $reference } स्वीकार गर्नुभयो।
relay-status-talking = तपाईं अनुरोध { $reference } बारे { $role } सँग कुरा गर्दै हुनुहुन्छ। यहाँ लेख्नुहोस् वा भ्वाइस सन्देश पठाउनुहोस्; अन्त्य गर्न /end पठाउनुहोस्।
relay-status-ended = तपाईंको अनुरोध { $reference } बारेको कुराकानी सकियो।

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = तपाईं उपलब्ध रहुन्जेल, नयाँ अनुरोधहरूको जानकारी तपाईंलाई { $hours } (समय क्षेत्र { $zone }) दिइनेछ। /hours off ले यी समय हटाउँछ।
relay-hours-off = तपाईंको समय हटाइयो: तपाईं उपलब्ध हुँदा जहिले पनि नयाँ अनुरोधहरूको जानकारी दिइनेछ (/available, /away)।
relay-hours-usage = दिन र समय पठाउनुहोस्, र आश्रयस्थलको भन्दा फरक भए आफ्नो समय क्षेत्र पनि, उदाहरणका लागि: /hours mon-fri 09:00-17:00 वा /hours sat,sun 10:00-14:00 America/Guatemala। दिन: mon tue wed thu fri sat sun (सोमबारदेखि आइतबारसम्म)। /hours off ले तपाईंको समय हटाउँछ।

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = अहिले खुला कुराकानीहरू: { $references }। तपाईंले लेखेको { $reference } मा जान्छ, जुन सबैभन्दा नयाँ हो। अर्कोमा लेख्न /to र त्यसको सन्दर्भ पठाउनुहोस्, उदाहरणका लागि: /to { $other }
relay-to-set = अब तपाईंले लेखेको अनुरोध { $reference } को व्यक्तिलाई जान्छ।
relay-to-unknown = यो तपाईंको खुला कुराकानीहरूमध्ये एक होइन। अहिले खुला: { $references }। /to र तीमध्ये एउटा पठाउनुहोस्।

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = आश्रयस्थलका कर्मचारी
relay-staff-linked = तपाईंको टेलिग्राम अब कर्मचारी खाता { $name } सँग जोडिएको छ। आफ्नो आश्रयस्थलको कुनै अनुरोधको कुराकानीमा सामेल हुन /join र त्यसको सन्दर्भ पठाउनुहोस्, उदाहरणका लागि: /join K7P4QM
relay-joined-you = तपाईं अनुरोध { $reference } को कुराकानीमा सामेल हुनुभयो। अरूले तपाईंलाई “{ $role }” का रूपमा देख्छन्: तपाईंले यहाँ लेखेको वा रेकर्ड गरेको दुवैकहाँ पुग्छ। /end ले सबैका लागि कुराकानी अन्त्य गर्छ।
relay-joined-other = { $role } यो कुराकानीमा सामेल हुनुभयो: अब तपाईंले लेखेको उहाँकहाँ पनि पुग्छ।
relay-join-failed = यो सन्दर्भसँग तपाईं सामेल हुन सक्ने कुनै चलिरहेको कुराकानी छैन।
