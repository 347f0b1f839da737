### Faro — UI strings (French (Français))
### translation: machine

##
## Traducteurs : gardez chaque clé ; ne changez que le texte après « = ». Les variables comme { $count }
## restent exactement telles quelles. Écrivez comme vous parleriez à une personne sur la route : court, simple,
## amical, sans jamais culpabiliser. Utilisez les formes du pluriel de votre langue (voir { $count -> ... }).

## Le service

faro-name = Faro
faro-tagline = Des informations pour les personnes en route, dans votre langue.
privacy-note = Faro n'utilise pas de cookies et n'enregistre pas ce que vous lisez ici.

## Avis affichés avec un texte

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = Ce texte n'est pas encore disponible en { $requested }. Il est affiché en { $shown }.
notice-machine = Ce texte a été traduit par une machine. Il n'a pas encore été vérifié par une personne.
notice-demo = Exemple, non vérifié. Ne vous y fiez pas.
badge-demo = Exemple
# $date is a date such as 2026-11-20.
notice-last-verified = Dernière vérification : { $date }

## Navigation

nav-home = Accueil
nav-topics = Informations
nav-directory = Lieux d'aide
nav-consulates = Consulats
nav-emergency = Urgences
nav-language = Langue
nav-start-over = Recommencer
nav-back = Retour
nav-next = Suivant
nav-whole-topic = 📄 Tout le sujet, à garder
nav-web-page = 🌐 Ouvrir sur le web
nav-menu = Menu

## Choix de la langue

picker-title = Choisissez votre langue
picker-hint = Touchez votre langue.

## Page d'accueil et sujets

home-title = Que voulez-vous savoir ?
topics-title = Informations
topic-open = Lire
# $current and $total are numbers: "Part 2 of 5".
topic-part = Partie { $current } sur { $total }

## Répertoire

directory-title = Lieux d'aide
directory-intro = Centres d'accueil, aide juridique, soins de santé et bureaux dans la région.
directory-filter-country = Pays
directory-filter-city = Ville
directory-filter-kind = Type de lieu
directory-filter-service = Service
directory-filter-any = Tous
directory-filter-apply = Afficher
directory-near = Les plus proches de vous d'abord
# $count is the number of places found.
directory-count = { $count ->
    [0] Aucun lieu trouvé.
    [one] Un lieu trouvé.
   *[other] { $count } lieux trouvés.
}
directory-empty = Aucun lieu de notre liste ne correspond. Essayez avec moins de filtres.
directory-choose = Choisissez un pays pour voir ses lieux, ou partagez votre position pour voir d'abord les plus proches.
directory-use-location = Utiliser ma position
directory-location-failed = Votre position n'a pas pu être lue. Choisissez plutôt un pays.
# $km is a distance in kilometres, already rounded.
directory-distance = À { $km } km
entry-address = Adresse
entry-hours = Horaires d'ouverture
weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche
hours-every-day = Tous les jours
hours-all-day = 24 h sur 24
hours-day-range = du { $first } au { $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days }, { $times }
entry-phone = Téléphone
# $number is a phone number.
entry-call = Appeler le { $number }
entry-website = Site web
entry-languages = Langues parlées
entry-services = Services
entry-procedures = Ce qu'ils peuvent faire pour vous
# $country is a country name.
entry-represents = Représente : { $country }
entry-nationwide = Tout le pays

kind-shelter = Centre d'accueil
kind-consulate = Consulat
kind-embassy = Ambassade
kind-hotline = Ligne d'urgence
kind-legal_aid = Aide juridique
kind-health = Soins de santé
kind-agency = Bureau ou organisme public

service-shelter = Un endroit pour dormir
service-food = Nourriture
service-legal_aid = Aide juridique
service-health = Soins de santé
service-documents = Documents
service-asylum = Asile
service-psychosocial = Soutien émotionnel
service-children = Enfants
service-women = Femmes
service-interpreting = Interprètes
service-emergency = Urgences
service-family_tracing = Retrouver sa famille
service-return = Retour au pays
service-information = Informations
service-complaints = Plaintes

procedure-passport = Passeport
procedure-travel_document = Document de voyage
procedure-identity_certification = Attestation d'identité
procedure-consular_registration = Inscription consulaire
procedure-repatriation = Aide pour rentrer au pays

## Consulats

consulates-title = Consulats et ambassades
consulates-choose = Le consulat de quel pays cherchez-vous ?
# $country is a country name.
consulates-for = Consulats et ambassades : { $country }
consulates-none = Pays : { $country }. Notre liste ne contient encore aucun consulat ni aucune ambassade de ce pays.
consulates-voluntary = Contacter votre consulat, c'est votre choix. Si vous avez peur de votre propre gouvernement, ne contactez pas votre consulat. Renseignez-vous plutôt sur l'asile auprès du HCR (ACNUR).

## Urgences

emergency-title = Numéros d'urgence
emergency-intro = Les appels vers ces numéros sont gratuits. Dites où vous êtes, ce qui s'est passé et combien de personnes ont besoin d'aide.
# $number is a short number such as 911.
emergency-dial = Composez le { $number }

## Codes QR

qr-phone = Emportez cette page : scannez-la avec votre téléphone.
qr-telegram = Continuez sur Telegram, dans votre langue.
qr-whatsapp = Continuez sur WhatsApp, dans votre langue.

## Borne

# $seconds is a number.
kiosk-idle-notice = Pour protéger votre vie privée, cet écran revient au début après { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} sans utilisation.
# $shelter is the name of the shelter.
kiosk-at-shelter = Vous êtes ici : { $shelter }.
kiosk-interpreter = Demander un interprète

## Campagnes

campaign-label = Important

## Erreurs

error-not-found-title = Page introuvable
error-not-found = Nous n'avons pas trouvé cette page. Revenez au début et réessayez.
error-topic-not-found = Ce sujet n'existe pas. Voici les sujets disponibles.
error-language-not-found = Cette langue n'est pas disponible. Choisissez l'une de ces langues.
error-kiosk-title = Cet écran n'est pas configuré
error-kiosk = L'adresse de cet écran indique un centre d'accueil que Faro ne connaît pas : { $id }. Prévenez le personnel, s'il vous plaît. Pour corriger, l'adresse doit être /k/ suivi de l'identifiant d'un centre d'accueil de la liste des lieux de Faro.
error-kiosk-choose = Cet écran n'est pas encore configuré : prévenez le personnel, s'il vous plaît. Vous pouvez quand même lire les informations dans votre langue.
error-bad-request-title = Quelque chose ne va pas
error-bad-request = Certains choix dans l'adresse n'ont pas pu être compris. Veuillez réessayer à partir du menu.
error-bad-location = La position n'a pas pu être lue. Indiquez la latitude et la longitude sous forme de deux nombres.
error-server-title = Un problème est survenu
error-server = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.

## Bot Telegram

bot-welcome = Bienvenue sur Faro. Ici, vous pouvez lire dans votre langue des informations sur les risques de la route, l'asile, vos droits et les lieux où trouver de l'aide.
bot-choose-language = Choisissez votre langue :
# $language is a language name in that language.
bot-language-detected = On dirait que vous écrivez en { $language }. Voulez-vous continuer en { $language } ?
bot-language-yes = Oui, continuer
bot-language-other = Choisir une autre langue
bot-language-set = Faro vous parlera désormais en { $language }.
menu-title = De quoi avez-vous besoin ?
menu-emergency = Numéros d'urgence
menu-topics = Informations
menu-near-me = De l'aide près de moi
menu-consulate = Le consulat de mon pays
menu-interpreter = J'ai besoin d'un interprète
menu-alerts-on = Activer les alertes
menu-alerts-off = Désactiver les alertes
menu-language = Changer de langue
menu-forget = Supprimer mes données
menu-help = Aide
bot-help = Utilisez les boutons pour naviguer. Commandes :
    /start — recommencer
    /language — changer de langue
    /help — cette aide
    /forget — supprimer tout ce que Faro garde sur vous
    /stop — arrêter tous les messages de Faro
bot-topics = Choisissez un sujet :
bot-near-me-ask = Partagez votre position pour voir les lieux d'aide les plus proches. Votre position sert uniquement à cette réponse et n'est pas enregistrée.
bot-near-me-button = Partager ma position
bot-near-me-results = Les lieux les plus proches de vous :
bot-near-me-none = Notre liste ne contient pas encore de lieux près de vous.
bot-consulate-ask = De quel pays venez-vous ? Choisissez-le pour voir ses consulats et ambassades.
bot-search-results = Ces sujets peuvent vous aider :
bot-search-none = Je n'ai rien trouvé à ce sujet. Voici le menu.
bot-non-text = Je peux lire uniquement du texte. Écrivez un message ou utilisez les boutons.
bot-alerts-on = Les alertes sont activées. Vous recevrez les messages importants. Envoyez /stop pour les arrêter.
bot-alerts-off = Les alertes sont désactivées.
bot-stopped = Faro ne vous enverra plus de messages. Envoyez /start si vous voulez recommencer.
bot-forget-confirm = Cela supprime tout ce que Faro garde sur vous : votre langue, vos alertes et toute demande d'interprète. Voulez-vous vraiment tout supprimer ?
bot-forget-yes = Oui, supprimer
bot-forget-cancel = Non, garder
bot-forget-done = C'est fait. Tout ce que Faro gardait sur vous a été supprimé.
bot-private-only = Faro répond uniquement dans les discussions privées. Ouvrez une discussion avec le bot pour l'utiliser.
bot-error = Un problème est survenu de notre côté. Veuillez réessayer.
# Under every campaign message the bot sends.
campaign-stop-hint = Vous recevez ce message parce que vous avez activé les alertes. Envoyez /stop pour les arrêter.

## Pays (origine et consulats)

country-AF = Afghanistan
country-AO = Angola
country-BD = Bangladesh
country-BR = Brésil
country-BZ = Belize
country-CD = République démocratique du Congo
country-CL = Chili
country-CM = Cameroun
country-CN = Chine
country-CO = Colombie
country-CR = Costa Rica
country-CU = Cuba
country-DO = République dominicaine
country-EC = Équateur
country-ER = Érythrée
country-ET = Éthiopie
country-GH = Ghana
country-GN = Guinée
country-GT = Guatemala
country-HN = Honduras
country-HT = Haïti
country-IN = Inde
country-IQ = Irak
country-IR = Iran
country-LK = Sri Lanka
country-MX = Mexique
country-NG = Nigeria
country-NI = Nicaragua
country-NP = Népal
country-PA = Panama
country-PE = Pérou
country-PK = Pakistan
country-SN = Sénégal
country-SO = Somalie
country-SV = Salvador
country-SY = Syrie
country-UZ = Ouzbékistan
country-VE = Venezuela
country-YE = Yémen

## Langues en plus des seize langues de Faro (pour « Une autre langue »)

language-wo = Wolof
language-pa = Pendjabi
language-ta = Tamoul
language-si = Cingalais
language-om = Oromo
language-sw = Swahili
language-ln = Lingala
language-ff = Peul
language-ru = Russe
language-uz = Ouzbek
language-tr = Turc
language-ku = Kurde

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Source :
topic-source-checked = vérifiée le { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = Français
