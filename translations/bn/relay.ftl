### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = দোভাষী { $label }
relay-role-interpreter-unnamed = দোভাষী
relay-role-person = ব্যক্তি ({ $reference })
relay-started-person = { $role } আপনার অনুরোধ { $reference } গ্রহণ করেছেন। এখন আপনারা এখানেই কথা বলতে পারেন: লিখুন বা ভয়েস মেসেজ পাঠান, Faro তা পৌঁছে দেবে। তিনি আপনার নাম, নম্বর বা অ্যাকাউন্ট দেখতে পান না, আর আপনিও তাঁরটা দেখতে পান না। শেষ করতে /end পাঠান।
relay-started-interpreter = আপনি এখন অনুরোধ { $reference } ({ $language })-এর ব্যক্তির সঙ্গে যুক্ত। আপনি এখানে যা লিখবেন বা রেকর্ড করবেন তা তাঁর কাছে “{ $role }” নামে পৌঁছাবে; তিনি আপনার নাম, নম্বর বা অ্যাকাউন্ট দেখতে পান না। শেষ করতে /end পাঠান।
relay-label-hint = একটি নামে দেখাতে চাইলে /label আর নামটি পাঠান, যেমন: /label Marie
relay-ended-you = কথোপকথন শেষ হয়েছে। ধন্যবাদ।
relay-ended-other = { $role } কথোপকথন শেষ করেছেন।
relay-ended-neutral = অনুরোধ { $reference }-এর কথোপকথন শেষ হয়েছে।
relay-none = আপনি এখন কোনো দোভাষীর সঙ্গে কথোপকথনে নেই।
relay-only-text-voice = এই কথোপকথনে শুধু লেখা আর ভয়েস মেসেজই পৌঁছে দেওয়া হয়।
relay-busy = অনেক বার্তা ইতিমধ্যে পৌঁছানোর অপেক্ষায় আছে। একটু অপেক্ষা করুন, তারপর এই বার্তাটি আবার পাঠান।
relay-outside-window = এটি পৌঁছে দেওয়া হয়নি: অন্য পক্ষ ২৪ ঘণ্টার বেশি সময় ধরে এখানে কিছু লেখেননি, আর তাঁরা আবার না লেখা পর্যন্ত WhatsApp, Faro-কে তাঁদের লিখতে দেয় না।
relay-unreachable = এটি পৌঁছে দেওয়া হয়নি: এই মুহূর্তে অন্য পক্ষের কাছে পৌঁছানো যাচ্ছে না। একটু পরে আবার চেষ্টা করুন।
relay-label-set = Faro-র মাধ্যমে যাঁদের সঙ্গে আপনি কথা বলেন, তাঁরা আপনাকে “{ $role }” হিসেবে দেখবেন।
relay-label-bad = নাম ১ থেকে ৩০ অক্ষরের হতে হবে, সংখ্যা, @ বা লিংক ছাড়া। যেমন: /label Marie
relay-available = আপনি উপলব্ধ: আপনার ভাষায় নতুন অনুরোধ এলে আপনাকে জানানো হবে।
relay-away = আপনি অনুপস্থিত: /available না পাঠানো পর্যন্ত নতুন অনুরোধের খবর আপনাকে দেওয়া হবে না।
relay-escalated = এখনও কোনো দোভাষী আপনার অনুরোধ { $reference } গ্রহণ করেননি। আশ্রয়কেন্দ্রের কর্মীরা এখন তাঁদের তালিকায় দেখছেন যে কেউ উত্তর দেননি। আপনার অনুরোধ খোলা থাকবে: কোনো দোভাষী গ্রহণ করলেই আপনি এখানে বার্তা পাবেন। আপনি আশ্রয়কেন্দ্রের অভ্যর্থনায়ও জিজ্ঞেস করতে পারেন।
relay-escalated-remote = এখনও কোনো দোভাষী আপনার অনুরোধ { $reference } গ্রহণ করেননি। Faro-র সমন্বয়কারীরা এখন তাঁদের তালিকায় দেখছেন যে কেউ উত্তর দেননি। আপনার অনুরোধ খোলা থাকবে: কোনো দোভাষী গ্রহণ করলেই আপনি এখানে বার্তা পাবেন।
relay-status-waiting = আপনার অনুরোধ { $reference } একজন দোভাষীর অপেক্ষায় আছে। আপনি { $minutes ->
    [one] এক মিনিট
   *[other] { $minutes } মিনিট
} ধরে অপেক্ষা করছেন।
relay-status-accepted = একজন দোভাষী { $minutes ->
    [one] এক মিনিট
   *[other] { $minutes } মিনিট
} পরে আপনার অনুরোধ { $reference } গ্রহণ করেছেন।
relay-status-talking = আপনি অনুরোধ { $reference } নিয়ে { $role }-এর সঙ্গে কথা বলছেন। এখানে লিখুন বা ভয়েস মেসেজ পাঠান; শেষ করতে /end পাঠান।
relay-status-ended = আপনার অনুরোধ { $reference } নিয়ে কথোপকথন শেষ হয়েছে।

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = আপনি যতক্ষণ উপলব্ধ থাকবেন, নতুন অনুরোধের খবর আপনাকে { $hours } (সময় অঞ্চল { $zone }) জানানো হবে। /hours off এই সময় মুছে দেয়।
relay-hours-off = আপনার সময় মুছে ফেলা হয়েছে: আপনি যখনই উপলব্ধ থাকবেন, নতুন অনুরোধের খবর আপনাকে জানানো হবে (/available, /away)।
relay-hours-usage = দিন ও সময় পাঠান, আর আপনার সময় অঞ্চল যদি আশ্রয়কেন্দ্রের না হয়, যেমন: /hours mon-fri 09:00-17:00 বা /hours sat,sun 10:00-14:00 America/Guatemala। দিন: mon tue wed thu fri sat sun (সোমবার থেকে রবিবার)। /hours off আপনার সময় মুছে দেয়।

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = এখন খোলা কথোপকথন: { $references }। আপনি যা লেখেন তা { $reference }-এ যায়, সবচেয়ে নতুনটিতে। অন্যটিতে লিখতে /to আর তার রেফারেন্স পাঠান, যেমন: /to { $other }
relay-to-set = আপনি এখন যা লিখবেন তা অনুরোধ { $reference }-এর ব্যক্তির কাছে যাবে।
relay-to-unknown = এটি আপনার খোলা কথোপকথনের একটি নয়। এখন খোলা: { $references }। /to আর এগুলোর একটি পাঠান।

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = আশ্রয়কেন্দ্রের কর্মী
relay-staff-linked = আপনার টেলিগ্রাম এখন কর্মী অ্যাকাউন্ট { $name }-এর সাথে যুক্ত। আপনার আশ্রয়কেন্দ্রের কোনো অনুরোধের কথোপকথনে যোগ দিতে /join আর তার রেফারেন্স পাঠান, যেমন: /join K7P4QM
relay-joined-you = আপনি অনুরোধ { $reference }-এর কথোপকথনে যোগ দিয়েছেন। অন্যরা আপনাকে “{ $role }” হিসেবে দেখেন: আপনি এখানে যা লেখেন বা রেকর্ড করেন তা দুজনের কাছেই যায়। /end সবার জন্য কথোপকথন শেষ করে।
relay-joined-other = { $role } এই কথোপকথনে যোগ দিয়েছেন: আপনি এখন যা লিখবেন তা তাঁর কাছেও যাবে।
relay-join-failed = এই রেফারেন্সে চলমান এমন কোনো কথোপকথন নেই যাতে আপনি যোগ দিতে পারেন।
