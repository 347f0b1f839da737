### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = ብዘይ ኢንተርነት ንኸተንብብዎም እዞም ገጻት ኣብዚ ስልኪ ኣቐምጥዎም
offline-title = ገጻት ኣብዚ ስልኪ ምቕማጥ
offline-intro = ኩሎም ኣርእስታት፡ ቁጽርታት ህጹጽ ረድኤት፡ ቆንስላታትን ዝሕግዙ ቦታታትን ብ{ $language } ኣብዚ ስልኪ ኣቐምጥዎም። ድሕሪኡ ብዘይ ኢንተርነት ይኽፈቱ፡ ኣብ ኩነታት ነፋሪት እውን።
offline-size-text = ጽሑፍ፦ ዝወርድ { $size }
offline-size-audio = ድምጺ (እንተ መሪጽኩም ጥራይ)፦ ተወሳኺ { $size } ዝወርድ
offline-no-audio = ብዚ ቋንቋ ክሳብ ሕጂ ድምጺ የለን።
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = ድምጺ እውን ኣቐምጥ
offline-keep = ኣብዚ ስልኪ ኣቐምጥ
offline-needs-js = ንምቕማጥ JavaScript የድሊ፡ ኣብዚ መርበብ ግን ጠፊኡ ኣሎ። ኢንተርነት ክሳብ ዘለኩም ገጻት ይሰርሑ።
offline-privacy = ብዛዕባኹም ዝኾነ ነገር ኣይቕመጥን ኣይለኣኽን፦ እዞም ገጻት ጥራይ። ኣብ ዝደለኹምዎ ግዜ ክትድምስስዎም ትኽእሉ ኢኹም።
offline-saving = ይቕመጥ ኣሎ…
offline-saved-on = ኣብ { $date } ኣብዚ ስልኪ ተቐሚጡ።
offline-saved-audio = ምስ ድምጺ።
offline-newer = ኣብ ኢንተርነት ሓድሽ ሕታም ኣሎ።
offline-update = ኣሐድስ
offline-clear = ዝተቐመጡ ገጻት ደምስስ
offline-cleared = ዝተቐመጡ ገጻት ካብዚ ስልኪ ተደምሲሶም።
offline-failed = ገጻት ክቕመጡ ኣይከኣሉን። ርክብ ተመልከቱ እሞ እንደገና ፈትኑ።
offline-unsupported = እዚ መርበብ ገጻት ክዕቅብ ኣይክእልን። ከም Chrome ወይ Firefox ዝኣመሰለ ካልእ መርበብ ፈትኑ።
