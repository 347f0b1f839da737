### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## ስለ ራስ መግለጫና አስተርጓሚዎች

consent-title = ከመጀመራችን በፊት
# $days is the number of days the answers are kept.
consent-text = ቋንቋዎን የሚናገር አስተርጓሚ ለማግኘት፣ ከየት እንደመጡና የትኞቹን ቋንቋዎች እንደሚናገሩ እንጠይቅዎታለን። መመለስ የእርስዎ ምርጫ ነው። እያንዳንዱ ጥያቄ «መናገር አልፈልግም» የሚል ምርጫ አለው። ስምዎን፣ ሰነዶችዎን ወይም ስልክ ቁጥርዎን በጭራሽ አንጠይቅም። መልሶችዎ ከ{ $days ->
    [one] አንድ ቀን
   *[other] { $days } ቀን
} በኋላ ይሰረዛሉ፤ በማንኛውም ጊዜ «መረጃዬን ሰርዝ» የሚለውን በመጫን ሊያጠፏቸውም ይችላሉ።
consent-accept = እስማማለሁ
consent-decline = አይ፣ አመሰግናለሁ
consent-declined = ችግር የለም። አሁንም በFaro ያለውን መረጃ ሁሉ መጠቀም ይችላሉ።
intake-origin = ከየትኛው ሀገር ነዎት?
intake-prefer-not = መናገር አልፈልግም
intake-languages = የትኞቹን ቋንቋዎች ይናገራሉ? አንድ ወይም ከዚያ በላይ ይምረጡ፤ ከዚያ «ተጠናቋል» የሚለውን ይጫኑ።
intake-language-other = ሌላ ቋንቋ
intake-done = ተጠናቋል
intake-where = አሁን የት ነዎት?
intake-skip = እለፍ
intake-share-origin = አስተርጓሚው ከየትኛው ሀገር እንደሆኑ እንዲያውቅ ይፈቅዳሉ?
intake-share-yes = አዎ
intake-share-no = አይ
# $reference is a short code such as K7M2Q.
intake-created = ጥያቄዎ ተመዝግቧል። የመከታተያ ኮድዎ { $reference } ነው። ቋንቋዎን የሚናገር አስተርጓሚ እየፈለግን ነው።
intake-reference-qr = ጥያቄዎን በTelegram ለመከታተል ስካን ያድርጉ።
intake-reference-qr-whatsapp = ጥያቄዎን በWhatsApp ለመከታተል ስካን ያድርጉ።
intake-accepted = አንድ አስተርጓሚ ጥያቄዎን ({ $reference }) ተቀብሏል። በመጠለያው ሠራተኞች በኩል ወይም እዚህ ያገኙዎታል።
intake-waiting = አሁን ነፃ የሆነ አስተርጓሚ የለም። ጥያቄዎ ({ $reference }) በመጠባበቅ ላይ ነው፤ የመጠለያው ሠራተኞችም ሊያዩት ይችላሉ።
intake-delete = መረጃዬን ሰርዝ
intake-back = ተመለስ
intake-origin-another = ሌላ ሀገር
intake-where-remote = እዚህ አይደለሁም፤ በስልክ ወይም በቪዲዮ የሚሠራ አስተርጓሚ
intake-waiting-remote = አሁን ነፃ የሆነ አስተርጓሚ የለም። ጥያቄዎ ({ $reference }) በመጠባበቅ ላይ ነው፤ የFaro አስተባባሪዎችም ሊያዩት ይችላሉ።
intake-next-desk = አሁን ምን ያድርጉ፦ በመቀበያው ዴስክ ወዳሉት ሠራተኞች ይሂዱና ይህን ቁጥር ያሳዩአቸው።
intake-next-phone = ወይም በስልክዎ ይቀጥሉ፦ ጥያቄዎን በTelegram ለመከታተል ከታች ያለውን ኮድ ስካን ያድርጉ።
intake-next-phone-whatsapp = ወይም በስልክዎ ይቀጥሉ፦ ጥያቄዎን በWhatsApp ለመከታተል ከታች ያለውን ኮድ ስካን ያድርጉ።
intake-next-phone-both = ወይም በስልክዎ ይቀጥሉ፦ ጥያቄዎን በTelegram ወይም በWhatsApp ለመከታተል ከታች ካሉት ኮዶች አንዱን ስካን ያድርጉ።
intake-delete-intro = የአስተርጓሚ ጥያቄዎንና መልሶችዎን ለመሰረዝ፣ በማጣቀሻ ቁጥርዎ ገጽ ላይ በነበረው ኮድ ውስጥ ያለው ሊንክ ያስፈልግዎታል፤ ያንን ኮድ በስልክዎ ስካን ያድርጉና ሊንኩን እዚህ ይለጥፉ። ያየው ሰው ጥያቄዎን እንዳይሰርዝ፣ የማጣቀሻ ቁጥሩ ብቻውን በቂ አይደለም። ኮዱን በTelegram ከከፈቱት፣ በFaro ቦት ውስጥ ያለው «መረጃዬን ሰርዝ» ተመሳሳይ ነገር ያደርጋል።
intake-delete-code = ከQR ኮዱ የተገኘ ሊንክ ወይም ኮድ
intake-delete-done = ሊንኩ ወይም ኮዱ የአንድ ጥያቄ ከነበረ፣ ያ ጥያቄና መልሶችዎ አሁን ተሰርዘዋል። ለግላዊነትዎ ሲባል፣ ይህ ገጽ በሁለቱም ሁኔታ አንድ ዓይነት ሆኖ ይታያል።
intake-unknown-reference = ያንን ጥያቄ ማግኘት አልቻልንም። ተሰርዞ፣ ተጠናቅቆ ወይም ጊዜው አልፎበት ሊሆን ይችላል።
interpreter-new-request = አዲስ ጥያቄ { $reference }፦ { $language }፣ ቦታ፦ { $place }።
interpreter-accept = ተቀበል
interpreter-new-requests = በመጠባበቅ ላይ ያሉ አዲስ ጥያቄዎች፦ { $count }
interpreter-accept-reference = ተቀበል { $reference }
interpreter-accepted = ጥያቄ { $reference }ን ተቀብለዋል።
interpreter-taken = ይህን ጥያቄ ሌላ አስተርጓሚ አስቀድሞ ተቀብሎታል።
interpreter-linked = የTelegram መለያዎ አሁን እንደ አስተርጓሚ { $name } ተገናኝቷል።
interpreter-linked-whatsapp = የWhatsApp ቁጥርዎ አሁን እንደ አስተርጓሚ { $name } ተገናኝቷል። WhatsApp Faro በነፃነት እንዲጽፍልዎ የሚፈቅደው እዚህ ከላኩት የመጨረሻ መልእክት በኋላ ባሉት 24 ሰዓታት ውስጥ ብቻ ነው፤ አዳዲስ ጥያቄዎች ወዲያውኑ እንዲደርሱዎ አልፎ አልፎ ይጻፉ (ለምሳሌ /available)።
interpreter-remote = በርቀት
interpreter-link-failed = ይህ የማገናኛ ኮድ አይታወቅም ወይም ቀደም ብሎ ጥቅም ላይ ውሏል። ከአስተባባሪው አዲስ ኮድ ይጠይቁ።
interpreter-not-registered = ጥያቄዎችን መቀበል የሚችሉት የተመዘገቡ አስተርጓሚዎች ብቻ ናቸው።
# $country is a country name.
interpreter-origin = የትውልድ ሀገር፦ { $country }

intake-expired-title = ይህ ገጽ ጊዜው አልፎበታል
intake-expired = ግላዊነትዎን ለመጠበቅ፣ እነዚህን ጥያቄዎች መመለስ የሚቻለው በዚህ ስክሪን ላይ ብቻ እና ለአጭር ጊዜ ነው። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-invalid = አንዳንድ መልሶች ሊገቡን አልቻሉም። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-languages-count = ቢያንስ አንድ ቋንቋ እና ቢበዛ { $max } ቋንቋዎችን ይምረጡ።
intake-used-title = ይህ ገጽ ቀደም ሲል ጥቅም ላይ ውሏል
intake-used = ግላዊነትዎን ለመጠበቅ፣ የእነዚህ ጥያቄዎች እያንዳንዱ ገጽ አንድ ጊዜ ብቻ ሊላክ ይችላል፣ የማጣቀሻ ቁጥሩም አንድ ጊዜ ብቻ ይታያል። ሌላ ምንም ነገር አልተቀመጠም። አስተርጓሚ ካስፈለገዎ እባክዎ እንደገና ይጀምሩ።
intake-busy-title = እባክዎ ትንሽ ይጠብቁ
intake-busy = ከጥቂት ጊዜ በፊት እዚህ ብዙ ጥያቄዎች ቀርበዋል፣ ስለዚህ ይህ ስክሪን አሁን ሌላ ጥያቄ መቀበል አይችልም። እባክዎ ቆየት ብለው እንደገና ይሞክሩ፣ ወይም በእንግዳ መቀበያው ያሉትን ሠራተኞች ይጠይቁ።
