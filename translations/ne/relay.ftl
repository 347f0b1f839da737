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
