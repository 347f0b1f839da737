### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = फेरि सुरु गर्नुहोस्
bot-command-help = Faro कसरी प्रयोग गर्ने
bot-command-language = भाषा बदल्नुहोस्
bot-command-forget = Faro ले तपाईंबारे राखेको सबै मेटाउनुहोस्
bot-command-stop = Faro का सबै सन्देश बन्द गर्नुहोस्

## Alerts

bot-alerts-country = सूचनाहरू कुन देशबारे होऊन्?
bot-alerts-all-countries = सबै देश

## Other answers

bot-button-expired = यो बटनले अब काम गर्दैन। यहाँ मेनु छ।
bot-forget-kept = केही पनि मेटिएन।
