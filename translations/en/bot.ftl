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

## Alerts

bot-alerts-country = Which country should the alerts be about?
bot-alerts-all-countries = All countries

## Other answers

bot-button-expired = This button no longer works. Here is the menu.
bot-forget-kept = Nothing was deleted.
