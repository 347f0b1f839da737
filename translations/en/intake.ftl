### translation: original
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = Before we start
# $days is the number of days the answers are kept.
consent-text = To find an interpreter who speaks your language, we will ask where you are from and which languages you speak. Answering is your choice. Every question has "Prefer not to say". We never ask your name, your documents or your phone number. Your answers are deleted after { $days ->
    [one] one day
   *[other] { $days } days
}, and you can delete them at any time with "Delete my data".
consent-accept = I agree
consent-decline = No, thank you
consent-declined = That is fine. You can still use all the information in Faro.
intake-origin = Which country are you from?
intake-prefer-not = Prefer not to say
intake-languages = Which languages do you speak? Choose one or more, then press "Done".
intake-language-other = Another language
intake-done = Done
intake-where = Where are you now?
intake-skip = Skip
intake-share-origin = May the interpreter know which country you are from?
intake-share-yes = Yes
intake-share-no = No
# $reference is a short code such as K7M2Q.
intake-created = Your request is registered. Your reference is { $reference }. We are looking for an interpreter who speaks your language.
intake-reference-qr = Scan to follow your request on Telegram.
intake-reference-qr-whatsapp = Scan to follow your request on WhatsApp.
intake-accepted = An interpreter has accepted your request { $reference }. They will contact you through the shelter staff or here.
intake-waiting = No interpreter is free right now. Your request { $reference } is waiting, and the shelter staff can see it.
intake-delete = Delete my data
intake-back = Back
intake-origin-another = Another country
intake-where-remote = Not here: an interpreter by phone or video
intake-waiting-remote = No interpreter is free right now. Your request { $reference } is waiting, and the Faro coordinators can see it.
intake-next-desk = What to do now: go to the staff at the desk and show them this code.
intake-next-phone = Or continue on your phone: scan the code below to follow your request on Telegram.
intake-next-phone-whatsapp = Or continue on your phone: scan the code below to follow your request on WhatsApp.
intake-next-phone-both = Or continue on your phone: scan one of the codes below to follow your request on Telegram or WhatsApp.
intake-delete-intro = To delete your interpreter request and your answers, you need the link in the code on your reference screen: scan that code with your phone and paste its link here. The reference alone is not enough, so that nobody who saw it can delete your request. If you opened the code in Telegram, "Delete my data" in the Faro bot does the same.
intake-delete-code = Link or code from the QR code
intake-delete-done = If the link or code belonged to a request, that request and your answers are deleted now. For your privacy, this page looks the same either way.
intake-unknown-reference = We could not find that request. It may have been deleted, finished or expired.
interpreter-new-request = New request { $reference }: { $language }, at { $place }.
interpreter-accept = Accept
# $count is how many requests one message lists (at least 2).
interpreter-new-requests = New requests waiting: { $count }
interpreter-accept-reference = Accept { $reference }
interpreter-accepted = You accepted request { $reference }.
interpreter-taken = Another interpreter has already accepted this request.
interpreter-linked = Your Telegram account is now linked as interpreter { $name }.
interpreter-linked-whatsapp = Your WhatsApp number is now linked as interpreter { $name }. WhatsApp lets Faro write to you freely only within 24 hours of your last message here, so write now and then (for example /available) to get new requests at once.
interpreter-remote = Remote
interpreter-link-failed = This link code is unknown or was already used. Ask the coordinator for a new one.
interpreter-not-registered = Only registered interpreters can accept requests.
# $country is a country name.
interpreter-origin = Country of origin: { $country }

intake-expired-title = This page has expired
intake-expired = For your privacy, these questions can only be answered on this screen and for a short time. Nothing was saved. Please start again.
intake-invalid = Some answers could not be understood. Nothing was saved. Please start again.
# $max is the most languages a person may choose (8).
intake-languages-count = Choose at least one language and at most { $max }.
intake-used-title = This page was already used
intake-used = For your privacy, each page of these questions can be sent only once, and a reference is shown only once. Nothing more was saved. If you need an interpreter, please start again.
intake-busy-title = Please wait a little
intake-busy = Many requests were made here a short time ago, so this screen cannot take another one right now. Please try again later, or ask the staff at the desk.
