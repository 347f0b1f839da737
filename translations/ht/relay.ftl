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
