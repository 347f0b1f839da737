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
