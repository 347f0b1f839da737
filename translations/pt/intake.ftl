### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Autodeclaração e intérpretes

consent-title = Antes de começar
# $days é o número de dias em que as respostas ficam guardadas.
consent-text = Para encontrar um intérprete que fale o seu idioma, vamos perguntar de onde você é e quais idiomas você fala. Responder é uma escolha sua. Toda pergunta tem a opção "Prefiro não dizer". Nunca pedimos o seu nome, os seus documentos nem o seu número de telefone. As suas respostas são apagadas depois de { $days ->
    [one] um dia
   *[other] { $days } dias
}, e você pode apagá-las a qualquer momento com "Apagar meus dados".
consent-accept = Eu concordo
consent-decline = Não, obrigado
consent-declined = Tudo bem. Você ainda pode usar todas as informações do Faro.
intake-origin = De que país você é?
intake-prefer-not = Prefiro não dizer
intake-languages = Quais idiomas você fala? Escolha um ou mais e depois toque em "Pronto".
intake-language-other = Outro idioma
intake-done = Pronto
intake-where = Onde você está agora?
intake-skip = Pular
intake-share-origin = O intérprete pode saber de que país você é?
intake-share-yes = Sim
intake-share-no = Não
# $reference é um código curto, como K7M2Q.
intake-created = O seu pedido foi registrado. O seu código é { $reference }. Estamos procurando um intérprete que fale o seu idioma.
intake-reference-qr = Escaneie para acompanhar o seu pedido no Telegram.
intake-reference-qr-whatsapp = Escaneie para acompanhar o seu pedido no WhatsApp.
intake-accepted = Um intérprete aceitou o seu pedido { $reference }. O contato com você será feito pela equipe do abrigo ou por aqui.
intake-waiting = Nenhum intérprete está livre agora. O seu pedido { $reference } está na fila, e a equipe do abrigo pode vê-lo.
intake-delete = Apagar meus dados
intake-back = Voltar
intake-origin-another = Outro país
intake-where-remote = Não estou aqui: um intérprete por telefone ou vídeo
intake-waiting-remote = Nenhum intérprete está livre agora. O seu pedido { $reference } está na fila, e a equipe de coordenação do Faro pode vê-lo.
intake-next-desk = O que fazer agora: vá até a equipe no balcão e mostre este código.
intake-next-phone = Ou continue no seu celular: escaneie o código abaixo para acompanhar o seu pedido no Telegram.
intake-next-phone-whatsapp = Ou continue no seu celular: escaneie o código abaixo para acompanhar o seu pedido no WhatsApp.
intake-next-phone-both = Ou continue no seu celular: escaneie um dos códigos abaixo para acompanhar o seu pedido no Telegram ou no WhatsApp.
intake-delete-intro = Para apagar o seu pedido de intérprete e as suas respostas, você precisa do link que está no código da sua tela de referência: escaneie esse código com o celular e cole o link aqui. Só a referência não basta, para que ninguém que a tenha visto possa apagar o seu pedido. Se você abriu o código no Telegram, "Apagar meus dados" no bot do Faro faz o mesmo.
intake-delete-code = Link ou código do QR code
intake-delete-done = Se o link ou o código pertencia a um pedido, esse pedido e as suas respostas já foram apagados. Para proteger a sua privacidade, esta página é igual nos dois casos.
intake-unknown-reference = Não encontramos esse pedido. Ele pode ter sido apagado, concluído ou ter expirado.
interpreter-new-request = Novo pedido { $reference }: { $language }, local: { $place }.
interpreter-accept = Aceitar
interpreter-new-requests = Novos pedidos à espera: { $count }
interpreter-accept-reference = Aceitar { $reference }
interpreter-accepted = Você aceitou o pedido { $reference }.
interpreter-taken = Outro intérprete já aceitou este pedido.
interpreter-linked = A sua conta do Telegram agora está vinculada como intérprete: { $name }.
interpreter-linked-whatsapp = O seu número de WhatsApp agora está vinculado como intérprete: { $name }. O WhatsApp só deixa o Faro escrever livremente para você nas 24 horas seguintes à sua última mensagem aqui; escreva de vez em quando (por exemplo /available) para receber os novos pedidos na hora.
interpreter-remote = A distância
interpreter-link-failed = Este código de vinculação não existe ou já foi usado. Peça um novo à coordenação.
interpreter-not-registered = Só intérpretes cadastrados podem aceitar pedidos.
# $country é o nome de um país.
interpreter-origin = País de origem: { $country }

intake-expired-title = Esta página expirou
intake-expired = Para proteger a sua privacidade, estas perguntas só podem ser respondidas nesta tela e por pouco tempo. Nada foi guardado. Por favor, comece de novo.
intake-invalid = Algumas respostas não puderam ser entendidas. Nada foi guardado. Por favor, comece de novo.
intake-languages-count = Escolha pelo menos um idioma e no máximo { $max }.
intake-used-title = Esta página já foi usada
intake-used = Para proteger a sua privacidade, cada página destas perguntas só pode ser enviada uma vez, e a referência só é mostrada uma vez. Nada mais foi guardado. Se precisar de um intérprete, comece de novo.
intake-busy-title = Espere um pouco, por favor
intake-busy = Foram feitos muitos pedidos aqui há pouco tempo, por isso este ecrã não pode receber outro agora. Tente novamente mais tarde ou pergunte à equipa na receção.
