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
relay-outside-window = Isto não foi entregue: a outra pessoa não escreve aqui há mais de 24 horas, e o WhatsApp só deixa o Faro escrever para ela depois que ela escrever de novo.
relay-unreachable = Isto não foi entregue: não é possível alcançar a outra pessoa agora. Tente de novo daqui a pouco.
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

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = Você será avisado de novos pedidos { $hours } (fuso horário { $zone }), enquanto estiver disponível. /hours off remove esse horário.
relay-hours-off = Seu horário foi removido: você será avisado de novos pedidos sempre que estiver disponível (/available, /away).
relay-hours-usage = Envie os dias e os horários, e seu fuso horário se não for o do abrigo, por exemplo: /hours mon-fri 09:00-17:00 ou /hours sat,sun 10:00-14:00 America/Guatemala. Dias: mon tue wed thu fri sat sun (segunda a domingo). /hours off remove seu horário.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Conversas abertas agora: { $references }. O que você escreve vai para { $reference }, a mais recente. Para escrever em outra, envie /to e a referência dela, por exemplo: /to { $other }
relay-to-set = O que você escreve agora vai para a pessoa do pedido { $reference }.
relay-to-unknown = Essa não é uma das suas conversas abertas. Abertas agora: { $references }. Envie /to e uma delas.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Equipe do abrigo
relay-staff-linked = Seu Telegram agora está vinculado à conta da equipe { $name }. Para entrar na conversa de um pedido do seu abrigo, envie /join e a referência, por exemplo: /join K7P4QM
relay-joined-you = Você entrou na conversa do pedido { $reference }. Os outros veem você como “{ $role }”: o que você escreve ou grava aqui chega aos dois. /end encerra a conversa para todos.
relay-joined-other = { $role } entrou nesta conversa: o que você escreve agora chega também a essa pessoa.
relay-join-failed = Não há nenhuma conversa em andamento com essa referência em que você possa entrar.
