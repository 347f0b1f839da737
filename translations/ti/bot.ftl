### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = ደጊምኩም ጀምሩ
bot-command-help = ንFaro ብኸመይ ትጥቀሙሉ
bot-command-language = ቋንቋ ምቕያር
bot-command-forget = Faro ብዛዕባኹም ዝሓዞ ኩሉ ደምስሱ
bot-command-stop = ኩሉ መልእኽትታት Faro ኣቋርጹ
bot-command-status = ሕቶ ተርጓሚኹም ኣበይ በጺሑ
bot-command-end = ምስ ተርጓሚኹም ዘሎ ዝርርብ ወድእዎ
bot-command-available = ተርጐምቲ፦ ሓደሽቲ ሕቶታት ተቐበሉ
bot-command-away = ተርጐምቲ፦ ሓደሽቲ ሕቶታት ንግዚኡ ኣቋርጹ
bot-command-hours = ተርጐምቲ፦ ሕቶታት እትቕበልሉ ሰዓታት
bot-command-label = ተርጐምቲ፦ ሰባት ዝርእይዎ ስም
bot-command-to = ተርጐምቲ፦ ኣብ ኣየናይ ዝርርብ ትጽሕፉ
bot-command-join = ሰራሕተኛታት መዕቆቢ፦ ናብ ዝርርብ ሕቶ ተጸንበሩ

## Alerts

bot-alerts-country = መጠንቀቕታታት ብዛዕባ ኣየናይ ሃገር ይኹኑ?
bot-alerts-all-countries = ኩለን ሃገራት

## Other answers

bot-button-expired = እዚ መጠወቕ ደጊሙ ኣይሰርሕን እዩ። እንሆ እቲ መምረጺ።
bot-forget-kept = ዋላ ሓንቲ ኣይተደምሰሰን።
