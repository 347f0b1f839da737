### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Gardez ces pages sur ce téléphone pour les lire sans internet
offline-title = Garder les pages sur ce téléphone
offline-intro = Enregistrez tous les sujets, les numéros d’urgence, les consulats et les lieux qui aident, en { $language }, sur ce téléphone. Ils s’ouvrent ensuite sans internet, même en mode avion.
offline-size-text = Texte : { $size } à télécharger
offline-size-audio = Audio (seulement si vous le choisissez) : { $size } de plus à télécharger
offline-no-audio = Il n’y a pas encore d’audio dans cette langue.
offline-size-kb = { $kb } Ko
offline-size-mb = { $mb } Mo
offline-with-audio = Garder aussi l’audio
offline-keep = Garder sur ce téléphone
offline-needs-js = L’enregistrement a besoin de JavaScript, désactivé dans ce navigateur. Les pages fonctionnent toujours tant que vous avez internet.
offline-privacy = Rien sur vous n’est enregistré ni envoyé : seulement ces pages. Vous pouvez les effacer à tout moment.
offline-saving = Enregistrement…
offline-saved-on = Enregistré sur ce téléphone le { $date }.
offline-saved-audio = Avec l’audio.
offline-newer = Une version plus récente est en ligne.
offline-update = Mettre à jour
offline-clear = Effacer les pages enregistrées
offline-cleared = Les pages enregistrées ont été effacées de ce téléphone.
offline-failed = Les pages n’ont pas pu être enregistrées. Vérifiez la connexion et réessayez.
offline-unsupported = Ce navigateur ne peut pas garder de pages. Essayez un autre navigateur, comme Chrome ou Firefox.
