### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = አስተርጓሚ { $label }
relay-role-interpreter-unnamed = አስተርጓሚ
relay-role-person = ጠያቂ ({ $reference })
relay-started-person = { $role } ጥያቄዎን ({ $reference }) ተቀብለዋል። አሁን እዚህ መነጋገር ይችላሉ፦ ይጻፉ ወይም የድምፅ መልእክት ይላኩ፤ Faro ያደርሰዋል። እርሳቸው ስምዎን፣ ስልክ ቁጥርዎን ወይም መለያዎን አያዩም፤ እርስዎም የእርሳቸውን አያዩም። ለመጨረስ /end ይላኩ።
relay-started-interpreter = አሁን ከጥያቄ { $reference } ({ $language }) ባለቤት ጋር ተገናኝተዋል። እዚህ የሚጽፉት ወይም የሚቀዱት በ“{ $role }” ስም ይደርሳቸዋል፤ ስምዎን፣ ስልክ ቁጥርዎን ወይም መለያዎን አያዩም። ለመጨረስ /end ይላኩ።
relay-label-hint = በስም ለመታየት /label እና ስሙን ይላኩ፤ ለምሳሌ፦ /label Marie
relay-ended-you = ውይይቱ አብቅቷል። እናመሰግናለን።
relay-ended-other = { $role } ውይይቱን አብቅተዋል።
relay-ended-neutral = የጥያቄ { $reference } ውይይት አብቅቷል።
relay-none = አሁን ከአስተርጓሚ ጋር በውይይት ላይ አይደሉም።
relay-only-text-voice = በዚህ ውይይት የሚተላለፉት ጽሑፍና የድምፅ መልእክቶች ብቻ ናቸው።
relay-busy = ብዙ መልእክቶች ለመተላለፍ እየጠበቁ ነው። ትንሽ ይጠብቁና ይህን መልእክት እንደገና ይላኩ።
relay-label-set = በFaro በኩል የሚያነጋግሯቸው ሰዎች እንደ “{ $role }” ያዩዎታል።
relay-label-bad = ስም ከ1 እስከ 30 ፊደላት ይሁን፤ ቁጥር፣ @ ወይም ሊንክ አይኑረው። ለምሳሌ፦ /label Marie
relay-available = ዝግጁ ነዎት፦ በቋንቋዎችዎ አዲስ ጥያቄ ሲመጣ ይነገርዎታል።
relay-away = አይገኙም፦ /available እስኪልኩ ድረስ ስለ አዲስ ጥያቄዎች አይነገርዎትም።
relay-escalated = እስካሁን ምንም አስተርጓሚ ጥያቄዎን ({ $reference }) አልተቀበለም። የመጠለያው ሠራተኞች ማንም እንዳልመለሰ አሁን በዝርዝራቸው ያያሉ። ጥያቄዎ ክፍት ሆኖ ይቆያል፤ አንድ አስተርጓሚ እንደተቀበለው እዚህ መልእክት ይደርስዎታል። በመጠለያው መቀበያ ላይም መጠየቅ ይችላሉ።
relay-escalated-remote = እስካሁን ምንም አስተርጓሚ ጥያቄዎን ({ $reference }) አልተቀበለም። የFaro አስተባባሪዎች ማንም እንዳልመለሰ አሁን በዝርዝራቸው ያያሉ። ጥያቄዎ ክፍት ሆኖ ይቆያል፤ አንድ አስተርጓሚ እንደተቀበለው እዚህ መልእክት ይደርስዎታል።
relay-status-waiting = ጥያቄዎ ({ $reference }) አስተርጓሚ እየጠበቀ ነው። { $minutes ->
    [one] አንድ ደቂቃ
   *[other] { $minutes } ደቂቃ
} ጠብቀዋል።
relay-status-accepted = አንድ አስተርጓሚ ከ{ $minutes ->
    [one] አንድ ደቂቃ
   *[other] { $minutes } ደቂቃ
} በኋላ ጥያቄዎን ({ $reference }) ተቀብሏል።
relay-status-talking = ስለ ጥያቄ { $reference } ከ{ $role } ጋር በውይይት ላይ ነዎት። እዚህ ይጻፉ ወይም የድምፅ መልእክት ይላኩ፤ ለመጨረስ /end ይላኩ።
relay-status-ended = ስለ ጥያቄዎ ({ $reference }) የነበረው ውይይት አብቅቷል።
