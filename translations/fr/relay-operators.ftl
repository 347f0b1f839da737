### translation: machine
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = Aucun interprète n'a accepté à temps. La personne a appris que le personnel voit sa demande : aidez-la à l'accueil si vous le pouvez.

## Response times (staff page and figures): per language, over the requests still kept.
op-response-caption = Rapidité d'acceptation des interprètes
op-response-language = Langue
op-response-requests = Demandes
op-response-median = Délai médian d'acceptation
op-response-p90 = 9 sur 10 acceptées en
op-response-within = Traitées dans l'objectif
op-response-minutes = { $minutes } min
op-response-note = Sur les demandes encore conservées. Objectif : { $minutes } min. Une demande non acceptée dans l'objectif compte contre la part. Les langues de moins de 5 demandes sont regroupées sous « autres » ; un tiret signifie trop peu de demandes pour montrer ce chiffre sans révéler l'attente d'une personne (la médiane demande 5 demandes acceptées, « 9 sur 10 » en demande 10). Les délais sont arrondis à la minute supérieure, les nombres à 5, les parts à 5 %.
op-response-none = Aucune demande n'a encore été acceptée ni n'a attendu au-delà de l'objectif.

## Staff's Telegram, to join a conversation through the relay (/join in the bot).
op-telegram-title = Rejoindre les conversations depuis Telegram
op-telegram-explain = Liez votre Telegram à ce compte pour rejoindre, depuis votre téléphone, la conversation entre une personne de votre refuge et son interprète, afin que vous parliez à trois dans un même fil. Les autres ne vous voient que comme « Personnel du refuge ».
op-telegram-linked = Votre Telegram est lié. Dans le bot de Faro, envoyez /join et la référence d'une demande pour rejoindre sa conversation ; /end y met fin pour tout le monde.
op-telegram-make-code = Créer un code de liaison
op-telegram-relink = Lier un autre Telegram
op-telegram-send = Dans le bot Telegram de Faro, envoyez ce message :
op-telegram-once = Le code ne fonctionne qu'une fois. En créer un nouveau rend celui-ci inutilisable.
op-telegram-join = Ensuite, pour rejoindre la conversation d'une demande de votre refuge, envoyez /join et sa référence (par exemple /join K7P4QM).
op-telegram-back = Retour à la liste
