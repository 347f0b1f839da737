### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Esta página expirou
intake-expired = Para proteger a sua privacidade, estas perguntas só podem ser respondidas nesta tela e por pouco tempo. Nada foi guardado. Por favor, comece de novo.
intake-invalid = Algumas respostas não puderam ser entendidas. Nada foi guardado. Por favor, comece de novo.
intake-languages-count = Escolha pelo menos um idioma e no máximo { $max }.
intake-used-title = Esta página já foi usada
intake-used = Para proteger a sua privacidade, cada página destas perguntas só pode ser enviada uma vez, e a referência só é mostrada uma vez. Nada mais foi guardado. Se precisar de um intérprete, comece de novo.
intake-busy-title = Espere um pouco, por favor
intake-busy = Foram feitos muitos pedidos aqui há pouco tempo, por isso este ecrã não pode receber outro agora. Tente novamente mais tarde ou pergunte à equipa na receção.
