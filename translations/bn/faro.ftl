### Faro — UI strings (Bengali (বাংলা))
### translation: machine

##
## অনুবাদকদের জন্য: প্রতিটি key রাখুন; শুধু "=" চিহ্নের পরের লেখা বদলান। { $count } এর মতো ভেরিয়েবল
## হুবহু যেমন আছে তেমন থাকবে। পথে থাকা একজন মানুষের সাথে যেভাবে কথা বলতেন, সেভাবে লিখুন: ছোট, সহজ,
## আন্তরিক, কখনো দোষারোপ নয়। আপনার ভাষার বহুবচনের রূপ ব্যবহার করুন ({ $count -> ... } দেখুন)।

## সেবাটি

faro-name = Faro
faro-tagline = চলার পথে থাকা মানুষের জন্য তথ্য, আপনার ভাষায়।
privacy-note = Faro কোনো কুকি ব্যবহার করে না। আপনি এখানে কী পড়েন, তা রেকর্ড করে না।

## লেখার সাথে দেখানো নোটিশ

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = এই লেখাটি এখনো { $requested } ভাষায় পাওয়া যায় না। এটি { $shown } ভাষায় দেখানো হচ্ছে।
notice-machine = এই লেখাটি যন্ত্র (মেশিন) দিয়ে অনুবাদ করা হয়েছে। এখনো কোনো মানুষ এটি যাচাই করেননি।
notice-demo = নমুনা তথ্য, যাচাই করা হয়নি। এর ওপর ভরসা করবেন না।
badge-demo = নমুনা
# $date is a date such as 2026-11-20.
notice-last-verified = সর্বশেষ যাচাই: { $date }

## নেভিগেশন

nav-home = প্রথম পাতা
nav-topics = তথ্য
nav-directory = যেখানে সাহায্য পাবেন
nav-consulates = কনস্যুলেট
nav-emergency = জরুরি
nav-language = ভাষা
nav-start-over = আবার শুরু করুন
nav-back = পেছনে
nav-next = পরবর্তী
nav-menu = মেনু

## ভাষা বেছে নেওয়া

picker-title = আপনার ভাষা বেছে নিন
picker-hint = আপনার ভাষার ওপর চাপ দিন।

## প্রথম পাতা ও বিষয়

home-title = আপনি কী জানতে চান?
topics-title = তথ্য
topic-open = পড়ুন
# $current and $total are numbers: "Part 2 of 5".
topic-part = অংশ { $current } (মোট { $total })

## ঠিকানার তালিকা

directory-title = যেখানে সাহায্য পাবেন
directory-intro = এই অঞ্চলের শেল্টার হোম, আইনি সহায়তা, স্বাস্থ্যসেবা ও বিভিন্ন অফিস।
directory-filter-country = দেশ
directory-filter-city = শহর
directory-filter-kind = জায়গার ধরন
directory-filter-service = সেবা
directory-filter-any = সব
directory-filter-apply = দেখান
directory-near = আপনার সবচেয়ে কাছেরগুলো আগে
# $count is the number of places found.
directory-count = { $count ->
    [0] কোনো জায়গা পাওয়া যায়নি।
    [one] একটি জায়গা পাওয়া গেছে।
   *[other] { $count }টি জায়গা পাওয়া গেছে।
}
directory-empty = আমাদের তালিকায় মেলে এমন কোনো জায়গা নেই। কম ফিল্টার দিয়ে চেষ্টা করুন।
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } কিমি দূরে
entry-address = ঠিকানা
entry-hours = খোলা থাকার সময়
entry-phone = ফোন
# $number is a phone number.
entry-call = { $number } নম্বরে ফোন করুন
entry-website = ওয়েবসাইট
entry-languages = যেসব ভাষায় কথা বলা হয়
entry-services = সেবা
entry-procedures = তারা আপনার জন্য যা করতে পারে
# $country is a country name.
entry-represents = প্রতিনিধিত্ব করে: { $country }
entry-nationwide = সারা দেশ

kind-shelter = শেল্টার হোম
kind-consulate = কনস্যুলেট
kind-embassy = দূতাবাস
kind-hotline = জরুরি হেল্পলাইন
kind-legal_aid = আইনি সহায়তা
kind-health = স্বাস্থ্যসেবা
kind-agency = সরকারি অফিস বা সংস্থা

service-shelter = থাকার জায়গা
service-food = খাবার
service-legal_aid = আইনি সহায়তা
service-health = স্বাস্থ্যসেবা
service-documents = কাগজপত্র
service-asylum = আশ্রয় (অ্যাসাইলাম)
service-psychosocial = মানসিক সহায়তা
service-children = শিশু
service-women = নারী
service-interpreting = দোভাষী
service-emergency = জরুরি অবস্থা
service-family_tracing = পরিবারের খোঁজ
service-return = দেশে ফেরা
service-information = তথ্য
service-complaints = অভিযোগ

procedure-passport = পাসপোর্ট
procedure-travel_document = ভ্রমণের কাগজ (ট্রাভেল ডকুমেন্ট)
procedure-identity_certification = পরিচয়ের প্রমাণপত্র
procedure-consular_registration = কনস্যুলার নিবন্ধন
procedure-repatriation = দেশে ফেরার সহায়তা

## কনস্যুলেট

consulates-title = কনস্যুলেট ও দূতাবাস
consulates-choose = আপনি কোন দেশের কনস্যুলেট খুঁজছেন?
# $country is a country name.
consulates-for = { $country }-এর কনস্যুলেট ও দূতাবাস
consulates-none = আমাদের তালিকায় এখনো { $country }-এর কোনো কনস্যুলেট বা দূতাবাস নেই।
consulates-voluntary = কনস্যুলেটের সাথে যোগাযোগ করবেন কি না, তা আপনার সিদ্ধান্ত। নিজের দেশের সরকারকে ভয় পেলে যোগাযোগ করবেন না। তার বদলে আশ্রয় (অ্যাসাইলাম) নিয়ে UNHCR-এর কাছে জানতে চান।

## জরুরি

emergency-title = জরুরি নম্বর
emergency-intro = এই নম্বরগুলোতে ফোন করতে কোনো টাকা লাগে না। বলুন আপনি কোথায় আছেন, কী ঘটেছে এবং কতজনের সাহায্য দরকার।
# $number is a short number such as 911.
emergency-dial = { $number } নম্বরে ফোন করুন

## QR কোড

qr-phone = এই পাতাটি সাথে নিয়ে যান: আপনার ফোন দিয়ে স্ক্যান করুন।
qr-telegram = আপনার ভাষায় Telegram-এ চালিয়ে যান।

## কিয়স্ক

# $seconds is a number.
kiosk-idle-notice = আপনার গোপনীয়তা রক্ষার জন্য, { $seconds ->
    [one] এক সেকেন্ড
   *[other] { $seconds } সেকেন্ড
} কেউ ব্যবহার না করলে এই স্ক্রিন আবার শুরুতে ফিরে যায়।
# $shelter is the name of the shelter.
kiosk-at-shelter = আপনি এখন আছেন: { $shelter }।
kiosk-interpreter = দোভাষী চান

## প্রচারণা

campaign-label = গুরুত্বপূর্ণ

## ত্রুটি

error-not-found-title = পাতাটি পাওয়া যায়নি
error-not-found = আমরা এই পাতাটি খুঁজে পাইনি। শুরুতে ফিরে গিয়ে আবার চেষ্টা করুন।
error-topic-not-found = এই বিষয়টি নেই। আমাদের কাছে যেসব বিষয় আছে, সেগুলো এখানে দেওয়া হলো।
error-language-not-found = এই ভাষাটি পাওয়া যায় না। এই ভাষাগুলোর মধ্যে একটি বেছে নিন।
error-bad-request-title = কোথাও একটা ভুল হয়েছে
error-bad-request = ঠিকানায় থাকা কিছু বিষয় বোঝা যায়নি। অনুগ্রহ করে মেনু থেকে আবার চেষ্টা করুন।
error-bad-location = অবস্থানটি পড়া যায়নি। অক্ষাংশ (latitude) ও দ্রাঘিমাংশ (longitude) দুটি সংখ্যা হিসেবে দিন।
error-server-title = কিছু একটা সমস্যা হয়েছে
error-server = আমাদের দিকে কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে একটু পরে আবার চেষ্টা করুন।

## Telegram বট

bot-welcome = Faro-তে আপনাকে স্বাগতম। এখানে আপনি নিজের ভাষায় পড়তে পারবেন: পথের ঝুঁকি, আশ্রয় (অ্যাসাইলাম), আপনার অধিকার, আর কোথায় সাহায্য পাবেন।
bot-choose-language = আপনার ভাষা বেছে নিন:
# $language is a language name in that language.
bot-language-detected = মনে হচ্ছে আপনি { $language } ভাষায় লিখছেন। আমরা কি { $language } ভাষায় চালিয়ে যাব?
bot-language-yes = হ্যাঁ, চালিয়ে যান
bot-language-other = অন্য ভাষা বেছে নিন
bot-language-set = এখন থেকে Faro { $language } ভাষায় কথা বলবে।
menu-title = আপনার কী দরকার?
menu-topics = তথ্য
menu-near-me = আমার কাছাকাছি সাহায্য
menu-consulate = আমার দেশের কনস্যুলেট
menu-interpreter = আমার একজন দোভাষী দরকার
menu-alerts-on = সতর্কবার্তা চালু করুন
menu-alerts-off = সতর্কবার্তা বন্ধ করুন
menu-language = ভাষা বদলান
menu-forget = আমার তথ্য মুছে দিন
menu-help = সাহায্য
bot-help = বোতামগুলো চেপে এগিয়ে যান। কমান্ড:
    /start — আবার শুরু করুন
    /language — ভাষা বদলান
    /help — এই সাহায্য
    /forget — Faro আপনার সম্পর্কে যা কিছু রাখে, সব মুছে দিন
    /stop — Faro-র সব বার্তা বন্ধ করুন
bot-topics = একটি বিষয় বেছে নিন:
bot-near-me-ask = কাছাকাছি কোথায় সাহায্য পাবেন তা দেখতে আপনার লোকেশন শেয়ার করুন। আপনার লোকেশন শুধু এই উত্তরের জন্য ব্যবহার করা হয়, সংরক্ষণ করা হয় না।
bot-near-me-button = আমার লোকেশন শেয়ার করুন
bot-near-me-results = আপনার সবচেয়ে কাছের জায়গাগুলো:
bot-near-me-none = আমাদের তালিকায় এখনো আপনার কাছাকাছি কোনো জায়গা নেই।
bot-consulate-ask = আপনি কোন দেশ থেকে এসেছেন? সেই দেশের কনস্যুলেট ও দূতাবাস দেখতে দেশটি বেছে নিন।
bot-search-results = এই বিষয়গুলো আপনার কাজে আসতে পারে:
bot-search-none = এ বিষয়ে আমি কিছু খুঁজে পাইনি। এই যে মেনু।
bot-non-text = আমি শুধু লেখা পড়তে পারি। অনুগ্রহ করে একটি বার্তা লিখুন বা বোতামগুলো ব্যবহার করুন।
bot-alerts-on = সতর্কবার্তা চালু আছে। আপনি গুরুত্বপূর্ণ বার্তা পাবেন। বন্ধ করতে /stop পাঠান।
bot-alerts-off = সতর্কবার্তা বন্ধ আছে।
bot-stopped = Faro আপনাকে আর কোনো বার্তা পাঠাবে না। আবার শুরু করতে চাইলে /start পাঠান।
bot-forget-confirm = এতে Faro আপনার সম্পর্কে যা কিছু রাখে, সব মুছে যাবে: আপনার ভাষা, আপনার সতর্কবার্তা এবং দোভাষীর জন্য করা যেকোনো অনুরোধ। আপনি কি নিশ্চিত?
bot-forget-yes = হ্যাঁ, মুছে দিন
bot-forget-cancel = না, রেখে দিন
bot-forget-done = হয়ে গেছে। Faro আপনার সম্পর্কে যা কিছু রেখেছিল, সব মুছে ফেলা হয়েছে।
bot-private-only = Faro শুধু ব্যক্তিগত চ্যাটে উত্তর দেয়। ব্যবহার করতে বটের সাথে একটি চ্যাট খুলুন।
bot-error = আমাদের দিকে কিছু একটা সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।
# Under every campaign message the bot sends.
campaign-stop-hint = আপনি সতর্কবার্তা চালু করেছেন বলে এই বার্তাটি পাচ্ছেন। বন্ধ করতে /stop পাঠান।

## নিজের সম্পর্কে তথ্য ও দোভাষী

consent-title = শুরু করার আগে
# $days is the number of days the answers are kept.
consent-text = আপনার ভাষা জানেন এমন একজন দোভাষী খুঁজতে আমরা জানতে চাইব আপনি কোথা থেকে এসেছেন এবং কোন কোন ভাষায় কথা বলেন। উত্তর দেবেন কি না, তা আপনার ইচ্ছা। প্রতিটি প্রশ্নে "বলতে চাই না" বেছে নেওয়া যায়। আমরা কখনো আপনার নাম, কাগজপত্র বা ফোন নম্বর চাই না। { $days ->
    [one] এক দিন
   *[other] { $days } দিন
} পর আপনার উত্তরগুলো মুছে ফেলা হয়। "আমার তথ্য মুছে দিন" চেপে আপনি যেকোনো সময় সেগুলো মুছে দিতে পারেন।
consent-accept = আমি রাজি
consent-decline = না, ধন্যবাদ
consent-declined = কোনো সমস্যা নেই। আপনি তবুও Faro-র সব তথ্য ব্যবহার করতে পারবেন।
intake-origin = আপনি কোন দেশ থেকে এসেছেন?
intake-prefer-not = বলতে চাই না
intake-languages = আপনি কোন কোন ভাষায় কথা বলেন? এক বা একাধিক ভাষা বেছে নিন, তারপর "হয়ে গেছে" চাপুন।
intake-language-other = অন্য ভাষা
intake-done = হয়ে গেছে
intake-where = আপনি এখন কোথায় আছেন?
intake-skip = বাদ দিন
intake-share-origin = আপনি কোন দেশ থেকে এসেছেন, তা কি দোভাষীকে জানানো যাবে?
intake-share-yes = হ্যাঁ
intake-share-no = না
# $reference is a short code such as K7M2Q.
intake-created = আপনার অনুরোধ নথিভুক্ত হয়েছে। আপনার রেফারেন্স কোড: { $reference }। আপনার ভাষা জানেন এমন একজন দোভাষী আমরা খুঁজছি।
intake-reference-qr = Telegram-এ আপনার অনুরোধের খবর রাখতে স্ক্যান করুন।
intake-accepted = একজন দোভাষী আপনার অনুরোধ { $reference } গ্রহণ করেছেন। তিনি শেল্টার হোমের কর্মীদের মাধ্যমে অথবা এখানে আপনার সাথে যোগাযোগ করবেন।
intake-waiting = এই মুহূর্তে কোনো দোভাষী খালি নেই। আপনার অনুরোধ { $reference } অপেক্ষায় আছে, এবং শেল্টার হোমের কর্মীরা এটি দেখতে পাচ্ছেন।
intake-delete = আমার তথ্য মুছে দিন
intake-deleted = আপনার তথ্য মুছে ফেলা হয়েছে।
intake-unknown-reference = আমরা অনুরোধটি খুঁজে পাইনি। এটি হয়তো মুছে ফেলা হয়েছে, শেষ হয়ে গেছে বা এর মেয়াদ পেরিয়ে গেছে।
interpreter-new-request = নতুন অনুরোধ { $reference }: { $language }, স্থান: { $place }।
interpreter-accept = গ্রহণ করুন
interpreter-accept-reference = গ্রহণ করুন { $reference }
interpreter-new-requests = অপেক্ষমাণ নতুন অনুরোধ: { $count }
interpreter-accepted = আপনি অনুরোধ { $reference } গ্রহণ করেছেন।
interpreter-taken = অন্য একজন দোভাষী ইতিমধ্যে এই অনুরোধটি গ্রহণ করেছেন।
interpreter-linked = আপনার Telegram অ্যাকাউন্ট এখন দোভাষী { $name } হিসেবে যুক্ত হয়েছে।
interpreter-remote = দূর থেকে (অনলাইনে)
interpreter-link-failed = এই লিংক কোডটি অজানা, অথবা আগেই ব্যবহার করা হয়েছে। সমন্বয়কারীর কাছে নতুন কোড চান।
interpreter-not-registered = শুধু নিবন্ধিত দোভাষীরাই অনুরোধ গ্রহণ করতে পারেন।
# $country is a country name.
interpreter-origin = মূল দেশ: { $country }

## দেশ (যে দেশ থেকে এসেছেন ও কনস্যুলেট)

country-AF = আফগানিস্তান
country-AO = অ্যাঙ্গোলা
country-BD = বাংলাদেশ
country-BR = ব্রাজিল
country-BZ = বেলিজ
country-CD = গণতান্ত্রিক কঙ্গো প্রজাতন্ত্র
country-CL = চিলি
country-CM = ক্যামেরুন
country-CN = চীন
country-CO = কলম্বিয়া
country-CR = কোস্টা রিকা
country-CU = কিউবা
country-DO = ডোমিনিকান প্রজাতন্ত্র
country-EC = ইকুয়েডর
country-ER = ইরিত্রিয়া
country-ET = ইথিওপিয়া
country-GH = ঘানা
country-GN = গিনি
country-GT = গুয়াতেমালা
country-HN = হন্ডুরাস
country-HT = হাইতি
country-IN = ভারত
country-IQ = ইরাক
country-IR = ইরান
country-LK = শ্রীলঙ্কা
country-MX = মেক্সিকো
country-NG = নাইজেরিয়া
country-NI = নিকারাগুয়া
country-NP = নেপাল
country-PA = পানামা
country-PE = পেরু
country-PK = পাকিস্তান
country-SN = সেনেগাল
country-SO = সোমালিয়া
country-SV = এল সালভাদর
country-SY = সিরিয়া
country-UZ = উজবেকিস্তান
country-VE = ভেনেজুয়েলা
country-YE = ইয়েমেন

## Faro-র ষোলোটি ভাষার বাইরের ভাষা ("অন্য ভাষা"-র জন্য)

language-wo = উলোফ
language-pa = পাঞ্জাবি
language-ta = তামিল
language-si = সিংহলি
language-om = ওরোমো
language-sw = সোয়াহিলি
language-ln = লিঙ্গালা
language-ff = ফুলা
language-ru = রুশ
language-uz = উজবেক
language-tr = তুর্কি
language-ku = কুর্দি

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = উৎস:
topic-source-checked = { $date } তারিখে যাচাই করা হয়েছে
# Shown under the language's name on the picker when it says more than the name.
language-readers = বাংলা
