### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = ቅድሚ ምጅማርና
# $days is the number of days the answers are kept.
consent-text = ቋንቋኹም ዝዛረብ ተርጓማይ ንምርካብ፣ ካበየናይ ሃገር ምዃንኩምን ኣየኖት ቋንቋታት ከም እትዛረቡን ክንሓተኩም ኢና። ምምላስ ናይ ባዕልኹም ምርጫ እዩ። ኣብ ነፍሲ ወከፍ ሕቶ «ክገልጾ ኣይደልን» ዝብል ምርጫ ኣሎ። ስምኩም፣ ሰነዳትኩም ወይ ቁጽሪ ተሌፎንኩም ፈጺምና ኣይንሓትትን ኢና። መልስታትኩም ድሕሪ { $days ->
    [one] ሓንቲ መዓልቲ
   *[other] { $days } መዓልታት
} ይድምሰሱ፣ ብ«ሓበሬታይ ደምስሱ» ድማ ኣብ ዝኾነ ግዜ ክትድምስስዎም ትኽእሉ ኢኹም።
consent-accept = ይሰማማዕ እየ
consent-decline = ኣይፋል፣ የቐንየለይ
consent-declined = ጸገም የለን። ኩሉ ሓበሬታ Faro ሕጂ'ውን ክትጥቀሙ ትኽእሉ ኢኹም።
intake-origin = ካበየናይ ሃገር ኢኹም?
intake-prefer-not = ክገልጾ ኣይደልን
intake-languages = ኣየኖት ቋንቋታት ትዛረቡ? ሓደ ወይ ልዕሊኡ ምረጹ፣ ድሕሪኡ «ተወዲኡ» ጠውቑ።
intake-language-other = ካልእ ቋንቋ
intake-done = ተወዲኡ
intake-where = ሕጂ ኣበይ ኣለኹም?
intake-skip = ሕለፍ
intake-share-origin = እቲ ተርጓማይ ካበየናይ ሃገር ምዃንኩም ክፈልጥ ትፈቕዱ ዶ?
intake-share-yes = እወ
intake-share-no = ኣይፋል
# $reference is a short code such as K7M2Q.
intake-created = ሕቶኹም ተመዝጊቡ ኣሎ። ቁጽሪ መወከሲኹም { $reference } እዩ። ቋንቋኹም ዝዛረብ ተርጓማይ ንደሊ ኣለና።
intake-reference-qr = ሕቶኹም ኣብ Telegram ንምክትታል ስካን ግበሩ።
intake-reference-qr-whatsapp = ሕቶኹም ኣብ WhatsApp ንምክትታል ስካን ግበሩ።
intake-accepted = ሓደ ተርጓማይ ሕቶኹም { $reference } ተቐቢሉ ኣሎ። ብመንገዲ ሰራሕተኛታት ገዛ ስደተኛታት ወይ ኣብዚ ክራኸቡኹም እዮም።
intake-waiting = ሕጂ ግዜ ዘለዎ ተርጓማይ የለን። ሕቶኹም { $reference } ይጽበ ኣሎ፣ ሰራሕተኛታት ገዛ ስደተኛታት ድማ ክርእይዎ ይኽእሉ።
intake-delete = ሓበሬታይ ደምስሱ
intake-back = ተመለሱ
intake-origin-another = ካልእ ሃገር
intake-where-remote = ኣብዚ የለኹን፦ ብተሌፎን ወይ ብቪድዮ ዝሰርሕ ተርጓማይ
intake-waiting-remote = ሕጂ ግዜ ዘለዎ ተርጓማይ የለን። ሕቶኹም { $reference } ይጽበ ኣሎ፣ ኣወሃሃድቲ Faro ድማ ክርእይዎ ይኽእሉ።
intake-next-desk = ሕጂ እንታይ ትገብሩ፦ ናብ ሰራሕተኛታት መቐበሊ ዴስክ ኬድኩም እዚ ቁጽሪ እዚ ኣርእይዎም።
intake-next-phone = ወይ ብተሌፎንኩም ቀጽሉ፦ ሕቶኹም ኣብ Telegram ንምክትታል ነቲ ኣብ ታሕቲ ዘሎ ኮድ ስካን ግበሩ።
intake-next-phone-whatsapp = ወይ ብተሌፎንኩም ቀጽሉ፦ ሕቶኹም ኣብ WhatsApp ንምክትታል ነቲ ኣብ ታሕቲ ዘሎ ኮድ ስካን ግበሩ።
intake-next-phone-both = ወይ ብተሌፎንኩም ቀጽሉ፦ ሕቶኹም ኣብ Telegram ወይ WhatsApp ንምክትታል ካብቶም ኣብ ታሕቲ ዘለዉ ኮዳት ሓደ ስካን ግበሩ።
intake-delete-intro = ሕቶ ተርጓሚኹምን መልስታትኩምን ንምድምሳስ፡ እቲ ኣብ ገጽ ቁጽሪ መወከሲኹም ዝነበረ ኮድ ዘሎ ሊንክ የድልየኩም፦ ነቲ ኮድ ብተሌፎንኩም ስካን ግበርዎ፡ ሊንኩ ድማ ኣብዚ ለጥፉ። ዝረኣዮ ሰብ ሕቶኹም ከይድምስስ፡ ቁጽሪ መወከሲ ጥራይ ኣይኣክልን። ነቲ ኮድ ብTelegram እንተ ከፊትኩምዎ፡ ኣብ ቦት Faro ዘሎ «ሓበሬታይ ደምስሱ» ተመሳሳሊ ይገብር።
intake-delete-code = ካብ QR ኮድ ዝተረኽበ ሊንክ ወይ ኮድ
intake-delete-done = እቲ ሊንክ ወይ ኮድ ናይ ሓደ ሕቶ እንተነይሩ፡ እቲ ሕቶን መልስታትኩምን ሕጂ ተደምሲሶም ኣለዉ። ንብሕትውናኹም ክበሃል፡ እዚ ገጽ ኣብ ክልቲኡ ኩነታት ሓደ ዓይነት እዩ ዝመስል።
intake-unknown-reference = ነቲ ሕቶ ክንረኽቦ ኣይከኣልናን። ተደምሲሱ፣ ተዛዚሙ ወይ ግዜኡ ሓሊፉ ክኸውን ይኽእል።
interpreter-new-request = ሓድሽ ሕቶ { $reference }፦ { $language }፣ ኣብ { $place }።
interpreter-accept = ተቐበል
interpreter-new-requests = ዝጽበዩ ዘለዉ ሓደስቲ ሕቶታት፦ { $count }
interpreter-accept-reference = ተቐበል { $reference }
interpreter-accepted = ሕቶ { $reference } ተቐቢልኩም ኣለኹም።
interpreter-taken = ካልእ ተርጓማይ ነዚ ሕቶ ድሮ ተቐቢሉዎ ኣሎ።
interpreter-linked = ናይ Telegram ኣካውንትኩም ሕጂ ከም ተርጓማይ { $name } ተኣሳሲሩ ኣሎ።
interpreter-linked-whatsapp = ቁጽሪ WhatsApp ኩም ሕጂ ከም ተርጓማይ { $name } ተኣሳሲሩ ኣሎ። WhatsApp ንFaro ብናጻ ክጽሕፈልኩም ዝፈቕድ ኣብዚ ካብ እትሰድዋ ናይ መወዳእታ መልእኽቲ ኣብ ዘለዉ 24 ሰዓታት ጥራይ እዩ፤ ሓደስቲ ሕቶታት ብቕጽበት ምእንቲ ክበጽሑኹም ሓሓሊፍኩም ጸሓፉ (ንኣብነት /available)።
interpreter-remote = ካብ ርሑቕ
interpreter-link-failed = እዚ ናይ ምትእስሳር ኮድ ኣይፍለጥን፣ ወይ ድማ ድሮ ኣገልጊሉ እዩ። ካብ ኣወሃሃዲ ሓድሽ ኮድ ሕተቱ።
interpreter-not-registered = ሕቶታት ክቕበሉ ዝኽእሉ ዝተመዝገቡ ተርጓሞት ጥራይ እዮም።
# $country is a country name.
interpreter-origin = ሃገር መበቆል፦ { $country }

intake-expired-title = እዚ ገጽ ግዜኡ ሓሊፉ እዩ
intake-expired = ብሕትነትኩም ንምሕላው፣ ነዞም ሕቶታት ኣብዚ ስክሪን ጥራይን ንሓጺር ግዜን ጥራይ ኢኹም ክትምልስዎም እትኽእሉ። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-invalid = ገለ መልስታት ክርደኡ ኣይከኣሉን። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-languages-count = እንተወሓደ ሓደ ቋንቋን እንተበዝሐ { $max } ቋንቋታትን ምረጹ።
intake-used-title = እዚ ገጽ ቅድሚ ሕጂ ተጠቒምሉ እዩ
intake-used = ብሕትውናኹም ንምሕላው፡ ነፍሲ ወከፍ ገጽ ናይዚ ሕቶታት ሓደ ግዜ ጥራይ ክለኣኽ ይኽእል፡ ቁጽሪ መወከሲ እውን ሓደ ግዜ ጥራይ ይርአ። ካልእ ዝተዓቀበ ነገር የለን። ተርጓሚ እንተ ደሊኹም፡ በጃኹም እንደገና ጀምሩ።
intake-busy-title = በጃኹም ቁሩብ ተጸበዩ
intake-busy = ቅድሚ ቁሩብ ግዜ ኣብዚ ብዙሓት ሕቶታት ቀሪቦም፡ ስለዚ እዚ ስክሪን ሕጂ ካልእ ሕቶ ክቕበል ኣይክእልን። በጃኹም ጸኒሕኩም እንደገና ፈትኑ፡ ወይ ኣብ መቐበሊ ዘለዉ ሰራሕተኛታት ሕተቱ።
