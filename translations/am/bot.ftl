### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = እንደገና ይጀምሩ
bot-command-help = Faroን እንዴት መጠቀም እንደሚቻል
bot-command-language = ቋንቋ ይቀይሩ
bot-command-forget = Faro ስለ እርስዎ የያዘውን ሁሉ ይሰርዙ
bot-command-stop = ከFaro የሚመጡ መልዕክቶችን ያቁሙ
bot-command-status = የአስተርጓሚ ጥያቄዎ ያለበት ሁኔታ
bot-command-end = ከአስተርጓሚዎ ጋር ያለውን ውይይት ያቁሙ
bot-command-available = አስተርጓሚዎች፦ አዲስ ጥያቄዎችን ይቀበሉ
bot-command-away = አስተርጓሚዎች፦ አዲስ ጥያቄዎችን ለጊዜው ያቁሙ
bot-command-hours = አስተርጓሚዎች፦ ጥያቄዎችን የሚቀበሉበት ሰዓት
bot-command-label = አስተርጓሚዎች፦ ሰዎች የሚያዩት ስም
bot-command-to = አስተርጓሚዎች፦ የሚጽፉበት ውይይት
bot-command-join = የመጠለያው ሠራተኞች፦ የጥያቄ ውይይትን ይቀላቀሉ

## Alerts

bot-alerts-country = ማሳወቂያዎቹ ስለ የትኛው ሀገር ይሁኑ?
bot-alerts-all-countries = ሁሉም ሀገሮች

## Other answers

bot-button-expired = ይህ ቁልፍ ከእንግዲህ አይሠራም። ምናሌው ይኸውና።
bot-forget-kept = ምንም አልተሰረዘም።
