### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = फिर से शुरू करें
bot-command-help = Faro कैसे इस्तेमाल करें
bot-command-language = भाषा बदलें
bot-command-forget = Faro आपके बारे में जो कुछ रखता है, सब मिटाएँ
bot-command-stop = Faro के सभी संदेश बंद करें

## Alerts

bot-alerts-country = अलर्ट किस देश के बारे में हों?
bot-alerts-all-countries = सभी देश

## Other answers

bot-button-expired = यह बटन अब काम नहीं करता। यह रहा मेन्यू।
bot-forget-kept = कुछ भी नहीं मिटाया गया।
