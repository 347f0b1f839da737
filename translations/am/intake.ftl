### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = ይህ ገጽ ጊዜው አልፎበታል
intake-expired = ግላዊነትዎን ለመጠበቅ፣ እነዚህን ጥያቄዎች መመለስ የሚቻለው በዚህ ስክሪን ላይ ብቻ እና ለአጭር ጊዜ ነው። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-invalid = አንዳንድ መልሶች ሊገቡን አልቻሉም። ምንም ነገር አልተቀመጠም። እባክዎ እንደገና ይጀምሩ።
intake-languages-count = ቢያንስ አንድ ቋንቋ እና ቢበዛ { $max } ቋንቋዎችን ይምረጡ።
