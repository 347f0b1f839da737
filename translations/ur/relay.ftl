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
relay-outside-window = یہ پیغام نہیں پہنچایا گیا: دوسرے فریق نے 24 گھنٹے سے زیادہ عرصے سے یہاں کچھ نہیں لکھا، اور WhatsApp، Faro کو اسے صرف تب لکھنے دیتا ہے جب وہ دوبارہ لکھے۔
relay-unreachable = یہ پیغام نہیں پہنچایا گیا: اس وقت دوسرے فریق تک رسائی ممکن نہیں۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
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

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = جب تک آپ دستیاب ہیں، آپ کو نئی درخواستوں کی اطلاع { $hours } (ٹائم زون { $zone }) دی جائے گی۔ ‏/hours off یہ اوقات ہٹا دیتا ہے۔
relay-hours-off = آپ کے اوقات ہٹا دیے گئے: جب بھی آپ دستیاب ہوں گے، آپ کو نئی درخواستوں کی اطلاع دی جائے گی (/available، /away)۔
relay-hours-usage = دن اور اوقات بھیجیں، اور اپنا ٹائم زون اگر پناہ گاہ والا نہیں ہے، مثال کے طور پر: /hours mon-fri 09:00-17:00 یا /hours sat,sun 10:00-14:00 America/Guatemala۔ دن: mon tue wed thu fri sat sun (پیر سے اتوار)۔ ‏/hours off آپ کے اوقات ہٹا دیتا ہے۔

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = اس وقت کھلی گفتگوئیں: { $references }۔ آپ جو لکھتے ہیں وہ { $reference } کو جاتا ہے، جو سب سے نئی ہے۔ کسی اور میں لکھنے کے لیے ‎/to اور اس کا حوالہ بھیجیں، مثال کے طور پر: ‎/to { $other }
relay-to-set = اب آپ جو لکھیں گے وہ درخواست { $reference } والے شخص کو جائے گا۔
relay-to-unknown = یہ آپ کی کھلی گفتگوؤں میں سے نہیں ہے۔ اس وقت کھلی: { $references }۔ ‎/to اور ان میں سے ایک بھیجیں۔

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = پناہ گاہ کا عملہ
relay-staff-linked = آپ کا ٹیلیگرام اب عملے کے اکاؤنٹ { $name } سے منسلک ہے۔ اپنی پناہ گاہ کی کسی درخواست کی گفتگو میں شامل ہونے کے لیے ‎/join اور اس کا حوالہ بھیجیں، مثال کے طور پر: ‎/join K7P4QM
relay-joined-you = آپ درخواست { $reference } کی گفتگو میں شامل ہو گئے۔ دوسرے آپ کو «{ $role }» کے طور پر دیکھتے ہیں: آپ یہاں جو لکھیں یا ریکارڈ کریں وہ دونوں تک پہنچتا ہے۔ ‎/end سب کے لیے گفتگو ختم کر دیتا ہے۔
relay-joined-other = { $role } اس گفتگو میں شامل ہو گیا: اب آپ جو لکھیں گے وہ ان تک بھی پہنچے گا۔
relay-join-failed = اس حوالے سے کوئی جاری گفتگو نہیں جس میں آپ شامل ہو سکیں۔
