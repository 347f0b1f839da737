### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = Entèprèt { $label }
relay-role-interpreter-unnamed = Entèprèt
relay-role-person = Moun ({ $reference })
relay-started-person = { $role } aksepte demann ou { $reference }. Nou ka pale isit la kounye a: ekri oswa voye yon mesaj vokal, epi Faro ap pase l ba li. Li pa wè non ou, nimewo ou ni kont ou, epi ou pa wè pa l yo tou. Pou fini, voye /end.
relay-started-interpreter = Kounye a ou konekte ak moun ki fè demann { $reference } ({ $language }). Sa ou ekri oswa anrejistre isit la rive ba li sou non “{ $role }”; li pa wè non ou, nimewo ou ni kont ou. Pou fini, voye /end.
relay-label-hint = Pou parèt ak yon non, voye /label ak non an, pa egzanp: /label Marie
relay-ended-you = Konvèsasyon an fini. Mèsi.
relay-ended-other = { $role } fini konvèsasyon an.
relay-ended-neutral = Konvèsasyon pou demann { $reference } la fini.
relay-none = Ou pa nan yon konvèsasyon ak yon entèprèt kounye a.
relay-only-text-voice = Nan konvèsasyon sa a, se sèlman tèks ak mesaj vokal ki pase.
relay-busy = Gen anpil mesaj k ap tann pou yo pase deja. Tann yon ti moman, epi voye mesaj sa a ankò.
relay-outside-window = Mesaj sa a pa t pase: lòt moun nan pa ekri la a depi plis pase 24 èdtan, e WhatsApp kite Faro ekri l sèlman apre li ekri ankò.
relay-unreachable = Mesaj sa a pa t pase: nou pa ka jwenn lòt moun nan kounye a. Eseye ankò nan yon ti moman.
relay-label-set = Moun ou pale avèk yo atravè Faro ap wè ou kòm “{ $role }”.
relay-label-bad = Yon non gen 1 a 30 lèt, san chif, san @ ni lyen. Pa egzanp: /label Marie
relay-available = Ou disponib: n ap avèti ou lè gen nouvo demann nan lang ou yo.
relay-away = Ou absan: nou p ap avèti ou pou nouvo demann jiskaske ou voye /available.
relay-escalated = Poko gen entèprèt ki aksepte demann ou { $reference }. Anplwaye abri a wè kounye a nan lis yo a ke pèsonn poko reponn. Demann ou rete louvri: w ap resevwa yon mesaj isit la depi yon entèprèt aksepte l. Ou ka mande nan resepsyon abri a tou.
relay-escalated-remote = Poko gen entèprèt ki aksepte demann ou { $reference }. Kowòdonatè Faro yo wè kounye a nan lis yo a ke pèsonn poko reponn. Demann ou rete louvri: w ap resevwa yon mesaj isit la depi yon entèprèt aksepte l.
relay-status-waiting = Demann ou { $reference } ap tann yon entèprèt. Ou gen { $minutes ->
    [one] yon minit
   *[other] { $minutes } minit
} w ap tann.
relay-status-accepted = Yon entèprèt aksepte demann ou { $reference } apre { $minutes ->
    [one] yon minit
   *[other] { $minutes } minit
}.
relay-status-talking = Ou nan yon konvèsasyon ak { $role } sou demann { $reference }. Ekri isit la oswa voye yon mesaj vokal; voye /end pou fini.
relay-status-ended = Konvèsasyon sou demann ou { $reference } la fini.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = Y ap di ou lè gen nouvo demann { $hours } (zòn lè { $zone }), pandan ou disponib. /hours off retire orè sa a.
relay-hours-off = Orè ou retire: y ap di ou lè gen nouvo demann chak fwa ou disponib (/available, /away).
relay-hours-usage = Voye jou yo ak lè yo, ak zòn lè ou si se pa sa abri a, pa egzanp: /hours mon-fri 09:00-17:00 oswa /hours sat,sun 10:00-14:00 America/Guatemala. Jou: mon tue wed thu fri sat sun (lendi rive dimanch). /hours off retire orè ou.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Konvèsasyon ki louvri kounye a: { $references }. Sa ou ekri ale nan { $reference }, dènye a. Pou ekri nan yon lòt, voye /to ak referans li, pa egzanp: /to { $other }
relay-to-set = Sa ou ekri kounye a ale bay moun demann { $reference } la.
relay-to-unknown = Sa a se pa youn nan konvèsasyon ou ki louvri yo. Sa ki louvri kounye a: { $references }. Voye /to ak youn nan yo.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Anplwaye abri a
relay-staff-linked = Telegram ou kounye a konekte ak kont anplwaye { $name }. Pou antre nan konvèsasyon yon demann nan abri ou, voye /join ak referans li, pa egzanp: /join K7P4QM
relay-joined-you = Ou antre nan konvèsasyon demann { $reference } la. Lòt yo wè ou kòm “{ $role }”: sa ou ekri oswa anrejistre la a rive jwenn tou de. /end fini konvèsasyon an pou tout moun.
relay-joined-other = { $role } antre nan konvèsasyon sa a: sa ou ekri kounye a rive jwenn li tou.
relay-join-failed = Pa gen okenn konvèsasyon k ap fèt ak referans sa a ou ka antre ladan l.
