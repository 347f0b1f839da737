### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = तपाईंले दोभाषे माग्न सुरु गर्नुभएको थियो। तपाईं रोकिनुभएको प्रश्न यही हो; तपाईंका जवाफहरू राखिएका छन्।
# A voice note: the bot cannot listen to it.
bot-voice-note = म भ्वाइस म्यासेज सुन्न सक्दिनँ। तपाईंको भाषा बोल्ने दोभाषेले मद्दत गर्न सक्नुहुन्छ: तलको बटन थिच्नुहोस्। धेरै पानाहरू ठूलो स्वरमा पढेर सुनाउन पनि सकिन्छ: कुनै विषय खोल्नुहोस्।
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = तपाईंले अरू कसैको सन्देश फर्वार्ड गर्नुभयो। यदि त्यसमा यात्रा, काम वा कागजपत्रको प्रस्ताव छ भने, कसैलाई पैसा तिर्नुअघि यी संकेतहरूसँग जाँच्नुहोस्:
bot-forwarded-other = तपाईंले अरू कसैको सन्देश फर्वार्ड गर्नुभयो। यसको विषयका पानाहरू यहाँ छन्। यदि यसले यात्रा, काम वा कागजपत्रको प्रस्ताव गर्छ भने, कसैलाई पैसा तिर्नुअघि तलको “{ $page }” पढ्नुहोस्।
