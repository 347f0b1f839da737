### translation: machine
### Faro — ce que lisent les personnes qui font fonctionner Faro : la connexion, la file du
### personnel du refuge, les pages de publication sous /admin, les messages de l'API JSON et de la
### ligne de commande (`faro user`, `faro interpreter`, `faro stats`).
##
## Traducteurs : gardez chaque clé ; ne changez que le texte après « = ». Les variables comme
## { $slug } restent telles quelles. Quelques textes contiennent des balises HTML (<code>…</code>) :
## gardez-les.

## Sur toutes les pages

op-brand = Faro
op-nav-label = Rubriques
op-account-signed-in-as = Connecté en tant que
op-account-sign-out = Se déconnecter
op-role-admin = administration
op-role-publisher = publication ({ $country })
op-role-publisher-all = publication (tous les pays)
op-role-staff = personnel du refuge { $shelter }

## Dates et heures, à l'heure de la personne connectée (jour/mois/année, 24 heures)

op-time-datetime-plain = { $day }/{ $month }/{ $year } { $hour }:{ $minute }
op-time-datetime = { $day }/{ $month }/{ $year } { $hour }:{ $minute } ({ $zone })
op-time-date = { $day }/{ $month }/{ $year }

## Fuseaux horaires

op-zone-mexico-city = Mexico
op-zone-tijuana = Tijuana
op-zone-hermosillo = Hermosillo (Sonora)
op-zone-mazatlan = Mazatlán
op-zone-cancun = Cancún
op-zone-guatemala = Guatemala
op-zone-belize = Belize
op-zone-tegucigalpa = Tegucigalpa
op-zone-san-salvador = San Salvador
op-zone-managua = Managua
op-zone-costa-rica = Costa Rica
op-zone-panama = Panama
op-zone-bogota = Bogota
op-zone-utc = UTC

## Erreurs sur les pages

op-error-forbidden-title = Accès refusé
op-error-forbidden = Votre compte ne donne pas accès à cette page.
op-error-forged-title = Formulaire refusé
op-error-forged = Le formulaire avait expiré ou ne venait pas de ce site. Revenez en arrière, rechargez la page et réessayez.
op-error-not-found-title = Introuvable
op-error-not-found = Il n'y a rien ici pour votre compte.
op-error-bad-request-title = Requête incorrecte
op-error-invalid-title = Non accepté
op-error-conflict-title = Impossible
op-error-server-title = Erreur du serveur
op-error-server = Un problème est survenu sur le serveur. Réessayez dans un instant.
op-error-form-unreadable = Le formulaire n'a pas pu être lu.
op-error-form-fields = Les champs du formulaire n'étaient pas ceux attendus.
op-error-too-large = Le formulaire ou la requête dépassait ce que cette page accepte.
op-error-busy-title = Serveur occupé

## Connexion

op-signin-title = Connexion
op-signin-user-name = Nom d'utilisateur
op-signin-password = Mot de passe
op-signin-button = Se connecter
op-signin-wrong = Nom ou mot de passe incorrect.
op-signin-too-many = Trop de tentatives échouées depuis cet endroit. Réessayez dans { $minutes } min.
op-signin-busy = Le serveur vérifie beaucoup de connexions en ce moment. Réessayez dans quelques secondes.

## La page du compte (/account)

op-account-title = Votre compte
op-account-failures = { $count ->
    [one] Une tentative de connexion a échoué avec votre nom depuis votre connexion précédente (le { $last }).
   *[other] { $count } tentatives de connexion ont échoué avec votre nom depuis votre connexion précédente (la dernière le { $last }).
    } Si ce n'était pas vous, changez votre mot de passe et prévenez une personne de l'administration.
op-account-change-password = Changer votre mot de passe
op-account-current = Mot de passe actuel
op-account-new = Nouveau mot de passe
op-account-repeat = Nouveau mot de passe, à nouveau
op-account-rule = Au moins 12 caractères ; pas un même caractère ou groupe répété, pas une suite comme « abcdef » ou « 123456 », pas un mot de passe courant. Quelques mots dont vous vous souviendrez font très bien l'affaire.
op-account-change-button = Changer le mot de passe
op-account-changed = Votre mot de passe est changé. Vos autres sessions ont été fermées.
op-account-preferences = Langue et fuseau horaire
op-account-language = Langue de ces pages
op-account-language-browser = Celle que demande mon navigateur
op-account-zone = Fuseau horaire des dates et heures
op-account-zone-instance = Celui de ce serveur : { $zone }
op-account-preferences-save = Enregistrer la langue et le fuseau horaire
op-account-preferences-saved = Votre langue et votre fuseau horaire sont enregistrés.
op-account-bad-language = Choisissez Español, English ou Français, ou la langue que demande votre navigateur.
op-account-bad-zone = Choisissez l'un des fuseaux horaires de la liste.
op-account-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
op-account-wrong-current = Le mot de passe actuel est incorrect.
op-password-too-short = Le nouveau mot de passe doit avoir au moins 12 caractères.
op-password-repeated = Le nouveau mot de passe est un même caractère ou groupe répété. Choisissez-en un autre.
op-password-sequence = Le nouveau mot de passe est une suite de lettres, de chiffres ou de touches. Choisissez-en un autre.
op-password-common = Le nouveau mot de passe est l'un des plus courants, ou il contient votre nom d'utilisateur. Choisissez-en un autre.

## La file des demandes d'interprète du refuge (/staff)

op-staff-title = Demandes d'interprète
op-staff-shelter = Refuge
op-staff-all-shelters = Tous les refuges
op-staff-show = Afficher
op-staff-none-open = Aucune demande ouverte.
op-staff-no-shelter = Aucun refuge indiqué
op-staff-languages = Langues
op-staff-waiting = Attente
op-staff-status = État
op-staff-origin = Origine
op-staff-origin-not-shared = non partagée
op-staff-origin-undisclosed = préfère ne pas le dire
op-staff-origin-another = autre pays
op-staff-languages-undisclosed = non précisées
op-staff-accept = Accepter
op-staff-done = Terminée
op-staff-cancel = Annuler
op-staff-status-waiting = En attente
op-staff-status-accepted = Acceptée
op-staff-status-done = Terminée
op-staff-status-cancelled = Annulée
op-staff-waiting-under-minute = moins d'1 min
op-staff-waiting-minutes = { $minutes } min
op-staff-waiting-hours = { $hours } h
op-staff-waiting-days = { $days } j
op-staff-bad-query = Le seul paramètre ici est shelter=<id>.
op-staff-unknown-shelter = Aucun refuge de l'annuaire n'a cet identifiant.
op-staff-wrong-status = La demande est { $status ->
        [waiting] en attente
        [accepted] acceptée
        [done] terminée
        [cancelled] annulée
       *[other] { $status }
    } ; cette action ne s'y applique plus.

## Accueil de l'administration et chiffres (/admin)

op-admin-title = Administration
op-admin-home-campaigns = rédiger une campagne dans chaque langue, voir côte à côte le message Telegram et le bandeau de la borne, la soumettre, l'approuver et la publier, puis suivre l'envoi par langue.
op-admin-home-translations = la part de l'interface, des pages thématiques et des campagnes dont dispose chaque langue, traduite automatiquement ou relue, et marquer un texte comme relu.
op-admin-home-figures = déclarations par origine, langue et refuge pour chaque trimestre clos, les petits nombres masqués (la page explique comment) ; aussi en CSV.
op-admin-home-audit = chaque connexion, modification, approbation, publication et changement de compte.
op-admin-figures-title = Chiffres
op-admin-figures-intro = Déclarations comptées par origine, langue et refuge, par trimestre. « préfère ne pas le dire » compte les personnes qui ont préféré ne pas le dire ; « autre pays », les personnes d'un pays qui n'est pas dans la liste.
op-admin-figures-csv = Télécharger en CSV
op-admin-figures-by-origin = Déclarations par origine et par mois
op-admin-figures-by-language = Langues déclarées par mois
op-admin-figures-by-shelter = Déclarations par refuge et par mois
op-admin-figures-origin = Origine
op-admin-figures-language = Langue
op-admin-figures-shelter = Refuge
op-admin-total = Total

## Campagnes (/admin/campaigns)

op-admin-campaigns-title = Campagnes
op-admin-campaigns-caption = Campagnes, de la plus récente à la plus ancienne
op-admin-campaigns-none = Aucune campagne pour l'instant.
op-admin-campaign-new-title = Nouvelle campagne
op-admin-campaign-title = Campagne { $slug }
op-admin-campaign = Campagne
op-admin-status = État
op-admin-window = Période
op-admin-window-range = du { $starts } au { $ends } ({ $zone })
op-admin-locale = Langue
op-admin-locales = Langues
op-admin-countries = Pays
op-admin-texts = Textes
op-admin-queued = En file
op-admin-sent = Envoyés
op-admin-failed = Échecs
op-admin-status-draft = Brouillon
op-admin-status-review = En relecture
op-admin-status-approved = Approuvée
op-admin-status-published = Publiée
op-admin-all-locales = toutes les langues
op-admin-all-countries = tous les pays
op-admin-unknown-locale = langue inconnue
op-admin-other-locales = autres langues (moins de 5 chacune)
op-admin-slug = Nom court (utilisé dans les liens)
op-admin-slug-hint = De 3 à 48 caractères parmi a-z, 0-9 et « - », par exemple <code>saison-des-pluies-2027</code>.
op-admin-locales-hint = Aucune cochée : toutes les langues.
op-admin-countries-hint = Codes de pays comme <code>MX GT</code> ; vide : tous les pays.
op-admin-starts = Début (heure de { $zone })
op-admin-ends = Fin (heure de { $zone })
op-admin-create = Créer la campagne
op-admin-created-by = Créée par
op-admin-submitted-by = Soumise par
op-admin-approved-by = Approuvée par
op-admin-published-by = Publiée par
op-admin-step-submit = Soumettre à la relecture
op-admin-step-return = Remettre en brouillon
op-admin-step-approve = Approuver
op-admin-step-publish = Publier
op-admin-note-outside-scope = Votre compte peut voir cette campagne mais pas la modifier : elle vise des pays hors de votre périmètre.
op-admin-note-no-text = Rédigez le texte d'au moins une langue pour soumettre la campagne.
op-admin-settings = Modifier les destinataires ou la période
op-admin-settings-hint = Une campagne déjà soumise ou approuvée repasse en brouillon.
op-admin-settings-save = Enregistrer les destinataires et la période
op-admin-delivery = Envoi
op-admin-delivery-none = Rien en file pour l'instant.
op-admin-delivery-caption = Messages Telegram par langue
op-admin-previews = Aperçus
op-admin-previews-missing = { $missing } langues sur { $total } n'ont pas de texte propre.
op-admin-preview-untargeted = Ne fait pas partie des langues de la campagne.
op-admin-preview-fallback = Pas de texte : les lecteurs reçoivent la version { $locale }
op-admin-preview-nothing = Pas de texte : les lecteurs ne reçoivent rien
op-admin-preview-banner = Bandeau de la borne
op-admin-preview-telegram = Message Telegram
op-admin-text-none = pas de texte
op-translation-kind = { $kind ->
        [original] original
        [machine] traduction automatique
        [reviewed] relu
       *[other] { $kind }
    }
op-admin-text-reviewed = { $translation }, relu par { $by } le { $date }
op-admin-text-title = Titre
op-admin-text-body = Texte (Markdown)
op-admin-text-written-as = Rédigé comme
op-admin-text-original = original (écrit dans cette langue)
op-admin-text-machine = traduction automatique (non relue)
op-admin-text-save = Enregistrer { $locale }
op-admin-text-mark-reviewed = Marquer { $locale } comme relu

## Ce que les pages de publication et l'API refusent, et pourquoi

op-admin-bad-slug = { $slug } n'est pas un nom de campagne : utilisez de 3 à 48 caractères parmi a-z, 0-9 et '-', sans commencer ni finir par '-'.
op-admin-slug-taken = Une campagne nommée { $slug } existe déjà ; choisissez un autre nom.
op-admin-no-campaign = Cette campagne n'existe pas.
op-admin-may-not = Votre compte ne peut pas { $action ->
        [submit-this-campaign] soumettre cette campagne
        [return-this-campaign] remettre cette campagne en brouillon
        [approve-this-campaign] approuver cette campagne
        [publish-this-campaign] publier cette campagne
        [review-translations] marquer des traductions comme relues
        [review-that] marquer ce texte comme relu
       *[other] { $action }
    }.
op-admin-outside-scope = Une personne qui publie pour un pays ne peut travailler que sur des campagnes qui visent ce pays et aucun autre.
op-admin-wrong-status = La campagne { $status ->
        [draft] est un brouillon
        [review] est en relecture
        [approved] est approuvée
        [published] est publiée
        [changed-meanwhile] vient d'être modifiée par quelqu'un d'autre
       *[other] est à l'état { $status }
    }, elle ne peut donc pas être { $action ->
        [be-submitted] soumise
        [be-returned] remise en brouillon
        [be-approved] approuvée
        [be-published] publiée
        [change] modifiée
       *[other] { $action }
    }.
op-admin-bad-window = La campagne doit finir après son début.
op-admin-bad-title = Le titre doit tenir sur une ligne de 1 à { $max } caractères.
op-admin-bad-body = Le texte doit compter de 1 à { $max } caractères affichés comme du texte (le HTML est retiré), et sa traduction doit être originale ou automatique.
op-admin-no-text = La campagne n'a pas encore de texte ; rédigez d'abord le texte d'au moins une langue.
op-admin-no-text-in = { $locale } n'a pas de texte dans cette campagne.
op-admin-second-approver = Vous avez soumis cette campagne ou rédigé l'un de ses textes : une autre personne doit l'approuver.
op-admin-bidi-controls = Le texte contient des caractères invisibles qui inversent le sens de ce qui suit (U+202A à U+202E, U+2066 à U+2069). Retirez-les et enregistrez à nouveau.
op-admin-not-a-locale = { $tag } n'est pas l'une des langues de Faro.
op-admin-not-a-country = { $code } n'est pas un code de pays (ISO 3166-1 alpha-2, comme MX ou GT).
op-admin-bad-start = Le début n'est pas une date et une heure (AAAA-MM-JJTHH:MM, heure de { $zone }).
op-admin-bad-end = La fin n'est pas une date et une heure (AAAA-MM-JJTHH:MM, heure de { $zone }).

## Couverture des traductions (/admin/translations)

op-admin-translations-title = Traductions
op-admin-translations-intro = Par langue : les textes d'interface anglais présents dans les fichiers de la langue, les pages thématiques et les textes des campagnes qui visent cette langue. « machine » signifie écrit sans relecture par une personne qui traduit ; les lecteurs en sont avertis. Ouvrez un fichier ou une page pour le lire à côté de l'anglais et le marquer relu : les lecteurs ne voient alors plus l'avertissement. Une relecture vaut tant que l'anglais ne change pas.
op-admin-translations-caption = Couverture des traductions
op-admin-translations-ui = Textes d'interface
op-admin-translations-topics = Pages thématiques
op-admin-translations-campaigns = Textes des campagnes
op-admin-translations-present = { $present } sur { $total }
op-admin-translations-breakdown = automatique { $machine } · relu { $reviewed } · original { $original }
op-admin-translations-empty = Rien dans cette langue pour l'instant.
op-admin-translations-mark = Marquer comme relu
op-admin-translations-ui-item = Textes d'interface : { $file } ({ $count } clés)
op-admin-translations-topic-item = Thème : { $slug }
op-admin-translations-reviewed = relu par { $by } le { $date }
op-admin-translations-bad-locale = Cette langue ne fait pas partie de celles de Faro.
op-admin-translations-bad-kind = Seuls les fichiers d'interface et les thèmes se marquent ici.
op-admin-translations-no-item = Cette langue n'a pas ce fichier d'interface ni cette page thématique.

## Le journal d'audit (/admin/audit)

op-admin-audit-title = Journal d'audit
op-admin-audit-intro = Les { $shown } entrées les plus récentes, de la plus récente à la plus ancienne.
op-admin-audit-when = Quand (heure de { $zone })
op-admin-audit-who = Qui
op-admin-audit-action = Action
op-admin-audit-detail = Détail

## L'API JSON (/api/v1) : le message de ses erreurs

op-api-unauthorized = Un jeton d'API est nécessaire : envoyez « Authorization: Bearer <token> » (voir `faro user token`).
op-api-server = Un problème est survenu sur le serveur.
op-api-no-endpoint = Ce point d'accès de l'API n'existe pas ; voir /api/v1/openapi.json.
op-api-wrong-method = Ce point d'accès n'accepte pas cette méthode ; voir /api/v1/openapi.json.
op-api-json-content-type = Envoyez le corps en JSON, avec « Content-Type: application/json ».
op-api-bad-json = Le corps n'est pas le JSON attendu ici : { $reason }
op-api-bad-time = { $field } doit être une heure UTC comme 2026-12-01T09:30:00Z.
op-api-no-campaigns = Votre compte ne peut pas travailler sur les campagnes.

## La ligne de commande : faro user, faro interpreter, faro stats

op-cli-column-id = id
op-cli-column-name = nom
op-cli-column-role = rôle
op-cli-column-disabled = désactivé
op-cli-column-languages = langues
op-cli-column-areas = zones
op-cli-column-linked = relié
op-cli-column-active = actif
op-cli-yes = oui
op-cli-no = non
op-cli-user-added = Compte { $name } ajouté : { $role }.
op-cli-user-disabled = Compte { $name } désactivé : ses sessions sont fermées et ses jetons d'API révoqués.
op-cli-user-enabled = Compte { $name } réactivé.
op-cli-token-created = Jeton d'API pour { $name } : affiché une seule fois, valable { $days } jours. Envoyez-le sous la forme `Authorization: Bearer <token>`.
op-cli-tokens-revoked = { $count ->
        [0] { $name } n'avait aucun jeton d'API à révoquer.
        [one] Un jeton d'API de { $name } révoqué.
       *[other] { $count } jetons d'API de { $name } révoqués.
    }
op-cli-bad-name = Les noms d'utilisateur comptent de 3 à 40 caractères parmi a-z, 0-9, « . », « _ » et « - ».
op-cli-name-taken = Un compte nommé { $name } existe déjà.
op-cli-no-such-user = Aucun compte ne porte ce nom (voir `faro user list`).
op-cli-unknown-shelter = --shelter { $shelter } n'est l'identifiant d'aucun refuge dans { $dir }.
op-cli-staff-needs-shelter = Les comptes du personnel ont besoin de --shelter ID.
op-cli-scope-mismatch = --country va avec --role publisher, et --shelter avec --role staff.
op-cli-unknown-role = { $role } n'est pas un rôle : utilisez admin, publisher ou staff.
op-cli-password-unreadable = Le mot de passe n'a pas pu être lu sur l'entrée standard.
op-cli-password-missing = Donnez le mot de passe sur l'entrée standard, par exemple : printf '%s\n' "$PASSWORD" | faro user add …
op-cli-interpreter-bad-name = --name doit compter de 1 à 80 caractères, sans caractères invisibles de direction.
op-cli-bad-language = { $tag } n'est pas une étiquette de langue ; écrivez des étiquettes comme ht, fr ou prs.
op-cli-unknown-city = --area { $area } : aucun refuge ni bureau de l'annuaire ne se trouve dans une ville nommée { $city }.
op-cli-unknown-area = --area { $area } n'est ni remote, ni l'identifiant d'un refuge, ni city:<nom> dans { $dir }.
op-cli-interpreter-added = Interprète { $id } ajouté.
op-cli-interpreter-code = Code de liaison (à donner à l'interprète ; il ne sert qu'une fois) : { $code }
op-cli-interpreter-send = L'interprète l'envoie au bot ainsi : /start { $code }
op-cli-interpreter-disabled = Interprète { $id } désactivé : aucune demande ne lui sera plus envoyée.
op-cli-interpreter-enabled = Interprète { $id } réactivé.
op-cli-interpreter-removed = Interprète { $id } supprimé, avec le numéro WhatsApp qu'il avait lié, le cas échéant.
op-cli-no-such-interpreter = Aucun interprète n'a l'identifiant { $id } (voir `faro interpreter list`).
op-cli-stats-table = { $table ->
        [origin] Origine
        [language] Langue
        [shelter] Refuge
       *[other] { $table }
    }

## Staff queue, reviews, figures

# La file du personnel se met à jour toute seule (static/staff_queue.js).
op-staff-live-off = Cette liste ne se met pas à jour toute seule ici : rechargez la page pour voir les nouvelles demandes.
op-staff-live-on = Cette liste se met à jour toute seule toutes les quelques secondes.
op-staff-live-sound = Émettre un son à l'arrivée d'une nouvelle demande
op-staff-live-new = Une nouvelle demande est arrivée.
op-staff-live-changed = La file a changé.
op-staff-live-failed = La file n'a pas pu être mise à jour. Si cela dure, rechargez la page.
# Annuler, qui demande d'abord.
op-staff-cancel-ask = Annuler la demande…
op-staff-cancel-title = Annuler la demande { $reference } ?
op-staff-cancel-explain = Annuler retire cette demande de la file, et c'est définitif. N'annulez que si la personne est partie ou n'a plus besoin d'interprète.
op-staff-cancel-confirm = Oui, annuler cette demande
op-staff-cancel-keep = Non, la garder dans la file
# Relectures des traductions.
op-admin-translations-stale = relu par { $by } le { $date }, mais l'anglais a changé depuis : les lecteurs revoient l'avertissement de traduction automatique
op-admin-translations-stale-heading = Relectures à refaire : l'anglais a changé après elles
op-admin-translations-ui-file = Textes d'interface : { $file }
op-admin-translations-back = Retour à toutes les traductions
op-admin-translations-notice-shown = Les lecteurs de ce texte sont avertis qu'il s'agit d'une traduction automatique que personne n'a vérifiée.
op-admin-translations-notice-gone = Les lecteurs de ce texte ne sont pas avertis qu'il s'agit d'une traduction automatique.
op-admin-translations-unmark = Annuler la relecture
# Les chiffres : comment ils sont masqués (la page et `faro stats`).
op-figures-hidden = masqué
op-figures-other = autres (groupes de moins de 5 au total)
op-figures-method-heading = Comment les petits nombres sont masqués
op-figures-method-closed = Seuls les trimestres terminés sont affichés, et leurs chiffres ne changent plus ensuite : comparer deux lectures ne révèle personne qui arrive ou qui part.
op-figures-method-other = Un groupe (une origine, une langue, un refuge) de moins de 5 déclarations sur l'ensemble des trimestres affichés n'apparaît pas sous son nom : il est ajouté à « autres ».
op-figures-method-small = « <5 » signifie moins de 5 (peut-être aucune).
op-figures-method-hidden = « masqué » signifie que le nombre peut être de n'importe quelle taille : il est masqué pour qu'un « <5 » de la même ligne ou colonne ne puisse pas se déduire du total.
op-figures-method-rounded = Tous les autres nombres sont arrondis au multiple de 5 le plus proche.

## Campaigns: stop and correct

op-admin-status-stopped = Arrêtée
op-admin-cancelled = Annulés
op-campaign-stop-summary = Arrêter cette campagne…
op-campaign-stop = Arrêter maintenant
# $seconds is the instance's banner_check_seconds.
op-campaign-stop-explain = Son bandeau disparaît de toutes les bornes en { $seconds } secondes au plus, et les messages pas encore envoyés sont annulés. Les messages déjà envoyés ne peuvent pas être repris : pour envoyer le bon texte, rédigez plutôt une correction.
op-campaign-correct = Rédiger une correction
op-campaign-correct-explain = Une correction est une nouvelle version de cette campagne, qui part de ses textes. Modifiez-la puis soumettez-la : elle doit de nouveau être relue et approuvée. Cette campagne reste sur les bornes jusqu'à la publication de la correction, qui la remplace.
# $slug is the correction's name.
op-campaign-open-correction = Une correction est en cours : { $slug }
# $revision is a number (2 for the first correction); $slug the name of the campaign it corrects.
op-campaign-revision-of = Version { $revision } : correction de { $slug }
# $by is a user name, $date a date and time, $seconds the instance's banner_check_seconds.
op-campaign-stopped-note = Arrêtée par { $by } le { $date } : son bandeau a quitté les bornes en { $seconds } secondes au plus, et plus rien n'en est envoyé.
op-campaign-replaced-by = Remplacée par la correction { $slug }
# $seconds is the instance's banner_check_seconds; $starts and $ends are dates and times.
op-campaign-banner-when = Une fois la campagne publiée, le bandeau apparaît sur les bornes en { $seconds } secondes au plus (ou à partir du { $starts }, si c'est plus tard) jusqu'au { $ends }.
# Sur la page d'une campagne quand WhatsApp est configuré : qui elle atteint là et combien de
# temps prend l'envoi dans les limites de Meta.
op-campaign-whatsapp-reach = Sur WhatsApp : { $people ->
        [one] une personne
       *[other] { $people } personnes
    }, dont { $outside } hors de la fenêtre de 24 heures (un modèle approuvé chacune). L'envoi prend environ { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } à { $rate } messages par seconde{ $days ->
        [0] .
        [one] , et un jour de plus : WhatsApp laisse le numéro atteindre { $limit } personnes par jour hors de la fenêtre.
       *[other] , et { $days } jours de plus : WhatsApp laisse le numéro atteindre { $limit } personnes par jour hors de la fenêtre.
    }
op-campaign-banner-live = Le bandeau est sur les bornes du { $starts } au { $ends } : il est apparu en { $seconds } secondes au plus après la publication, et disparaît en { $seconds } secondes au plus si la campagne est arrêtée.
op-campaign-resend-legend = Quand cette correction sera publiée
op-campaign-resend-yes = L'envoyer par Telegram aux personnes qui ont reçu une version précédente (et à personne d'autre)
op-campaign-resend-no = Ne pas l'envoyer : seuls le bandeau et la page de la campagne changent
op-campaign-resent = Cette correction a été envoyée aux personnes qui avaient reçu une version précédente.
op-campaign-not-resent = Cette correction n'a pas été envoyée par Telegram : seuls le bandeau et la page de la campagne ont changé.
op-campaign-only-publisher = Seule la personne qui a publié cette campagne, ou un compte administrateur, peut l'arrêter. Vous pouvez rédiger une correction.
# $action is what the account tried, as the server names it.
op-campaign-may-not = Votre compte ne peut pas { $action ->
        [stop-this-campaign] arrêter cette campagne
        [correct-this-campaign] corriger cette campagne
       *[other] { $action }
    }.
# $status is the campaign's status and $action what it cannot do, as the server names them.
op-campaign-wrong-status = La campagne { $status ->
        [draft] est un brouillon
        [review] est en relecture
        [approved] est approuvée
        [published] est publiée
        [stopped] est arrêtée
        [changed-meanwhile] a été modifiée par quelqu'un d'autre entre-temps
       *[other] est dans l'état { $status }
    }, elle ne peut donc pas être { $action ->
        [be-stopped] arrêtée
        [be-corrected] corrigée (seule une campagne publiée peut l'être)
        [be-submitted] soumise
        [be-returned] renvoyée en brouillon
        [be-approved] approuvée
        [be-published] publiée
        [change] modifiée (rédigez une correction)
       *[other] { $action }
    }.
op-campaign-fix-below = Rien n'a été enregistré. Modifiez ce qui est signalé ci-dessous, puis enregistrez de nouveau : votre texte est toujours là.
op-campaign-kept-notice = Votre session avait expiré, ce texte n'a donc pas été enregistré. Le voici tel que vous l'avez saisi : vérifiez-le et enregistrez-le de nouveau.
op-signin-kept = Votre session a expiré avant l'enregistrement. Reconnectez-vous : ce que vous avez saisi est conservé et réapparaît après la connexion.
# $field is the name of the query parameter that was not understood.
op-api-bad-list-query = La liste accepte status, country, updated_since (une heure RFC 3339), limit (de 1 à 100) et before (le next_before de la page précédente) ; { $field } n'est pas valide.
op-api-bad-resend = resend doit valoir true ou false.
