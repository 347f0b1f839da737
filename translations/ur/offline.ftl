### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = یہ صفحات اس فون پر رکھیں تاکہ انٹرنیٹ کے بغیر پڑھ سکیں
offline-title = صفحات اس فون پر رکھیں
offline-intro = تمام موضوعات، ہنگامی نمبر، قونصل خانے اور مدد کرنے والی جگہیں، { $language } میں، اس فون پر محفوظ کریں۔ اس کے بعد یہ انٹرنیٹ کے بغیر کھلتے ہیں، ہوائی جہاز موڈ میں بھی۔
offline-size-text = متن: ڈاؤن لوڈ کے لیے { $size }
offline-size-audio = آڈیو (صرف اگر آپ چاہیں): مزید { $size } ڈاؤن لوڈ
offline-no-audio = اس زبان میں ابھی آڈیو نہیں ہے۔
offline-size-kb = { $kb } کلوبائٹ
offline-size-mb = { $mb } میگابائٹ
offline-with-audio = آڈیو بھی رکھیں
offline-keep = اس فون پر رکھیں
offline-needs-js = محفوظ کرنے کے لیے جاوا اسکرپٹ ضروری ہے، جو اس براؤزر میں بند ہے۔ جب تک آپ کے پاس انٹرنیٹ ہے، صفحات کام کرتے رہیں گے۔
offline-privacy = آپ کے بارے میں نہ کچھ محفوظ کیا جاتا ہے نہ بھیجا جاتا ہے: صرف یہ صفحات۔ آپ انہیں کسی بھی وقت مٹا سکتے ہیں۔
offline-saving = محفوظ ہو رہا ہے…
offline-saved-on = { $date } کو اس فون پر محفوظ کیا گیا۔
offline-saved-audio = آڈیو کے ساتھ۔
offline-newer = انٹرنیٹ پر ایک نیا ورژن موجود ہے۔
offline-update = اپ ڈیٹ کریں
offline-clear = محفوظ صفحات مٹائیں
offline-cleared = محفوظ صفحات اس فون سے مٹا دیے گئے۔
offline-failed = صفحات محفوظ نہیں ہو سکے۔ کنکشن دیکھیں اور دوبارہ کوشش کریں۔
offline-unsupported = یہ براؤزر صفحات نہیں رکھ سکتا۔ کوئی اور براؤزر آزمائیں، جیسے Chrome یا Firefox۔
