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
