### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = ተርጓማይ { $label }
relay-role-interpreter-unnamed = ተርጓማይ
relay-role-person = ሓታቲ ({ $reference })
relay-started-person = { $role } ሕቶኹም { $reference } ተቐቢሉ ኣሎ። ሕጂ ኣብዚ ክትዘራረቡ ትኽእሉ ኢኹም፦ ጽሓፉ ወይ ናይ ድምጺ መልእኽቲ ስደዱ፡ Faro የብጽሖ። ንሱ ስምኩም፡ ቁጽሪ ስልክኹም ወይ ኣካውንትኩም ኣይርእን፡ ንስኹም'ውን ናቱ ኣይትርእዩን። ንምውዳእ /end ስደዱ።
relay-started-interpreter = ሕጂ ምስ ወናኒ ሕቶ { $reference } ({ $language }) ተራኺብኩም ኣለኹም። ኣብዚ እትጽሕፍዎ ወይ እትቐድሕዎ ብስም “{ $role }” ይበጽሖ፤ ስምኩም፡ ቁጽሪ ስልክኹም ወይ ኣካውንትኩም ኣይርእን። ንምውዳእ /end ስደዱ።
relay-label-hint = ብስም ክትርኣዩ እንተደሊኹም /label ምስ እቲ ስም ስደዱ፡ ንኣብነት፦ /label Marie
relay-ended-you = እቲ ዝርርብ ተወዲኡ። የቐንየልና።
relay-ended-other = { $role } ነቲ ዝርርብ ወዲኡዎ።
relay-ended-neutral = ዝርርብ ሕቶ { $reference } ተወዲኡ።
relay-none = ሕጂ ምስ ተርጓማይ ኣብ ዝርርብ የለኹምን።
relay-only-text-voice = ኣብዚ ዝርርብ ጽሑፍን ናይ ድምጺ መልእኽትን ጥራይ እዮም ዝሰጋገሩ።
relay-busy = ብዙሓት መልእኽትታት ክሰጋገሩ ይጽበዩ ኣለዉ። ቁሩብ ተጸበዩ፡ ደሓር እዚ መልእኽቲ እንደገና ስደዱ።
relay-outside-window = እዚ ኣይተሰጋገረን፦ እቲ ካልኣይ ወገን ካብ 24 ሰዓት ንላዕሊ ኣብዚ ዋላ ሓንቲ ኣይጸሓፈን፤ WhatsApp ድማ ንFaro ክጽሕፈሉ ዝፈቕድ እንደገና ምስ ጸሓፈ ጥራይ እዩ።
relay-unreachable = እዚ ኣይተሰጋገረን፦ ሕጂ ነቲ ካልኣይ ወገን ክረኽቦ ኣይከኣልን። ቁሩብ ጸኒሕኩም እንደገና ፈትኑ።
relay-label-set = ብመንገዲ Faro እተዘራርብዎም ሰባት ከም “{ $role }” ክርእዩኹም እዮም።
relay-label-bad = ስም ካብ 1 ክሳብ 30 ፊደላት ይኹን፡ ብዘይ ቁጽሪ፡ @ ወይ ሊንክ። ንኣብነት፦ /label Marie
relay-available = ድሉዋት ኢኹም፦ ብቋንቋታትኩም ሓድሽ ሕቶ ምስ መጸ ክንሕብረኩም ኢና።
relay-away = ኣይትርከቡን ኢኹም፦ /available ክሳብ እትሰዱ ብዛዕባ ሓደስቲ ሕቶታት ኣይንሕብረኩምን ኢና።
relay-escalated = ክሳብ ሕጂ ዝኾነ ተርጓማይ ሕቶኹም { $reference } ኣይተቐበሎን። ሰራሕተኛታት መዕቆቢ ሕጂ ሓደ'ኳ ከም ዘይመለሰ ኣብ ዝርዝሮም ይርእዩ ኣለዉ። ሕቶኹም ክፉት ኮይኑ ይጸንሕ፦ ተርጓማይ ምስ ተቐበሎ ኣብዚ መልእኽቲ ክበጽሐኩም እዩ። ኣብ መቐበሊ መዕቆቢ'ውን ክትሓቱ ትኽእሉ ኢኹም።
relay-escalated-remote = ክሳብ ሕጂ ዝኾነ ተርጓማይ ሕቶኹም { $reference } ኣይተቐበሎን። ኣወሃሃድቲ Faro ሕጂ ሓደ'ኳ ከም ዘይመለሰ ኣብ ዝርዝሮም ይርእዩ ኣለዉ። ሕቶኹም ክፉት ኮይኑ ይጸንሕ፦ ተርጓማይ ምስ ተቐበሎ ኣብዚ መልእኽቲ ክበጽሐኩም እዩ።
relay-status-waiting = ሕቶኹም { $reference } ተርጓማይ ይጽበ ኣሎ። { $minutes ->
    [one] ሓንቲ ደቒቕ
   *[other] { $minutes } ደቓይቕ
} ተጸቢኹም ኣለኹም።
relay-status-accepted = ሓደ ተርጓማይ ድሕሪ { $minutes ->
    [one] ሓንቲ ደቒቕ
   *[other] { $minutes } ደቓይቕ
} ሕቶኹም { $reference } ተቐቢሉ።
relay-status-talking = ብዛዕባ ሕቶ { $reference } ምስ { $role } ትዘራረቡ ኣለኹም። ኣብዚ ጽሓፉ ወይ ናይ ድምጺ መልእኽቲ ስደዱ፤ ንምውዳእ /end ስደዱ።
relay-status-ended = ብዛዕባ ሕቶኹም { $reference } ዝነበረ ዝርርብ ተወዲኡ።

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = ክሳብ ትርከቡ፡ ብዛዕባ ሓደሽቲ ሕቶታት { $hours } (ናይ ሰዓት ዞባ { $zone }) ክሕበረኩም እዩ። /hours off ነዚ ሰዓታት የልግሶ።
relay-hours-off = ሰዓታትኩም ተኣልዩ፦ ኣብ ዝርከቡሉ ግዜ ኩሉ ብዛዕባ ሓደሽቲ ሕቶታት ክሕበረኩም እዩ (/available፣ /away)።
relay-hours-usage = መዓልታትን ሰዓታትን ስደዱ፡ ናይ ሰዓት ዞባኹም ናይ መዕቆቢ እንተዘይኮይኑ ድማ ጽሓፍዎ፡ ንኣብነት፦ /hours mon-fri 09:00-17:00 ወይ /hours sat,sun 10:00-14:00 America/Guatemala። መዓልታት፦ mon tue wed thu fri sat sun (ካብ ሰኑይ ክሳብ ሰንበት)። /hours off ሰዓታትኩም የልግሶ።

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = ሕጂ ክፉታት ዘለዉ ዝርርባት፦ { $references }። እትጽሕፍዎ ናብ { $reference } ይኸይድ፡ እቲ ናይ መወዳእታ። ኣብ ካልእ ንምጽሓፍ /to ምስ መወከሲኡ ስደዱ፡ ንኣብነት፦ /to { $other }
relay-to-set = ሕጂ እትጽሕፍዎ ናብ ሰብ ሕቶ { $reference } ይኸይድ።
relay-to-unknown = እዚ ካብ ክፉታት ዝርርባትኩም ሓደ ኣይኮነን። ሕጂ ክፉታት፦ { $references }። /to ምስ ሓደ ካብኣቶም ስደዱ።

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = ሰራሕተኛታት መዕቆቢ
relay-staff-linked = ቴሌግራምኩም ሕጂ ምስ ናይ ሰራሕተኛ ሕሳብ { $name } ተኣሳሲሩ ኣሎ። ናብ ዝርርብ ሓደ ሕቶ ናይ መዕቆቢኹም ንምጽንባር /join ምስ መወከሲኡ ስደዱ፡ ንኣብነት፦ /join K7P4QM
relay-joined-you = ናብ ዝርርብ ሕቶ { $reference } ተጸንቢርኩም። ካልኦት ከም “{ $role }” ይርእዩኹም፦ ኣብዚ እትጽሕፍዎ ወይ እትቐድሕዎ ናብ ክልቲኦም ይበጽሕ። /end ንኹሉ ዝርርብ የቋርጽ።
relay-joined-other = { $role } ናብዚ ዝርርብ ተጸንቢሩ፦ ሕጂ እትጽሕፍዎ ናብኡ እውን ይበጽሕ።
relay-join-failed = ብዚ መወከሲ ክትጽንበርዎ እትኽእሉ ቀጻሊ ዝርርብ የለን።
