### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

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
interpreter-new-requests = অপেক্ষমাণ নতুন অনুরোধ: { $count }
interpreter-accept-reference = গ্রহণ করুন { $reference }
interpreter-accepted = আপনি অনুরোধ { $reference } গ্রহণ করেছেন।
interpreter-taken = অন্য একজন দোভাষী ইতিমধ্যে এই অনুরোধটি গ্রহণ করেছেন।
interpreter-linked = আপনার Telegram অ্যাকাউন্ট এখন দোভাষী { $name } হিসেবে যুক্ত হয়েছে।
interpreter-remote = দূর থেকে (অনলাইনে)
interpreter-link-failed = এই লিংক কোডটি অজানা, অথবা আগেই ব্যবহার করা হয়েছে। সমন্বয়কারীর কাছে নতুন কোড চান।
interpreter-not-registered = শুধু নিবন্ধিত দোভাষীরাই অনুরোধ গ্রহণ করতে পারেন।
# $country is a country name.
interpreter-origin = মূল দেশ: { $country }

intake-expired-title = এই পাতার মেয়াদ শেষ হয়ে গেছে
intake-expired = আপনার গোপনীয়তা রক্ষার জন্য, এই প্রশ্নগুলোর উত্তর শুধু এই স্ক্রিনে এবং অল্প সময়ের জন্য দেওয়া যায়। কিছুই সংরক্ষণ করা হয়নি। অনুগ্রহ করে আবার শুরু করুন।
intake-invalid = কিছু উত্তর বোঝা যায়নি। কিছুই সংরক্ষণ করা হয়নি। অনুগ্রহ করে আবার শুরু করুন।
intake-languages-count = অন্তত একটি ভাষা এবং সর্বোচ্চ { $max }টি ভাষা বেছে নিন।
intake-used-title = এই পাতাটি আগেই ব্যবহার করা হয়েছে
intake-used = আপনার গোপনীয়তা রক্ষার জন্য, এই প্রশ্নগুলোর প্রতিটি পাতা কেবল একবার পাঠানো যায়, আর রেফারেন্স নম্বর কেবল একবার দেখানো হয়। আর কিছুই সংরক্ষণ করা হয়নি। দোভাষীর দরকার হলে অনুগ্রহ করে আবার শুরু করুন।
intake-busy-title = অনুগ্রহ করে একটু অপেক্ষা করুন
intake-busy = কিছুক্ষণ আগে এখানে অনেক অনুরোধ করা হয়েছে, তাই এই স্ক্রিন এখন আর একটি অনুরোধ নিতে পারছে না। অনুগ্রহ করে পরে আবার চেষ্টা করুন, অথবা অভ্যর্থনা ডেস্কের কর্মীদের জিজ্ঞাসা করুন।
