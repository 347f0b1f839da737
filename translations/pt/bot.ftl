### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = Começar de novo
bot-command-help = Como usar o Faro
bot-command-language = Mudar de idioma
bot-command-forget = Apagar tudo o que o Faro guarda sobre você
bot-command-stop = Parar de receber mensagens do Faro
bot-command-status = Como está seu pedido de intérprete
bot-command-end = Encerrar a conversa com seu intérprete
bot-command-available = Intérpretes: receber novos pedidos
bot-command-away = Intérpretes: pausar novos pedidos
bot-command-hours = Intérpretes: seu horário para receber pedidos
bot-command-label = Intérpretes: o nome que as pessoas veem
bot-command-to = Intérpretes: para qual conversa você escreve
bot-command-join = Equipe do abrigo: entrar na conversa de um pedido

## Alerts

bot-alerts-country = Sobre qual país você quer receber alertas?
bot-alerts-all-countries = Todos os países

## Other answers

bot-button-expired = Este botão não funciona mais. Aqui está o menu.
bot-forget-kept = Nada foi apagado.
