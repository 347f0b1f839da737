### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = दुभाषिया { $label }
relay-role-interpreter-unnamed = दुभाषिया
relay-role-person = व्यक्ति ({ $reference })
relay-started-person = { $role } ने आपकी माँग { $reference } स्वीकार कर ली है। अब आप यहीं बात कर सकते हैं: लिखिए या वॉइस मैसेज भेजिए, Faro उसे आगे पहुँचा देगा। वे आपका नाम, नंबर या खाता नहीं देखते, और आप भी उनका नहीं देखते। ख़त्म करने के लिए /end भेजिए।
relay-started-interpreter = अब आप माँग { $reference } ({ $language }) वाले व्यक्ति से जुड़ गए हैं। आप यहाँ जो लिखेंगे या रिकॉर्ड करेंगे, वह उन्हें “{ $role }” के नाम से पहुँचेगा; वे आपका नाम, नंबर या खाता नहीं देखते। ख़त्म करने के लिए /end भेजिए।
relay-label-hint = किसी नाम के साथ दिखने के लिए /label और नाम भेजिए, जैसे: /label Marie
relay-ended-you = बातचीत ख़त्म हो गई। धन्यवाद।
relay-ended-other = { $role } ने बातचीत ख़त्म कर दी।
relay-ended-neutral = माँग { $reference } की बातचीत ख़त्म हो गई।
relay-none = अभी आप किसी दुभाषिये से बातचीत में नहीं हैं।
relay-only-text-voice = इस बातचीत में सिर्फ़ लिखे संदेश और वॉइस मैसेज ही आगे भेजे जाते हैं।
relay-busy = बहुत से संदेश पहले से आगे पहुँचने का इंतज़ार कर रहे हैं। थोड़ा रुकिए, फिर यह संदेश दोबारा भेजिए।
relay-outside-window = यह संदेश आगे नहीं पहुँचाया गया: दूसरी ओर के व्यक्ति ने 24 घंटे से ज़्यादा समय से यहाँ कुछ नहीं लिखा है, और WhatsApp, Faro को उन्हें तभी लिखने देता है जब वे फिर से लिखें।
relay-unreachable = यह संदेश आगे नहीं पहुँचाया गया: अभी दूसरी ओर के व्यक्ति तक नहीं पहुँचा जा सकता। थोड़ी देर बाद फिर कोशिश करें।
relay-label-set = Faro के ज़रिए जिनसे आप बात करते हैं, वे आपको “{ $role }” के रूप में देखेंगे।
relay-label-bad = नाम 1 से 30 अक्षरों का हो, बिना अंकों, @ या लिंक के। जैसे: /label Marie
relay-available = आप उपलब्ध हैं: आपकी भाषाओं में नई माँगों की सूचना आपको दी जाएगी।
relay-away = आप अनुपलब्ध हैं: जब तक आप /available नहीं भेजते, नई माँगों की सूचना नहीं दी जाएगी।
relay-escalated = अब तक किसी दुभाषिये ने आपकी माँग { $reference } स्वीकार नहीं की है। आश्रय-स्थल के कर्मचारी अब अपनी सूची में देख रहे हैं कि किसी ने जवाब नहीं दिया। आपकी माँग खुली रहेगी: जैसे ही कोई दुभाषिया इसे स्वीकार करेगा, आपको यहाँ संदेश मिलेगा। आप आश्रय-स्थल के रिसेप्शन पर भी पूछ सकते हैं।
relay-escalated-remote = अब तक किसी दुभाषिये ने आपकी माँग { $reference } स्वीकार नहीं की है। Faro के समन्वयक अब अपनी सूची में देख रहे हैं कि किसी ने जवाब नहीं दिया। आपकी माँग खुली रहेगी: जैसे ही कोई दुभाषिया इसे स्वीकार करेगा, आपको यहाँ संदेश मिलेगा।
relay-status-waiting = आपकी माँग { $reference } किसी दुभाषिये का इंतज़ार कर रही है। आप { $minutes ->
    [one] एक मिनट
   *[other] { $minutes } मिनट
} से इंतज़ार कर रहे हैं।
relay-status-accepted = एक दुभाषिये ने आपकी माँग { $reference } { $minutes ->
    [one] एक मिनट
   *[other] { $minutes } मिनट
} बाद स्वीकार की।
relay-status-talking = आप माँग { $reference } के बारे में { $role } से बात कर रहे हैं। यहाँ लिखिए या वॉइस मैसेज भेजिए; ख़त्म करने के लिए /end भेजिए।
relay-status-ended = आपकी माँग { $reference } के बारे में बातचीत ख़त्म हो गई।

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = जब तक आप उपलब्ध हैं, आपको नए अनुरोधों की सूचना { $hours } (समय क्षेत्र { $zone }) दी जाएगी। /hours off ये समय हटा देता है।
relay-hours-off = आपके समय हटा दिए गए: जब भी आप उपलब्ध होंगे, आपको नए अनुरोधों की सूचना दी जाएगी (/available, /away)।
relay-hours-usage = दिन और समय भेजें, और अपना समय क्षेत्र अगर वह आश्रय वाला नहीं है, उदाहरण के लिए: /hours mon-fri 09:00-17:00 या /hours sat,sun 10:00-14:00 America/Guatemala। दिन: mon tue wed thu fri sat sun (सोमवार से रविवार)। /hours off आपके समय हटा देता है।

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = अभी खुली बातचीत: { $references }। आप जो लिखते हैं वह { $reference } को जाता है, जो सबसे नई है। किसी दूसरी में लिखने के लिए /to और उसका संदर्भ भेजें, उदाहरण के लिए: /to { $other }
relay-to-set = अब आप जो लिखेंगे वह अनुरोध { $reference } वाले व्यक्ति को जाएगा।
relay-to-unknown = यह आपकी खुली बातचीत में से नहीं है। अभी खुली: { $references }। /to और इनमें से एक भेजें।

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = आश्रय के कर्मचारी
relay-staff-linked = आपका टेलीग्राम अब कर्मचारी खाते { $name } से जुड़ गया है। अपने आश्रय के किसी अनुरोध की बातचीत में शामिल होने के लिए /join और उसका संदर्भ भेजें, उदाहरण के लिए: /join K7P4QM
relay-joined-you = आप अनुरोध { $reference } की बातचीत में शामिल हो गए। बाकी लोग आपको “{ $role }” के रूप में देखते हैं: आप यहाँ जो लिखते या रिकॉर्ड करते हैं वह दोनों तक पहुँचता है। /end सबके लिए बातचीत समाप्त कर देता है।
relay-joined-other = { $role } इस बातचीत में शामिल हो गए: अब आप जो लिखेंगे वह उन तक भी पहुँचेगा।
relay-join-failed = इस संदर्भ वाली कोई चालू बातचीत नहीं है जिसमें आप शामिल हो सकें।
