### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = اس صفحے کی میعاد ختم ہو گئی ہے
intake-expired = آپ کی رازداری کے تحفظ کے لیے، ان سوالوں کے جواب صرف اسی اسکرین پر اور تھوڑی دیر کے لیے دیے جا سکتے ہیں۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہ کرم دوبارہ شروع کریں۔
intake-invalid = کچھ جوابات سمجھ میں نہیں آئے۔ کچھ بھی محفوظ نہیں کیا گیا۔ براہ کرم دوبارہ شروع کریں۔
intake-languages-count = کم از کم ایک زبان اور زیادہ سے زیادہ { $max } زبانیں منتخب کریں۔
