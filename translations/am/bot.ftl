### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = እንደገና ይጀምሩ
bot-command-help = Faroን እንዴት መጠቀም እንደሚቻል
bot-command-language = ቋንቋ ይቀይሩ
bot-command-forget = Faro ስለእርስዎ የያዘውን ሁሉ ይሰርዙ
bot-command-stop = ከFaro የሚመጡ መልዕክቶችን ያቁሙ

## Alerts

bot-alerts-country = ማሳወቂያዎቹ ስለየትኛው አገር ይሁኑ?
bot-alerts-all-countries = ሁሉም አገሮች

## Other answers

bot-button-expired = ይህ አዝራር ከእንግዲህ አይሰራም። ምናሌው ይኸውና።
bot-forget-kept = ምንም አልተሰረዘም።
