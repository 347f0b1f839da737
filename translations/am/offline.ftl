### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = ያለ ኢንተርኔት ለማንበብ እነዚህን ገጾች በዚህ ስልክ ላይ ያስቀምጡ
offline-title = ገጾቹን በዚህ ስልክ ላይ ማስቀመጥ
offline-intro = ሁሉንም ርዕሶች፣ የአደጋ ጊዜ ቁጥሮችን፣ ቆንስላዎችን እና የሚረዱ ቦታዎችን በ{ $language } በዚህ ስልክ ላይ ያስቀምጡ። ከዚያ በኋላ ያለ ኢንተርኔት ይከፈታሉ፤ በአውሮፕላን ሁነታም ጭምር።
offline-size-text = ጽሑፍ፦ የሚወርደው { $size }
offline-size-audio = ድምፅ (ከመረጡ ብቻ)፦ ተጨማሪ { $size } የሚወርድ
offline-no-audio = በዚህ ቋንቋ እስካሁን ድምፅ የለም።
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = ድምፁንም አስቀምጥ
offline-keep = በዚህ ስልክ ላይ አስቀምጥ
offline-needs-js = ለማስቀመጥ JavaScript ያስፈልጋል፤ በዚህ አሳሽ ውስጥ ጠፍቷል። ኢንተርኔት እስካለዎት ድረስ ገጾቹ ይሰራሉ።
offline-privacy = ስለ እርስዎ ምንም ነገር አይቀመጥም አይላክም፤ እነዚህ ገጾች ብቻ። በማንኛውም ጊዜ ሊያጠፏቸው ይችላሉ።
offline-saving = በማስቀመጥ ላይ…
offline-saved-on = በ{ $date } በዚህ ስልክ ላይ ተቀምጧል።
offline-saved-audio = ከድምፁ ጋር።
offline-newer = በኢንተርኔት ላይ አዲስ ስሪት አለ።
offline-update = አዘምን
offline-clear = የተቀመጡትን ገጾች አጥፋ
offline-cleared = የተቀመጡት ገጾች ከዚህ ስልክ ጠፍተዋል።
offline-failed = ገጾቹን ማስቀመጥ አልተቻለም። ግንኙነቱን ፈትሸው እንደገና ይሞክሩ።
offline-unsupported = ይህ አሳሽ ገጾችን ማስቀመጥ አይችልም። እንደ Chrome ወይም Firefox ያለ ሌላ አሳሽ ይሞክሩ።
