### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = ترجمان { $label }
relay-role-interpreter-unnamed = ترجمان
relay-role-person = شخص ({ $reference })
relay-started-person = { $role } درخواست شما { $reference } را پذیرفت. حالا می‌توانید همین‌جا گفتگو کنید: بنویسید یا پیام صوتی بفرستید، Faro آن را می‌رساند. او نام، شماره و حساب شما را نمی‌بیند و شما هم مال او را نمی‌بینید. برای پایان، /end را بفرستید.
relay-started-interpreter = حالا با شخصِ درخواست { $reference } ({ $language }) در ارتباط هستید. آنچه این‌جا می‌نویسید یا ضبط می‌کنید با نام «{ $role }» به او می‌رسد؛ او نام، شماره و حساب شما را نمی‌بیند. برای پایان، /end را بفرستید.
relay-label-hint = برای این‌که با یک نام نشان داده شوید، /label و نام را بفرستید، مثلاً: /label Marie
relay-ended-you = گفتگو تمام شد. سپاس.
relay-ended-other = { $role } گفتگو را تمام کرد.
relay-ended-neutral = گفتگوی درخواست { $reference } تمام شد.
relay-none = الان در گفتگو با ترجمان نیستید.
relay-only-text-voice = در این گفتگو فقط متن و پیام صوتی رسانده می‌شود.
relay-busy = پیام‌های زیادی در انتظار رسیدن هستند. کمی صبر کنید و این پیام را دوباره بفرستید.
relay-outside-window = این پیام رسانده نشد: طرف دیگر بیش از ۲۴ ساعت است که اینجا چیزی ننوشته، و WhatsApp فقط وقتی به Faro اجازه می‌دهد به او پیام بدهد که دوباره بنویسد.
relay-unreachable = این پیام رسانده نشد: اکنون نمی‌توان به طرف دیگر دسترسی داشت. کمی بعد دوباره امتحان کنید.
relay-label-set = کسانی که از طریق Faro با آن‌ها صحبت می‌کنید شما را «{ $role }» می‌بینند.
relay-label-bad = نام باید ۱ تا ۳۰ حرف باشد، بدون عدد، @ یا لینک. مثلاً: /label Marie
relay-available = شما در دسترس هستید: درخواست‌های تازه به زبان‌های شما به شما خبر داده می‌شود.
relay-away = شما در دسترس نیستید: تا وقتی /available را نفرستید، از درخواست‌های تازه خبر نمی‌گیرید.
relay-escalated = هنوز هیچ ترجمانی درخواست شما { $reference } را نپذیرفته است. کارکنان پناهگاه حالا در فهرست خود می‌بینند که کسی پاسخ نداده است. درخواست شما باز می‌ماند: به محض این‌که ترجمانی آن را بپذیرد، این‌جا پیامی می‌گیرید. می‌توانید از پذیرش پناهگاه هم بپرسید.
relay-escalated-remote = هنوز هیچ ترجمانی درخواست شما { $reference } را نپذیرفته است. هماهنگ‌کنندگان Faro حالا در فهرست خود می‌بینند که کسی پاسخ نداده است. درخواست شما باز می‌ماند: به محض این‌که ترجمانی آن را بپذیرد، این‌جا پیامی می‌گیرید.
relay-status-waiting = درخواست شما { $reference } منتظر یک ترجمان است. { $minutes ->
    [one] یک دقیقه
   *[other] { $minutes } دقیقه
} است که منتظر هستید.
relay-status-accepted = یک ترجمان درخواست شما { $reference } را پس از { $minutes ->
    [one] یک دقیقه
   *[other] { $minutes } دقیقه
} پذیرفت.
relay-status-talking = شما در حال گفتگو با { $role } دربارهٔ درخواست { $reference } هستید. این‌جا بنویسید یا پیام صوتی بفرستید؛ برای پایان /end را بفرستید.
relay-status-ended = گفتگو دربارهٔ درخواست شما { $reference } تمام شد.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = تا وقتی در دسترس هستید، درخواست‌های تازه { $hours } (منطقهٔ زمانی { $zone }) به شما اطلاع داده می‌شود. ‏/hours off این ساعت‌ها را حذف می‌کند.
relay-hours-off = ساعت‌های شما حذف شد: هر وقت در دسترس باشید، درخواست‌های تازه به شما اطلاع داده می‌شود (/available، /away).
relay-hours-usage = روزها و ساعت‌ها را بفرستید، و منطقهٔ زمانی خود را اگر با منطقهٔ پناهگاه فرق دارد، برای مثال: /hours mon-fri 09:00-17:00 یا /hours sat,sun 10:00-14:00 America/Guatemala. روزها: mon tue wed thu fri sat sun (دوشنبه تا یکشنبه). ‏/hours off ساعت‌های شما را حذف می‌کند.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = گفت‌وگوهای باز: { $references }. آنچه می‌نویسید به { $reference }، جدیدترین، می‌رود. برای نوشتن در گفت‌وگوی دیگر، ‎/to و شمارهٔ آن را بفرستید، برای مثال: ‎/to { $other }
relay-to-set = آنچه اکنون می‌نویسید به فرد درخواست { $reference } می‌رسد.
relay-to-unknown = این یکی از گفت‌وگوهای باز شما نیست. گفت‌وگوهای باز: { $references }. ‎/to و یکی از آن‌ها را بفرستید.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = کارکنان پناهگاه
relay-staff-linked = تلگرام شما اکنون به حساب کارکنان { $name } وصل است. برای پیوستن به گفت‌وگوی یکی از درخواست‌های پناهگاهتان، ‎/join و شمارهٔ آن را بفرستید، برای مثال: ‎/join K7P4QM
relay-joined-you = به گفت‌وگوی درخواست { $reference } پیوستید. دیگران شما را «{ $role }» می‌بینند: آنچه اینجا می‌نویسید یا ضبط می‌کنید به هر دو می‌رسد. ‎/end گفت‌وگو را برای همه پایان می‌دهد.
relay-joined-other = { $role } به این گفت‌وگو پیوست: آنچه اکنون می‌نویسید به آن‌ها هم می‌رسد.
relay-join-failed = گفت‌وگوی در جریانی با این شماره که بتوانید به آن بپیوندید وجود ندارد.
