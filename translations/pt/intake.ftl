### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Esta página expirou
intake-expired = Para proteger a sua privacidade, estas perguntas só podem ser respondidas nesta tela e por pouco tempo. Nada foi guardado. Por favor, comece de novo.
intake-invalid = Algumas respostas não puderam ser entendidas. Nada foi guardado. Por favor, comece de novo.
intake-languages-count = Escolha pelo menos um idioma e no máximo { $max }.
