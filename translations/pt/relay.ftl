### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = Intérprete { $label }
relay-role-interpreter-unnamed = Intérprete
relay-role-person = Pessoa ({ $reference })
relay-started-person = { $role } aceitou o seu pedido { $reference }. Agora vocês podem conversar aqui: escreva ou mande uma mensagem de voz, e o Faro a entrega. Essa pessoa não vê o seu nome, o seu número nem a sua conta, e você também não vê os dela. Para terminar, envie /end.
relay-started-interpreter = Agora você está em contato com a pessoa do pedido { $reference } ({ $language }). O que você escrever ou gravar aqui chega a ela como “{ $role }”; ela não vê o seu nome, o seu número nem a sua conta. Para terminar, envie /end.
relay-label-hint = Para aparecer com um nome, envie /label e o nome, por exemplo: /label Marie
relay-ended-you = A conversa terminou. Obrigado.
relay-ended-other = { $role } encerrou a conversa.
relay-ended-neutral = A conversa do pedido { $reference } terminou.
relay-none = Você não está em uma conversa com um intérprete agora.
relay-only-text-voice = Nesta conversa só são repassados textos e mensagens de voz.
relay-busy = Já há muitas mensagens esperando para serem entregues. Espere um pouco e envie esta de novo.
relay-label-set = As pessoas com quem você fala pelo Faro vão ver você como “{ $role }”.
relay-label-bad = Um nome tem de 1 a 30 letras, sem números, @ ou links. Por exemplo: /label Marie
relay-available = Você está disponível: vai receber aviso de novos pedidos nos seus idiomas.
relay-away = Você está ausente: não vai receber aviso de novos pedidos até enviar /available.
relay-escalated = Nenhum intérprete aceitou ainda o seu pedido { $reference }. A equipe do abrigo já vê na lista dela que ninguém respondeu. O seu pedido continua aberto: você vai receber uma mensagem aqui assim que um intérprete aceitar. Você também pode perguntar na recepção do abrigo.
relay-escalated-remote = Nenhum intérprete aceitou ainda o seu pedido { $reference }. Os coordenadores do Faro já veem na lista deles que ninguém respondeu. O seu pedido continua aberto: você vai receber uma mensagem aqui assim que um intérprete aceitar.
relay-status-waiting = O seu pedido { $reference } está esperando um intérprete. Você está esperando há { $minutes ->
    [one] um minuto
   *[other] { $minutes } minutos
}.
relay-status-accepted = Um intérprete aceitou o seu pedido { $reference } depois de { $minutes ->
    [one] um minuto
   *[other] { $minutes } minutos
}.
relay-status-talking = Você está em uma conversa com { $role } sobre o pedido { $reference }. Escreva aqui ou mande uma mensagem de voz; envie /end para terminar.
relay-status-ended = A conversa sobre o seu pedido { $reference } terminou.
