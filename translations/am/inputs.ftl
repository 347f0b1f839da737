### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = አስተርጓሚ መጠየቅ ጀምረው ነበር። ያቆሙበት ጥያቄ ይህ ነው፤ መልሶችዎ ተይዘዋል።
# A voice note: the bot cannot listen to it.
bot-voice-note = የድምፅ መልእክቶችን ማዳመጥ አልችልም። ቋንቋዎን የሚናገር አስተርጓሚ ሊረዳዎት ይችላል፦ ከታች ያለውን ቁልፍ ይጫኑ። ብዙ ገጾችም ጮክ ተብለው ሊነበቡልዎት ይችላሉ፦ አንድ ርዕስ ይክፈቱ።
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = የሌላ ሰው መልእክት አስተላልፈዋል። ጉዞ፣ ሥራ ወይም ሰነዶች የሚያቀርብ ከሆነ ለማንም ከመክፈልዎ በፊት በእነዚህ ምልክቶች ያረጋግጡት፦
bot-forwarded-other = የሌላ ሰው መልእክት አስተላልፈዋል። ስለ ርዕሱ ያሉት ገጾች እነዚህ ናቸው። ጉዞ፣ ሥራ ወይም ወረቀቶች የሚያቀርብ ከሆነ፣ ለማንም ከመክፈልዎ በፊት ከታች ያለውን «{ $page }» ያንብቡ።
