### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = ترجمان { $label }
relay-role-interpreter-unnamed = ترجمان
relay-role-person = فرد ({ $reference })
relay-started-person = { $role } نے آپ کی درخواست { $reference } قبول کر لی ہے۔ اب آپ یہیں بات کر سکتے ہیں: لکھیں یا صوتی پیغام بھیجیں، Faro اسے آگے پہنچا دے گا۔ وہ آپ کا نام، نمبر یا اکاؤنٹ نہیں دیکھتے، اور آپ بھی ان کا نہیں دیکھتے۔ ختم کرنے کے لیے /end بھیجیں۔
relay-started-interpreter = اب آپ درخواست { $reference } ({ $language }) والے فرد سے جڑ گئے ہیں۔ آپ یہاں جو لکھیں یا ریکارڈ کریں وہ انہیں «{ $role }» کے نام سے پہنچے گا؛ وہ آپ کا نام، نمبر یا اکاؤنٹ نہیں دیکھتے۔ ختم کرنے کے لیے /end بھیجیں۔
relay-label-hint = کسی نام کے ساتھ دکھائی دینے کے لیے /label اور نام بھیجیں، مثلاً: /label Marie
relay-ended-you = بات چیت ختم ہو گئی۔ شکریہ۔
relay-ended-other = { $role } نے بات چیت ختم کر دی۔
relay-ended-neutral = درخواست { $reference } کی بات چیت ختم ہو گئی۔
relay-none = آپ اس وقت کسی ترجمان سے بات چیت میں نہیں ہیں۔
relay-only-text-voice = اس بات چیت میں صرف تحریر اور صوتی پیغام آگے پہنچائے جاتے ہیں۔
relay-busy = بہت سے پیغام پہلے ہی پہنچائے جانے کے انتظار میں ہیں۔ تھوڑا انتظار کریں، پھر یہ پیغام دوبارہ بھیجیں۔
relay-label-set = جن لوگوں سے آپ Faro کے ذریعے بات کرتے ہیں وہ آپ کو «{ $role }» کے طور پر دیکھیں گے۔
relay-label-bad = نام 1 سے 30 حروف کا ہو، بغیر ہندسوں، @ یا لنک کے۔ مثلاً: /label Marie
relay-available = آپ دستیاب ہیں: آپ کی زبانوں میں نئی درخواستوں کی اطلاع آپ کو دی جائے گی۔
relay-away = آپ غیر حاضر ہیں: جب تک آپ /available نہ بھیجیں، نئی درخواستوں کی اطلاع نہیں دی جائے گی۔
relay-escalated = ابھی تک کسی ترجمان نے آپ کی درخواست { $reference } قبول نہیں کی۔ شیلٹر کا عملہ اب اپنی فہرست میں دیکھ رہا ہے کہ کسی نے جواب نہیں دیا۔ آپ کی درخواست کھلی رہے گی: جیسے ہی کوئی ترجمان اسے قبول کرے گا، آپ کو یہاں پیغام ملے گا۔ آپ شیلٹر کے استقبالیہ پر بھی پوچھ سکتے ہیں۔
relay-escalated-remote = ابھی تک کسی ترجمان نے آپ کی درخواست { $reference } قبول نہیں کی۔ Faro کے رابطہ کار اب اپنی فہرست میں دیکھ رہے ہیں کہ کسی نے جواب نہیں دیا۔ آپ کی درخواست کھلی رہے گی: جیسے ہی کوئی ترجمان اسے قبول کرے گا، آپ کو یہاں پیغام ملے گا۔
relay-status-waiting = آپ کی درخواست { $reference } کسی ترجمان کی منتظر ہے۔ آپ { $minutes ->
    [one] ایک منٹ
   *[other] { $minutes } منٹ
} سے انتظار کر رہے ہیں۔
relay-status-accepted = ایک ترجمان نے آپ کی درخواست { $reference } { $minutes ->
    [one] ایک منٹ
   *[other] { $minutes } منٹ
} بعد قبول کی۔
relay-status-talking = آپ درخواست { $reference } کے بارے میں { $role } سے بات کر رہے ہیں۔ یہاں لکھیں یا صوتی پیغام بھیجیں؛ ختم کرنے کے لیے /end بھیجیں۔
relay-status-ended = آپ کی درخواست { $reference } کے بارے میں بات چیت ختم ہو گئی۔
