### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = फेरि सुरु गर्नुहोस्
bot-command-help = Faro कसरी प्रयोग गर्ने
bot-command-language = भाषा बदल्नुहोस्
bot-command-forget = Faro ले तपाईंबारे राखेको सबै मेटाउनुहोस्
bot-command-stop = Faro का सबै सन्देश बन्द गर्नुहोस्
bot-command-status = तपाईंको दोभाषे अनुरोधको अवस्था
bot-command-end = आफ्नो दोभाषेसँगको कुराकानी अन्त्य गर्नुहोस्
bot-command-available = दोभाषे: नयाँ अनुरोधहरू लिनुहोस्
bot-command-away = दोभाषे: नयाँ अनुरोधहरू रोक्नुहोस्
bot-command-hours = दोभाषे: अनुरोध लिने तपाईंको समय
bot-command-label = दोभाषे: मानिसहरूले देख्ने नाम
bot-command-to = दोभाषे: तपाईं कुन कुराकानीमा लेख्दै हुनुहुन्छ
bot-command-join = आश्रयस्थलका कर्मचारी: अनुरोधको कुराकानीमा सामेल हुनुहोस्

## Alerts

bot-alerts-country = सूचनाहरू कुन देशबारे होऊन्?
bot-alerts-all-countries = सबै देश

## Other answers

bot-button-expired = यो बटनले अब काम गर्दैन। यहाँ मेनु छ।
bot-forget-kept = केही पनि मेटिएन।
