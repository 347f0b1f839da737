### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = مخکې له دې چې پیل وکړو
# $days is the number of days the answers are kept.
consent-text = د داسې ژباړونکي د موندلو لپاره چې ستاسو په ژبه خبرې کوي، موږ به له تاسو وپوښتو چې له کوم ځای یاست او په کومو ژبو خبرې کوئ. ځواب ورکول ستاسو خپله خوښه ده. په هره پوښتنه کې "نه غواړم ووایم" شته. موږ هېڅکله ستاسو نوم، اسناد یا د تلیفون شمېره نه غواړو. ستاسو ځوابونه له { $days ->
    [one] یوې ورځې
   *[other] { $days } ورځو
} وروسته پاکېږي، او تاسو کولی شئ هر وخت یې د "زما معلومات پاک کړئ" په وسیله پاک کړئ.
consent-accept = زه موافق یم
consent-decline = نه، مننه
consent-declined = سمه ده. تاسو لا هم کولی شئ په Faro کې ټول معلومات وکاروئ.
intake-origin = تاسو د کوم هېواد یاست؟
intake-prefer-not = نه غواړم ووایم
intake-languages = په کومو ژبو خبرې کوئ؟ یوه یا څو ژبې وټاکئ، بیا پر "وشول" ټک وکړئ.
intake-language-other = بله ژبه
intake-done = وشول
intake-where = تاسو اوس چېرته یاست؟
intake-skip = تېر یې کړئ
intake-share-origin = ایا موافق یاست چې ژباړونکی پوه شي تاسو د کوم هېواد یاست؟
intake-share-yes = هو
intake-share-no = نه
# $reference is a short code such as K7M2Q.
intake-created = ستاسو غوښتنه ثبت شوه. ستاسو د غوښتنې کوډ { $reference } دی. موږ داسې ژباړونکی لټوو چې ستاسو په ژبه خبرې کوي.
intake-reference-qr = سکن یې کړئ ترڅو خپله غوښتنه په Telegram کې تعقیب کړئ.
intake-reference-qr-whatsapp = سکن یې کړئ ترڅو خپله غوښتنه په WhatsApp کې تعقیب کړئ.
intake-accepted = یوه ژباړونکي ستاسو غوښتنه { $reference } ومنله. هغوی به د استوګنځي د کارکوونکو له لارې یا دلته له تاسو سره اړیکه ونیسي.
intake-waiting = اوس مهال هېڅ ژباړونکی وزګار نه دی. ستاسو غوښتنه { $reference } په انتظار کې ده، او د استوګنځي کارکوونکي یې لیدلی شي.
intake-delete = زما معلومات پاک کړئ
intake-back = شاته
intake-origin-another = بل هېواد
intake-where-remote = دلته نه یم: ژباړونکی د ټیلیفون یا ویډیو له لارې
intake-waiting-remote = اوس مهال هېڅ ژباړونکی وزګار نه دی. ستاسو غوښتنه { $reference } په انتظار کې ده، او د Faro همغږي کوونکي یې لیدلی شي.
intake-next-desk = اوس څه وکړئ: د مېز کارکوونکو ته ورشئ او دا شمېره ورته وښایئ.
intake-next-phone = یا په خپل ټیلیفون کې دوام ورکړئ: لاندې کوډ سکن کړئ ترڅو خپله غوښتنه په Telegram کې تعقیب کړئ.
intake-next-phone-whatsapp = یا په خپل ټیلیفون کې دوام ورکړئ: لاندې کوډ سکن کړئ ترڅو خپله غوښتنه په WhatsApp کې تعقیب کړئ.
intake-next-phone-both = یا په خپل ټیلیفون کې دوام ورکړئ: له لاندې کوډونو څخه یو سکن کړئ ترڅو خپله غوښتنه په Telegram یا WhatsApp کې تعقیب کړئ.
intake-delete-intro = د خپلې ژباړونکي غوښتنې او ځوابونو د پاکولو لپاره، هغه لینک ته اړتیا لرئ چې ستاسو د تعقیب شمېرې په پاڼه کې په کوډ کې دی: هغه کوډ په خپل ټیلیفون سکن کړئ او لینک یې دلته ولګوئ. یوازې د تعقیب شمېره بسنه نه کوي، ترڅو هېڅوک چې هغه یې لیدلې وي ستاسو غوښتنه پاکه نه کړي. که مو کوډ په Telegram کې پرانیستی وي، د Faro په بوټ کې "زما معلومات پاک کړئ" همدا کار کوي.
intake-delete-code = د QR کوډ لینک یا رمز
intake-delete-done = که دا لینک یا رمز د یوې غوښتنې و، هغه غوښتنه او ستاسو ځوابونه اوس پاک شول. ستاسو د محرمیت د ساتلو لپاره، دا پاڼه په دواړو حالتونو کې یو شان ښکاري.
intake-unknown-reference = موږ دا غوښتنه ونه موندله. کېدای شي پاکه شوې وي، پای ته رسېدلې وي یا یې موده تېره شوې وي.
interpreter-new-request = نوې غوښتنه { $reference }: { $language }، په { $place } کې.
interpreter-accept = ومنئ
interpreter-new-requests = نوې غوښتنې چې انتظار باسي: { $count }
interpreter-accept-reference = ومنئ { $reference }
interpreter-accepted = تاسو غوښتنه { $reference } ومنله.
interpreter-taken = بل ژباړونکي دا غوښتنه مخکې منلې ده.
interpreter-linked = ستاسو د Telegram حساب اوس د ژباړونکي { $name } په توګه وصل شو.
interpreter-linked-whatsapp = ستاسو د WhatsApp شمېره اوس د ژباړونکي { $name } په توګه وصل شوه. WhatsApp Faro ته یوازې دلته ستاسو له وروستي پیغام وروسته تر ۲۴ ساعتونو پورې اجازه ورکوي چې تاسو ته آزادانه ولیکي؛ کله ناکله څه ولیکئ (د بېلګې په توګه ‎/available) چې نوې غوښتنې سمدستي درته ورسېږي.
interpreter-remote = له لرې
interpreter-link-failed = د وصلولو دا کوډ نه پېژندل کېږي یا مخکې کارول شوی دی. له همغږي کوونکي څخه نوی کوډ وغواړئ.
interpreter-not-registered = یوازې ثبت شوي ژباړونکي غوښتنې منلی شي.
# $country is a country name.
interpreter-origin = اصلي هېواد: { $country }

intake-expired-title = دا پاڼه نوره د اعتبار وړ نه ده
intake-expired = ستاسو د محرمیت د ساتنې لپاره، دې پوښتنو ته یوازې په همدې پرده او د لنډ وخت لپاره ځواب ورکولی شئ. هېڅ شی خوندي نه شو. مهرباني وکړئ بیا پیل کړئ.
intake-invalid = ځینې ځوابونه ونه پوهېدل شول. هېڅ شی خوندي نه شو. مهرباني وکړئ بیا پیل کړئ.
intake-languages-count = لږ تر لږه یوه ژبه او تر ټولو ډېر { $max } ژبې وټاکئ.
intake-used-title = دا پاڼه مخکې کارول شوې ده
intake-used = ستاسو د محرمیت د ساتلو لپاره، د دې پوښتنو هره پاڼه یوازې یو ځل لېږل کېدای شي، او د تعقیب شمېره یوازې یو ځل ښودل کېږي. نور هېڅ شی خوندي نه شو. که ژباړونکي ته اړتیا لرئ، مهرباني وکړئ بیا پیل وکړئ.
intake-busy-title = مهرباني وکړئ لږ صبر وکړئ
intake-busy = لږ وخت مخکې دلته ډېرې غوښتنې وشوې، نو دا پرده اوس بله غوښتنه نه شي منلای. مهرباني وکړئ وروسته بیا هڅه وکړئ، یا د استقبال له کارکوونکو وپوښتئ.
