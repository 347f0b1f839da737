### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = ইন্টারনেট ছাড়া পড়ার জন্য এই পাতাগুলো এই ফোনে রাখুন
offline-title = পাতাগুলো এই ফোনে রাখুন
offline-intro = সব বিষয়, জরুরি নম্বর, কনস্যুলেট আর যেসব জায়গা সাহায্য করে, { $language } ভাষায়, এই ফোনে সংরক্ষণ করুন। তারপর এগুলো ইন্টারনেট ছাড়াই খোলে, এমনকি বিমান মোডেও।
offline-size-text = লেখা: ডাউনলোডের জন্য { $size }
offline-size-audio = অডিও (শুধু আপনি চাইলে): আরও { $size } ডাউনলোড
offline-no-audio = এই ভাষায় এখনও অডিও নেই।
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = অডিওও রাখুন
offline-keep = এই ফোনে রাখুন
offline-needs-js = সংরক্ষণ করতে JavaScript লাগে, যা এই ব্রাউজারে বন্ধ আছে। যতক্ষণ ইন্টারনেট আছে, পাতাগুলো কাজ করবে।
offline-privacy = আপনার সম্পর্কে কিছুই সংরক্ষণ বা পাঠানো হয় না: শুধু এই পাতাগুলো। আপনি যেকোনো সময় এগুলো মুছে ফেলতে পারেন।
offline-saving = সংরক্ষণ হচ্ছে…
offline-saved-on = { $date } তারিখে এই ফোনে সংরক্ষিত।
offline-saved-audio = অডিওসহ।
offline-newer = ইন্টারনেটে একটি নতুন সংস্করণ আছে।
offline-update = হালনাগাদ করুন
offline-clear = সংরক্ষিত পাতা মুছুন
offline-cleared = সংরক্ষিত পাতাগুলো এই ফোন থেকে মুছে ফেলা হয়েছে।
offline-failed = পাতাগুলো সংরক্ষণ করা যায়নি। সংযোগ দেখে আবার চেষ্টা করুন।
offline-unsupported = এই ব্রাউজার পাতা রাখতে পারে না। অন্য ব্রাউজার চেষ্টা করুন, যেমন Chrome বা Firefox।
