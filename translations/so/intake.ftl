### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Boggan wuu dhacay
intake-expired = Si loo ilaaliyo sirtaada, su'aalahan waxaa looga jawaabi karaa oo keliya shaashaddan iyo waqti gaaban. Waxba lama kaydin. Fadlan dib u bilow.
intake-invalid = Jawaabaha qaarkood lama fahmin. Waxba lama kaydin. Fadlan dib u bilow.
intake-languages-count = Dooro ugu yaraan hal luqad iyo ugu badnaan { $max }.
