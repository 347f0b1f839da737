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
relay-outside-window = ይህ አልተላለፈም፦ ሌላኛው ወገን ከ24 ሰዓት በላይ እዚህ ምንም አልጻፈም፤ WhatsApp ደግሞ Faro እንዲጽፍላቸው የሚፈቅደው እንደገና ከጻፉ በኋላ ብቻ ነው።
relay-unreachable = ይህ አልተላለፈም፦ አሁን ሌላኛውን ወገን ማግኘት አይቻልም። ትንሽ ቆይተው እንደገና ይሞክሩ።
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

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = እስከሚገኙ ድረስ ስለ አዲስ ጥያቄዎች { $hours } (የሰዓት ክልል { $zone }) ይነገርዎታል። /hours off እነዚህን ሰዓቶች ያስወግዳል።
relay-hours-off = ሰዓቶችዎ ተወግደዋል፦ በሚገኙበት ጊዜ ሁሉ ስለ አዲስ ጥያቄዎች ይነገርዎታል (/available፣ /away)።
relay-hours-usage = ቀኖቹን እና ሰዓቶቹን ይላኩ፣ የሰዓት ክልልዎ የመጠለያው ካልሆነም ይጻፉት፣ ለምሳሌ፦ /hours mon-fri 09:00-17:00 ወይም /hours sat,sun 10:00-14:00 America/Guatemala። ቀናት፦ mon tue wed thu fri sat sun (ከሰኞ እስከ እሁድ)። /hours off ሰዓቶችዎን ያስወግዳል።

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = አሁን ክፍት የሆኑ ውይይቶች፦ { $references }። የሚጽፉት ወደ { $reference } ይሄዳል፤ የቅርብ ጊዜው ነው። በሌላው ለመጻፍ /to እና የእሱን መለያ ይላኩ፣ ለምሳሌ፦ /to { $other }
relay-to-set = አሁን የሚጽፉት ወደ ጥያቄ { $reference } ባለቤት ይሄዳል።
relay-to-unknown = ይህ ከክፍት ውይይቶችዎ አንዱ አይደለም። አሁን ክፍት፦ { $references }። /to እና ከእነሱ አንዱን ይላኩ።

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = የመጠለያው ሠራተኞች
relay-staff-linked = ቴሌግራምዎ አሁን ከሠራተኛ መለያ { $name } ጋር ተገናኝቷል። የመጠለያዎን ጥያቄ ውይይት ለመቀላቀል /join እና መለያውን ይላኩ፣ ለምሳሌ፦ /join K7P4QM
relay-joined-you = የጥያቄ { $reference } ውይይትን ተቀላቅለዋል። ሌሎቹ እርስዎን “{ $role }” ብለው ያዩዎታል፦ እዚህ የሚጽፉት ወይም የሚቀዱት ለሁለቱም ይደርሳል። /end ውይይቱን ለሁሉም ያቆማል።
relay-joined-other = { $role } ይህን ውይይት ተቀላቅለዋል፦ አሁን የሚጽፉት ለእነሱም ይደርሳል።
relay-join-failed = በዚህ መለያ ሊቀላቀሉት የሚችሉት በሂደት ላይ ያለ ውይይት የለም።
