### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Déclaration volontaire et interprètes

consent-title = Avant de commencer
# $days is the number of days the answers are kept.
consent-text = Pour trouver un interprète qui parle votre langue, nous allons vous demander de quel pays vous venez et quelles langues vous parlez. Vous êtes libre de répondre ou non. Chaque question propose « Je préfère ne pas répondre ». Nous ne demandons jamais votre nom, vos documents ni votre numéro de téléphone. Vos réponses sont supprimées après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}, et vous pouvez les supprimer à tout moment avec « Supprimer mes données ».
consent-accept = J'accepte
consent-decline = Non, merci
consent-declined = Pas de problème. Vous pouvez quand même utiliser toutes les informations de Faro.
intake-origin = De quel pays venez-vous ?
intake-prefer-not = Je préfère ne pas répondre
intake-languages = Quelles langues parlez-vous ? Choisissez-en une ou plusieurs, puis appuyez sur « Terminé ».
intake-language-other = Une autre langue
intake-done = Terminé
intake-where = Où êtes-vous maintenant ?
intake-skip = Passer
intake-share-origin = L'interprète peut-il savoir de quel pays vous venez ?
intake-share-yes = Oui
intake-share-no = Non
# $reference is a short code such as K7M2Q.
intake-created = Votre demande est enregistrée. Votre référence est { $reference }. Nous cherchons un interprète qui parle votre langue.
intake-reference-qr = Scannez pour suivre votre demande sur Telegram.
intake-reference-qr-whatsapp = Scannez pour suivre votre demande sur WhatsApp.
intake-accepted = Un interprète a accepté votre demande { $reference }. Il vous contactera par l'intermédiaire du personnel du centre d'accueil, ou ici.
intake-waiting = Aucun interprète n'est disponible pour le moment. Votre demande { $reference } est en attente, et le personnel du centre d'accueil peut la voir.
intake-delete = Supprimer mes données
intake-back = Retour
intake-origin-another = Un autre pays
intake-where-remote = Pas ici : un interprète par téléphone ou en visio
intake-waiting-remote = Aucun interprète n'est disponible pour le moment. Votre demande { $reference } est en attente, et l'équipe de coordination de Faro peut la voir.
intake-next-desk = Et maintenant : allez voir le personnel à l'accueil et montrez-lui ce code.
intake-next-phone = Ou continuez sur votre téléphone : scannez le code ci-dessous pour suivre votre demande sur Telegram.
intake-next-phone-whatsapp = Ou continuez sur votre téléphone : scannez le code ci-dessous pour suivre votre demande sur WhatsApp.
intake-next-phone-both = Ou continuez sur votre téléphone : scannez l’un des codes ci-dessous pour suivre votre demande sur Telegram ou WhatsApp.
intake-delete-intro = Pour supprimer votre demande d'interprète et vos réponses, il vous faut le lien contenu dans le code de votre écran de référence : scannez ce code avec votre téléphone et collez son lien ici. La référence seule ne suffit pas, pour que personne qui l'a vue ne puisse supprimer votre demande. Si vous avez ouvert le code dans Telegram, « Supprimer mes données » dans le bot Faro fait la même chose.
intake-delete-code = Lien ou code du code QR
intake-delete-done = Si le lien ou le code correspondait à une demande, cette demande et vos réponses sont maintenant supprimées. Pour protéger votre vie privée, cette page est la même dans les deux cas.
intake-unknown-reference = Nous n'avons pas trouvé cette demande. Elle a peut-être été supprimée ou clôturée, ou elle a expiré.
interpreter-new-request = Nouvelle demande { $reference } : { $language }, lieu : { $place }.
interpreter-accept = Accepter
interpreter-new-requests = Nouvelles demandes en attente : { $count }
interpreter-accept-reference = Accepter { $reference }
interpreter-accepted = Vous avez accepté la demande { $reference }.
interpreter-taken = Un autre interprète a déjà accepté cette demande.
interpreter-linked = Votre compte Telegram est maintenant lié en tant qu'interprète : { $name }.
interpreter-linked-whatsapp = Votre numéro WhatsApp est maintenant lié en tant qu'interprète : { $name }. WhatsApp ne permet à Faro de vous écrire librement que dans les 24 heures qui suivent votre dernier message ici ; écrivez de temps en temps (par exemple /available) pour recevoir les nouvelles demandes tout de suite.
interpreter-remote = À distance
interpreter-link-failed = Ce code de liaison est inconnu ou a déjà été utilisé. Demandez-en un nouveau au coordinateur.
interpreter-not-registered = Seuls les interprètes inscrits peuvent accepter des demandes.
# $country is a country name.
interpreter-origin = Pays d'origine : { $country }

intake-expired-title = Cette page a expiré
intake-expired = Pour protéger votre vie privée, ces questions ne peuvent être remplies que sur cet écran et pendant peu de temps. Rien n'a été enregistré. Veuillez recommencer.
intake-invalid = Certaines réponses n'ont pas pu être comprises. Rien n'a été enregistré. Veuillez recommencer.
intake-languages-count = Choisissez au moins une langue et au plus { $max }.
intake-used-title = Cette page a déjà été utilisée
intake-used = Pour protéger votre vie privée, chaque page de ces questions ne peut être envoyée qu'une seule fois, et la référence n'est affichée qu'une seule fois. Rien de plus n'a été enregistré. Si vous avez besoin d'un interprète, veuillez recommencer.
intake-busy-title = Veuillez patienter un peu
intake-busy = Beaucoup de demandes ont été faites ici il y a peu de temps : cet écran ne peut pas en accepter une autre pour le moment. Veuillez réessayer plus tard, ou demandez au personnel à l'accueil.
