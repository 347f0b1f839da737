### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = شروع کرنے سے پہلے
# $days is the number of days the answers are kept.
consent-text = آپ کی زبان بولنے والا ترجمان ڈھونڈنے کے لیے ہم پوچھیں گے کہ آپ کہاں سے ہیں اور کون سی زبانیں بولتے ہیں۔ جواب دینا یا نہ دینا آپ کی مرضی ہے۔ ہر سوال میں "نہیں بتانا" کا انتخاب موجود ہے۔ ہم کبھی آپ کا نام، آپ کے کاغذات یا آپ کا فون نمبر نہیں پوچھتے۔ آپ کے جوابات { $days ->
    [one] ایک دن
   *[other] { $days } دن
} بعد مٹا دیے جاتے ہیں، اور آپ "میرا ڈیٹا مٹائیں" سے انہیں کسی بھی وقت مٹا سکتے ہیں۔
consent-accept = میں متفق ہوں
consent-decline = نہیں، شکریہ
consent-declined = کوئی بات نہیں۔ آپ پھر بھی Faro کی تمام معلومات استعمال کر سکتے ہیں۔
intake-origin = آپ کس ملک سے ہیں؟
intake-prefer-not = نہیں بتانا
intake-languages = آپ کون سی زبانیں بولتے ہیں؟ ایک یا زیادہ چنیں، پھر "ہو گیا" دبائیں۔
intake-language-other = کوئی اور زبان
intake-done = ہو گیا
intake-where = آپ ابھی کہاں ہیں؟
intake-skip = چھوڑ دیں
intake-share-origin = کیا ترجمان کو بتایا جا سکتا ہے کہ آپ کس ملک سے ہیں؟
intake-share-yes = ہاں
intake-share-no = نہیں
# $reference is a short code such as K7M2Q.
intake-created = آپ کی درخواست درج ہو گئی ہے۔ آپ کا حوالہ نمبر { $reference } ہے۔ ہم آپ کی زبان بولنے والا ترجمان ڈھونڈ رہے ہیں۔
intake-reference-qr = Telegram پر اپنی درخواست کی خبر رکھنے کے لیے اسکین کریں۔
intake-reference-qr-whatsapp = WhatsApp پر اپنی درخواست کی خبر رکھنے کے لیے اسکین کریں۔
intake-accepted = ایک ترجمان نے آپ کی درخواست { $reference } قبول کر لی ہے۔ وہ شیلٹر ہوم کے عملے کے ذریعے یا یہیں آپ سے رابطہ کریں گے۔
intake-waiting = اس وقت کوئی ترجمان فارغ نہیں ہے۔ آپ کی درخواست { $reference } انتظار میں ہے، اور شیلٹر ہوم کا عملہ اسے دیکھ سکتا ہے۔
intake-delete = میرا ڈیٹا مٹائیں
intake-back = واپس
intake-origin-another = کوئی اور ملک
intake-where-remote = یہاں نہیں: فون یا ویڈیو پر ترجمان
intake-waiting-remote = اس وقت کوئی ترجمان فارغ نہیں ہے۔ آپ کی درخواست { $reference } انتظار میں ہے، اور Faro کے رابطہ کار اسے دیکھ سکتے ہیں۔
intake-next-desk = اب کیا کریں: کاؤنٹر پر موجود عملے کے پاس جائیں اور انہیں یہ نمبر دکھائیں۔
intake-next-phone = یا اپنے فون پر جاری رکھیں: Telegram پر اپنی درخواست کی خبر رکھنے کے لیے نیچے والا کوڈ اسکین کریں۔
intake-next-phone-whatsapp = یا اپنے فون پر جاری رکھیں: WhatsApp پر اپنی درخواست کی خبر رکھنے کے لیے نیچے والا کوڈ اسکین کریں۔
intake-next-phone-both = یا اپنے فون پر جاری رکھیں: Telegram یا WhatsApp پر اپنی درخواست کی خبر رکھنے کے لیے نیچے والے کوڈز میں سے ایک اسکین کریں۔
intake-delete-intro = اپنی ترجمان کی درخواست اور اپنے جوابات مٹانے کے لیے آپ کو وہ لنک چاہیے جو آپ کی حوالہ نمبر والی اسکرین کے کوڈ میں ہے: وہ کوڈ اپنے فون سے اسکین کریں اور اس کا لنک یہاں چسپاں کریں۔ صرف حوالہ نمبر کافی نہیں، تاکہ جس نے بھی اسے دیکھا ہو وہ آپ کی درخواست نہ مٹا سکے۔ اگر آپ نے کوڈ Telegram میں کھولا تھا تو Faro بوٹ میں "میرا ڈیٹا مٹائیں" بھی یہی کام کرتا ہے۔
intake-delete-code = QR کوڈ کا لنک یا کوڈ
intake-delete-done = اگر یہ لنک یا کوڈ کسی درخواست کا تھا تو وہ درخواست اور آپ کے جوابات اب مٹا دیے گئے ہیں۔ آپ کی رازداری کے لیے یہ صفحہ دونوں صورتوں میں ایک جیسا دکھتا ہے۔
intake-unknown-reference = ہمیں یہ درخواست نہیں ملی۔ ہو سکتا ہے یہ مٹا دی گئی ہو، مکمل ہو چکی ہو یا اس کی مدت ختم ہو گئی ہو۔
interpreter-new-request = نئی درخواست { $reference }: { $language }، مقام: { $place }۔
interpreter-accept = قبول کریں
interpreter-new-requests = انتظار میں نئی درخواستیں: { $count }
interpreter-accept-reference = قبول کریں { $reference }
interpreter-accepted = آپ نے درخواست { $reference } قبول کر لی ہے۔
interpreter-taken = کسی اور ترجمان نے یہ درخواست پہلے ہی قبول کر لی ہے۔
interpreter-linked = آپ کا Telegram اکاؤنٹ اب ترجمان { $name } کے طور پر جوڑ دیا گیا ہے۔
interpreter-linked-whatsapp = آپ کا WhatsApp نمبر اب ترجمان { $name } کے طور پر جوڑ دیا گیا ہے۔ WhatsApp، Faro کو یہاں آپ کے آخری پیغام کے بعد صرف 24 گھنٹے تک آزادی سے آپ کو لکھنے دیتا ہے؛ وقتاً فوقتاً کچھ لکھیں (مثلاً /available) تاکہ نئی درخواستیں فوراً آپ تک پہنچیں۔
interpreter-remote = دور سے (آن لائن)
interpreter-link-failed = یہ لنک کوڈ نامعلوم ہے یا پہلے ہی استعمال ہو چکا ہے۔ کوآرڈینیٹر سے نیا کوڈ مانگیں۔
interpreter-not-registered = صرف رجسٹرڈ ترجمان ہی درخواستیں قبول کر سکتے ہیں۔
# $country is a country name.
interpreter-origin = آبائی ملک: { $country }

intake-expired-title = اس صفحے کی میعاد ختم ہو گئی ہے
intake-expired = آپ کی رازداری کے تحفظ کے لیے، ان سوالوں کے جواب صرف اسی اسکرین پر اور تھوڑی دیر کے لیے دیے جا سکتے ہیں۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہ کرم دوبارہ شروع کریں۔
intake-invalid = کچھ جوابات سمجھ میں نہیں آئے۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہ کرم دوبارہ شروع کریں۔
intake-languages-count = کم از کم ایک زبان اور زیادہ سے زیادہ { $max } زبانیں منتخب کریں۔
intake-used-title = یہ صفحہ پہلے ہی استعمال ہو چکا ہے
intake-used = آپ کی رازداری کے تحفظ کے لیے، ان سوالوں کا ہر صفحہ صرف ایک بار بھیجا جا سکتا ہے، اور حوالہ نمبر صرف ایک بار دکھایا جاتا ہے۔ مزید کچھ محفوظ نہیں کیا گیا۔ اگر آپ کو ترجمان کی ضرورت ہے تو براہِ کرم دوبارہ شروع کریں۔
intake-busy-title = براہِ کرم تھوڑا انتظار کریں
intake-busy = کچھ دیر پہلے یہاں بہت سی درخواستیں دی گئیں، اس لیے یہ اسکرین ابھی مزید درخواست نہیں لے سکتی۔ براہِ کرم بعد میں دوبارہ کوشش کریں، یا استقبالیہ پر عملے سے پوچھیں۔
