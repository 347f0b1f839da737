### translation: original
### Faro — UI strings of the Telegram bot that translations/en/faro.ftl does not have.
##
## Translators: keep every key; change only the text after "=". Write as you would speak to a
## person on the road: short, plain, friendly.

## Commands, as listed in Telegram's command menu (at most 256 characters each)

bot-command-start = Begin again
bot-command-help = How to use Faro
bot-command-language = Change language
bot-command-forget = Delete everything Faro keeps about you
bot-command-stop = Stop all messages from Faro
bot-command-status = Where your interpreter request stands
bot-command-end = End the conversation with your interpreter
bot-command-available = Interpreters: take new requests
bot-command-away = Interpreters: pause new requests
bot-command-hours = Interpreters: the hours you take requests
bot-command-label = Interpreters: the name people see
bot-command-to = Interpreters: which conversation you write to
bot-command-join = Shelter staff: join a request's conversation

## Alerts

bot-alerts-country = Which country should the alerts be about?
bot-alerts-all-countries = All countries

## Other answers

bot-button-expired = This button no longer works. Here is the menu.
bot-forget-kept = Nothing was deleted.
