### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = ይህ ገጽ ጊዜው አልፎበታል
intake-expired = ግላዊነትዎን ለመጠበቅ፣ እነዚህን ጥያቄዎች መመለስ የሚቻለው በዚህ ስክሪን ላይ ብቻ እና ለአጭር ጊዜ ነው። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-invalid = አንዳንድ መልሶች ሊገቡን አልቻሉም። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-languages-count = ቢያንስ አንድ ቋንቋ እና ቢበዛ { $max } ቋንቋዎችን ይምረጡ።
intake-used-title = ይህ ገጽ ቀደም ሲል ጥቅም ላይ ውሏል
intake-used = ግላዊነትዎን ለመጠበቅ፣ የእነዚህ ጥያቄዎች እያንዳንዱ ገጽ አንድ ጊዜ ብቻ ሊላክ ይችላል፣ የማጣቀሻ ቁጥሩም አንድ ጊዜ ብቻ ይታያል። ሌላ ምንም ነገር አልተቀመጠም። አስተርጓሚ ካስፈለገዎ እባክዎ እንደገና ይጀምሩ።
intake-busy-title = እባክዎ ትንሽ ይጠብቁ
intake-busy = ከጥቂት ጊዜ በፊት እዚህ ብዙ ጥያቄዎች ቀርበዋል፣ ስለዚህ ይህ ስክሪን አሁን ሌላ ጥያቄ መቀበል አይችልም። እባክዎ ቆየት ብለው እንደገና ይሞክሩ፣ ወይም በእንግዳ መቀበያው ያሉትን ሠራተኞች ይጠይቁ።
