### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = ژباړونکی { $label }
relay-role-interpreter-unnamed = ژباړونکی
relay-role-person = کس ({ $reference })
relay-started-person = { $role } ستاسو غوښتنه { $reference } ومنله. اوس دلته خبرې کولی شئ: ولیکئ یا غږیز پیغام ولېږئ، Faro یې ورته رسوي. هغه ستاسو نوم، شمېره او حساب نه ویني، او تاسو هم د هغه نه وینئ. د پای لپاره /end ولېږئ.
relay-started-interpreter = اوس تاسو د غوښتنې { $reference } ({ $language }) له کس سره وصل یاست. څه چې دلته لیکئ یا ثبتوئ، د «{ $role }» په نوم هغه ته رسېږي؛ هغه ستاسو نوم، شمېره او حساب نه ویني. د پای لپاره /end ولېږئ.
relay-label-hint = که غواړئ په یو نوم وښودل شئ، /label او نوم ولېږئ، د بېلګې په توګه: /label Marie
relay-ended-you = خبرې پای ته ورسېدې. مننه.
relay-ended-other = { $role } خبرې پای ته ورسولې.
relay-ended-neutral = د غوښتنې { $reference } خبرې پای ته ورسېدې.
relay-none = تاسو اوس له ژباړونکي سره په خبرو کې نه یاست.
relay-only-text-voice = په دې خبرو کې یوازې لیکلي او غږیز پیغامونه رسول کېږي.
relay-busy = ډېر پیغامونه لا د رسېدو په تمه دي. لږ صبر وکړئ، بیا دا پیغام بیا ولېږئ.
relay-outside-window = دا پیغام ونه رسېد: بل اړخ له ۲۴ ساعتونو ډېر وخت راهیسې دلته څه نه دي لیکلي، او WhatsApp Faro ته یوازې هغه وخت اجازه ورکوي چې ورته ولیکي کله چې هغه بیا ولیکي.
relay-unreachable = دا پیغام ونه رسېد: اوس بل اړخ ته رسېدل نه شي کېدای. لږ وروسته بیا هڅه وکړئ.
relay-label-set = هغه کسان چې د Faro له لارې ورسره خبرې کوئ، تاسو به د «{ $role }» په توګه ویني.
relay-label-bad = نوم باید له ۱ تر ۳۰ تورو وي، پرته له شمېرو، @ یا لینکونو. د بېلګې په توګه: /label Marie
relay-available = تاسو شته یاست: ستاسو په ژبو کې د نویو غوښتنو خبر به درکړل شي.
relay-away = تاسو نه یاست: تر هغې چې /available ونه لېږئ، د نویو غوښتنو خبر به نه درکول کېږي.
relay-escalated = تر اوسه هېڅ ژباړونکي ستاسو غوښتنه { $reference } نه ده منلې. د پناه ځای کارکوونکي اوس په خپل لېست کې ویني چې چا ځواب نه دی ورکړی. ستاسو غوښتنه خلاصه پاتې کېږي: کله چې کوم ژباړونکی یې ومني، دلته به پیغام ترلاسه کړئ. تاسو د پناه ځای له پذیرش څخه هم پوښتنه کولی شئ.
relay-escalated-remote = تر اوسه هېڅ ژباړونکي ستاسو غوښتنه { $reference } نه ده منلې. د Faro همغږي کوونکي اوس په خپل لېست کې ویني چې چا ځواب نه دی ورکړی. ستاسو غوښتنه خلاصه پاتې کېږي: کله چې کوم ژباړونکی یې ومني، دلته به پیغام ترلاسه کړئ.
relay-status-waiting = ستاسو غوښتنه { $reference } د ژباړونکي په تمه ده. تاسو { $minutes ->
    [one] یوه دقیقه
   *[other] { $minutes } دقیقې
} انتظار کړی.
relay-status-accepted = یو ژباړونکي ستاسو غوښتنه { $reference } له { $minutes ->
    [one] یوې دقیقې
   *[other] { $minutes } دقیقو
} وروسته ومنله.
relay-status-talking = تاسو د غوښتنې { $reference } په اړه له { $role } سره خبرې کوئ. دلته ولیکئ یا غږیز پیغام ولېږئ؛ د پای لپاره /end ولېږئ.
relay-status-ended = ستاسو د غوښتنې { $reference } په اړه خبرې پای ته ورسېدې.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = تر هغه چې تاسې شتون لرئ، د نویو غوښتنو خبر به مو { $hours } (د وخت سیمه { $zone }) درکړل شي. ‏/hours off دا ساعتونه لرې کوي.
relay-hours-off = ستاسې ساعتونه لرې شول: هر کله چې شتون لرئ، د نویو غوښتنو خبر به درکړل شي (/available، /away).
relay-hours-usage = ورځې او ساعتونه ولېږئ، او خپله د وخت سیمه که د سرپناه سره توپیر لري، د بېلګې په توګه: /hours mon-fri 09:00-17:00 یا /hours sat,sun 10:00-14:00 America/Guatemala. ورځې: mon tue wed thu fri sat sun (له دوشنبې تر یکشنبې). ‏/hours off ستاسې ساعتونه لرې کوي.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = اوس پرانیستې خبرې اترې: { $references }. هغه څه چې لیکئ { $reference } ته ځي، چې تر ټولو نوې ده. په بلې کې د لیکلو لپاره، ‎/to او د هغې شمېره ولېږئ، د بېلګې په توګه: ‎/to { $other }
relay-to-set = هغه څه چې اوس لیکئ د { $reference } غوښتنې کس ته ځي.
relay-to-unknown = دا ستاسې له پرانیستو خبرو اترو څخه نه ده. اوس پرانیستې: { $references }. ‎/to او له دوی څخه یوه ولېږئ.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = د سرپناه کارکوونکي
relay-staff-linked = ستاسې ټلګرام اوس د کارکوونکي له حساب { $name } سره تړل شوی. د خپل سرپناه د یوې غوښتنې خبرو اترو ته د ورګډېدو لپاره، ‎/join او د هغې شمېره ولېږئ، د بېلګې په توګه: ‎/join K7P4QM
relay-joined-you = تاسې د { $reference } غوښتنې خبرو اترو ته ورګډ شوئ. نور تاسې د «{ $role }» په توګه ویني: هغه څه چې دلته لیکئ یا ثبتوئ دواړو ته رسېږي. ‎/end د ټولو لپاره خبرې اترې پای ته رسوي.
relay-joined-other = { $role } دې خبرو اترو ته ورګډ شو: هغه څه چې اوس لیکئ هغوی ته هم رسېږي.
relay-join-failed = په دې شمېره هېڅ روانې خبرې اترې نشته چې تاسې ورته ورګډ شئ.
