### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = المترجم { $label }
relay-role-interpreter-unnamed = المترجم
relay-role-person = الشخص ({ $reference })
relay-started-person = قبل { $role } طلبك { $reference }. يمكنكما التحدث هنا الآن: اكتب أو أرسل رسالة صوتية وسينقلها Faro. لا يرى اسمك ولا رقمك ولا حسابك، ولا ترى أنت ما يخصه. للإنهاء، أرسل /end.
relay-started-interpreter = أنت الآن على تواصل مع صاحب الطلب { $reference } ({ $language }). ما تكتبه أو تسجله هنا يصله باسم «{ $role }»؛ ولا يرى اسمك ولا رقمك ولا حسابك. للإنهاء، أرسل /end.
relay-label-hint = لتظهر باسم، أرسل /label ثم الاسم، مثلًا: /label Marie
relay-ended-you = انتهت المحادثة. شكرًا لك.
relay-ended-other = أنهى { $role } المحادثة.
relay-ended-neutral = انتهت المحادثة الخاصة بالطلب { $reference }.
relay-none = لست الآن في محادثة مع مترجم.
relay-only-text-voice = في هذه المحادثة تُنقل النصوص والرسائل الصوتية فقط.
relay-busy = هناك رسائل كثيرة تنتظر النقل. انتظر قليلًا ثم أرسل هذه الرسالة من جديد.
relay-outside-window = لم تُنقل هذه الرسالة: الطرف الآخر لم يكتب هنا منذ أكثر من 24 ساعة، ولا يسمح WhatsApp لـ Faro بمراسلته إلا بعد أن يكتب من جديد.
relay-unreachable = لم تُنقل هذه الرسالة: لا يمكن الوصول إلى الطرف الآخر الآن. حاول مرة أخرى بعد قليل.
relay-label-set = سيراك الأشخاص الذين تتحدث معهم عبر Faro باسم «{ $role }».
relay-label-bad = الاسم من حرف واحد إلى 30 حرفًا، بلا أرقام ولا @ ولا روابط. مثلًا: /label Marie
relay-available = أنت متاح: سنخبرك بالطلبات الجديدة بلغاتك.
relay-away = أنت غير متاح: لن نخبرك بالطلبات الجديدة حتى ترسل /available.
relay-escalated = لم يقبل أي مترجم طلبك { $reference } حتى الآن. يرى موظفو المأوى الآن في قائمتهم أن أحدًا لم يرد. يبقى طلبك مفتوحًا: ستصلك رسالة هنا فور قبول مترجم له. يمكنك أيضًا السؤال في مكتب الاستقبال في المأوى.
relay-escalated-remote = لم يقبل أي مترجم طلبك { $reference } حتى الآن. يرى منسقو Faro الآن في قائمتهم أن أحدًا لم يرد. يبقى طلبك مفتوحًا: ستصلك رسالة هنا فور قبول مترجم له.
relay-status-waiting = طلبك { $reference } ينتظر مترجمًا. انتظرت { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
relay-status-accepted = قبل مترجم طلبك { $reference } بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
relay-status-talking = أنت في محادثة مع { $role } بشأن الطلب { $reference }. اكتب هنا أو أرسل رسالة صوتية؛ وأرسل /end للإنهاء.
relay-status-ended = انتهت المحادثة بشأن طلبك { $reference }.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = سيتم إبلاغك بالطلبات الجديدة { $hours } (المنطقة الزمنية { $zone })، ما دمت متاحًا. الأمر /hours off يزيل هذه الساعات.
relay-hours-off = تمت إزالة ساعاتك: سيتم إبلاغك بالطلبات الجديدة كلما كنت متاحًا (/available، /away).
relay-hours-usage = أرسل الأيام والساعات، ومنطقتك الزمنية إن لم تكن منطقة المأوى، مثلًا: /hours mon-fri 09:00-17:00 أو /hours sat,sun 10:00-14:00 America/Guatemala. الأيام: mon tue wed thu fri sat sun (من الاثنين إلى الأحد). الأمر /hours off يزيل ساعاتك.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = المحادثات المفتوحة الآن: { $references }. ما تكتبه يذهب إلى { $reference }، الأحدث. للكتابة في محادثة أخرى، أرسل /to ومرجعها، مثلًا: /to { $other }
relay-to-set = ما تكتبه الآن يذهب إلى صاحب الطلب { $reference }.
relay-to-unknown = هذه ليست من محادثاتك المفتوحة. المفتوحة الآن: { $references }. أرسل /to وأحدها.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = موظفو المأوى
relay-staff-linked = أصبح حسابك على تيليغرام مرتبطًا بحساب الموظف { $name }. للانضمام إلى محادثة طلب من مأواك، أرسل /join ومرجعه، مثلًا: /join K7P4QM
relay-joined-you = انضممت إلى المحادثة حول الطلب { $reference }. يراك الآخرون باسم «{ $role }»: ما تكتبه أو تسجله هنا يصل إلى الاثنين. الأمر /end ينهي المحادثة للجميع.
relay-joined-other = انضم { $role } إلى هذه المحادثة: ما تكتبه الآن يصل إليهم أيضًا.
relay-join-failed = لا توجد محادثة جارية بهذا المرجع يمكنك الانضمام إليها.
