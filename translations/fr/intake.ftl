### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Cette page a expiré
intake-expired = Pour protéger votre vie privée, ces questions ne peuvent être remplies que sur cet écran et pendant peu de temps. Rien n'a été enregistré. Veuillez recommencer.
intake-invalid = Certaines réponses n'ont pas pu être comprises. Rien n'a été enregistré. Veuillez recommencer.
intake-languages-count = Choisissez au moins une langue et au plus { $max }.
