### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = Interprète { $label }
relay-role-interpreter-unnamed = Interprète
relay-role-person = Personne ({ $reference })
relay-started-person = { $role } a accepté votre demande { $reference }. Vous pouvez parler ici maintenant : écrivez ou envoyez un message vocal, Faro le transmet. Cette personne ne voit ni votre nom, ni votre numéro, ni votre compte, et vous ne voyez pas les siens. Pour terminer, envoyez /end.
relay-started-interpreter = Vous êtes maintenant en contact avec la personne de la demande { $reference } ({ $language }). Ce que vous écrivez ou enregistrez ici lui parvient sous le nom « { $role } » ; elle ne voit ni votre nom, ni votre numéro, ni votre compte. Pour terminer, envoyez /end.
relay-label-hint = Pour apparaître avec un prénom, envoyez /label suivi du prénom, par exemple : /label Marie
relay-ended-you = La conversation est terminée. Merci.
relay-ended-other = { $role } a mis fin à la conversation.
relay-ended-neutral = La conversation de la demande { $reference } est terminée.
relay-none = Vous n'êtes pas en conversation avec un interprète en ce moment.
relay-only-text-voice = Dans cette conversation, seuls les textes et les messages vocaux sont transmis.
relay-busy = Beaucoup de messages attendent déjà d'être transmis. Patientez un instant, puis renvoyez celui-ci.
relay-outside-window = Ceci n'a pas été transmis : l'autre personne n'a pas écrit ici depuis plus de 24 heures, et WhatsApp ne permet à Faro de la joindre qu'une fois qu'elle a écrit de nouveau.
relay-unreachable = Ceci n'a pas été transmis : l'autre personne est injoignable pour le moment. Réessayez dans un instant.
relay-label-set = Les personnes avec qui vous parlez par Faro vous verront comme « { $role } ».
relay-label-bad = Un nom compte de 1 à 30 lettres, sans chiffres, @ ni liens. Par exemple : /label Marie
relay-available = Vous êtes disponible : vous serez prévenu des nouvelles demandes dans vos langues.
relay-away = Vous êtes absent : vous ne serez plus prévenu des nouvelles demandes jusqu'à ce que vous envoyiez /available.
relay-escalated = Aucun interprète n'a encore accepté votre demande { $reference }. Le personnel du foyer voit maintenant dans sa liste que personne n'a répondu. Votre demande reste ouverte : vous recevrez un message ici dès qu'un interprète l'acceptera. Vous pouvez aussi demander à l'accueil du foyer.
relay-escalated-remote = Aucun interprète n'a encore accepté votre demande { $reference }. Les coordinateurs de Faro voient maintenant dans leur liste que personne n'a répondu. Votre demande reste ouverte : vous recevrez un message ici dès qu'un interprète l'acceptera.
relay-status-waiting = Votre demande { $reference } attend un interprète. Vous attendez depuis { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}.
relay-status-accepted = Un interprète a accepté votre demande { $reference } au bout de { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}.
relay-status-talking = Vous êtes en conversation avec { $role } au sujet de la demande { $reference }. Écrivez ici ou envoyez un message vocal ; envoyez /end pour terminer.
relay-status-ended = La conversation au sujet de votre demande { $reference } est terminée.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = Vous serez prévenu·e des nouvelles demandes { $hours } (fuseau horaire { $zone }), tant que vous êtes disponible. /hours off supprime ces horaires.
relay-hours-off = Vos horaires sont supprimés : vous serez prévenu·e des nouvelles demandes dès que vous êtes disponible (/available, /away).
relay-hours-usage = Envoyez les jours et les heures, et votre fuseau horaire s'il n'est pas celui du refuge, par exemple : /hours mon-fri 09:00-17:00 ou /hours sat,sun 10:00-14:00 America/Guatemala. Jours : mon tue wed thu fri sat sun (lundi à dimanche). /hours off supprime vos horaires.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Conversations ouvertes : { $references }. Ce que vous écrivez va à { $reference }, la plus récente. Pour écrire dans une autre, envoyez /to et sa référence, par exemple : /to { $other }
relay-to-set = Ce que vous écrivez va maintenant à la personne de la demande { $reference }.
relay-to-unknown = Ce n'est pas une de vos conversations ouvertes. Ouvertes : { $references }. Envoyez /to et l'une d'elles.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Personnel du refuge
relay-staff-linked = Votre Telegram est maintenant lié au compte du personnel { $name }. Pour rejoindre la conversation d'une demande de votre refuge, envoyez /join et sa référence, par exemple : /join K7P4QM
relay-joined-you = Vous avez rejoint la conversation de la demande { $reference }. Les autres vous voient comme « { $role } » : ce que vous écrivez ou enregistrez ici leur parvient à tous les deux. /end termine la conversation pour tout le monde.
relay-joined-other = { $role } a rejoint cette conversation : ce que vous écrivez lui parvient aussi.
relay-join-failed = Aucune conversation en cours avec cette référence que vous puissiez rejoindre.
