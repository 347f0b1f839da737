### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Cette page a expiré
intake-expired = Pour protéger votre vie privée, ces questions ne peuvent être remplies que sur cet écran et pendant peu de temps. Rien n'a été enregistré. Veuillez recommencer.
intake-invalid = Certaines réponses n'ont pas pu être comprises. Rien n'a été enregistré. Veuillez recommencer.
intake-languages-count = Choisissez au moins une langue et au plus { $max }.
intake-used-title = Cette page a déjà été utilisée
intake-used = Pour protéger votre vie privée, chaque page de ces questions ne peut être envoyée qu'une seule fois, et la référence n'est affichée qu'une seule fois. Rien de plus n'a été enregistré. Si vous avez besoin d'un interprète, veuillez recommencer.
intake-busy-title = Veuillez patienter un peu
intake-busy = Beaucoup de demandes ont été faites ici il y a peu de temps : cet écran ne peut pas en accepter une autre pour le moment. Veuillez réessayer plus tard, ou demandez au personnel à l'accueil.
