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
