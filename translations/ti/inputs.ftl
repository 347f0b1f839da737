### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = ተርጓሚ ምሕታት ጀሚርኩም ኔርኩም። እዚ ዝደው ዝበልኩምሉ ሕቶ እዩ፤ መልስታትኩም ተዓቂቡ ኣሎ።
# A voice note: the bot cannot listen to it.
bot-voice-note = ናይ ድምጺ መልእኽትታት ክሰምዕ ኣይክእልን። ቋንቋኹም ዝዛረብ ተርጓሚ ክሕግዘኩም ይኽእል፦ እቲ ኣብ ታሕቲ ዘሎ መልጎም ጠውቑ። ብዙሓት ገጻት ብዓው ኢሉ ክንበቡልኩም ድማ ይኽእሉ፦ ሓደ ኣርእስቲ ክፈቱ።
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = ናይ ካልእ ሰብ መልእኽቲ ኣመሓላሊፍኩም። ጉዕዞ፣ ስራሕ ወይ ወረቐት እንተ ኣቕሪቡ፣ ንዝኾነ ሰብ ቅድሚ ምኽፋልኩም በዞም ምልክታት ኣረጋግጽዎ፦
bot-forwarded-other = ናይ ካልእ ሰብ መልእኽቲ ኣሕሊፍኩም። ብዛዕባ ኣርእስቱ ዘለዉ ገጻት እዚኦም እዮም። ጉዕዞ፣ ስራሕ ወይ ወረቓቕቲ ዝቕርብ እንተኾይኑ፣ ንዝኾነ ሰብ ቅድሚ ምኽፋልኩም ኣብ ታሕቲ ዘሎ «{ $page }» ኣንብቡ።
