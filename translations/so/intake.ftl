### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Is-sheegid iyo turjumaanno

consent-title = Intaynaan bilaabin
# $days is the number of days the answers are kept.
consent-text = Si aan kuu helno turjumaan ku hadla luqaddaada, waxaan ku weydiin doonnaa meesha aad ka timid iyo luqadaha aad ku hadasho. Ka jawaabiddu waa doorashadaada. Su'aal kasta waxay leedahay "Ma doonayo inaan sheego". Weligeen ma weydiinno magacaaga, dukumentiyadaada ama lambarka telefoonkaaga. Jawaabahaaga waa la tirtirayaa { $days ->
    [one] hal maalin
   *[other] { $days } maalmood
} kadib, waxaadna tirtiri kartaa wakhti kasta adigoo riixaya "Tirtir xogtayda".
consent-accept = Waan oggolahay
consent-decline = Maya, mahadsanid
consent-declined = Waa hagaag. Weli waad isticmaali kartaa dhammaan macluumaadka Faro.
intake-origin = Dalkee baad ka timid?
intake-prefer-not = Ma doonayo inaan sheego
intake-languages = Luqadahee ayaad ku hadashaa? Dooro hal ama in ka badan, kadibna riix "Waa dhammaaday".
intake-language-other = Luqad kale
intake-done = Waa dhammaaday
intake-where = Xaggee joogtaa hadda?
intake-skip = Ka gudub
intake-share-origin = Turjumaanku ma ogaan karaa dalka aad ka timid?
intake-share-yes = Haa
intake-share-no = Maya
# $reference is a short code such as K7M2Q.
intake-created = Codsigaaga waa la diiwaangeliyay. Lambarka tixraacaagu waa { $reference }. Waxaan raadinaynaa turjumaan ku hadla luqaddaada.
intake-reference-qr = Koodhka iskaan garee si aad codsigaaga ugala socoto Telegram.
intake-reference-qr-whatsapp = Koodhka iskaan garee si aad codsigaaga ugala socoto WhatsApp.
intake-accepted = Turjumaan ayaa aqbalay codsigaaga { $reference }. Wuxuu kula soo xiriiri doonaa isagoo u maraya shaqaalaha hoyga, ama halkan.
intake-waiting = Hadda ma jiro turjumaan bannaan. Codsigaaga { $reference } wuu sugayaa, shaqaalaha hoyguna way arki karaan.
intake-delete = Tirtir xogtayda
intake-back = Dib u noqo
intake-origin-another = Dal kale
intake-where-remote = Halkan ma joogo: turjumaan taleefan ama muuqaal ku shaqeeya
intake-waiting-remote = Hadda ma jiro turjumaan bannaan. Codsigaaga { $reference } wuu sugayaa, isku-duwayaasha Faro-na way arki karaan.
intake-next-desk = Waxa aad hadda samayso: u tag shaqaalaha miiska soo dhaweynta oo tus lambarkan.
intake-next-phone = Ama ku sii wad taleefankaaga: iskaan garee koodhka hoose si aad codsigaaga ugala socoto Telegram.
intake-next-phone-whatsapp = Ama ku sii wad taleefankaaga: iskaan garee koodhka hoose si aad codsigaaga ugala socoto WhatsApp.
intake-next-phone-both = Ama ku sii wad taleefankaaga: iskaan garee mid ka mid ah koodhadhka hoose si aad codsigaaga ugala socoto Telegram ama WhatsApp.
intake-delete-intro = Si aad u tirtirto codsigaaga turjumaanka iyo jawaabahaaga, waxaad u baahan tahay linkiga ku jira koodhka ee shaashadda lambarka tixraacaaga: koodhkaas ku iskaan garee taleefankaaga, kadibna linkiga halkan ku dheji. Lambarka tixraaca oo keliya kuma filna, si qof arkay uusan u tirtirin codsigaaga. Haddii aad koodhka ku furtay Telegram, "Tirtir xogtayda" ee bot-ka Faro isla shaqadaas ayuu qabtaa.
intake-delete-code = Linkiga ama koodhka ka yimid koodhka QR
intake-delete-done = Haddii linkiga ama koodhku ahaa mid codsi, codsigaas iyo jawaabahaaga hadda waa la tirtiray. Si loo ilaaliyo arrimahaaga gaarka ah, boggani isku si ayuu u muuqdaa labada xaaladoodba.
intake-unknown-reference = Codsigaas ma aanu helin. Waxaa laga yaabaa in la tirtiray, la dhammeeyay ama uu waqtigiisu dhacay.
interpreter-new-request = Codsi cusub { $reference }: { $language }, goobta { $place }.
interpreter-accept = Aqbal
interpreter-new-requests = Codsiyo cusub oo sugaya: { $count }
interpreter-accept-reference = Aqbal { $reference }
interpreter-accepted = Waxaad aqbashay codsiga { $reference }.
interpreter-taken = Turjumaan kale ayaa horay u aqbalay codsigan.
interpreter-linked = Akoonkaaga Telegram hadda waxaa lagu xiray turjumaanka { $name }.
interpreter-linked-whatsapp = Lambarkaaga WhatsApp hadda waxaa lagu xiray turjumaanka { $name }. WhatsApp waxay Faro u oggolaataa inuu si xor ah kuugu qoro kaliya 24 saacadood gudahood kadib fariintaadii ugu dambaysay ee halkan; mar mar wax qor (tusaale /available) si codsiyada cusubi isla markiiba kuugu yimaadaan.
interpreter-remote = Meel fog (khadka)
interpreter-link-failed = Koodhkan isku xirka lama garanayo ama hore ayaa loo isticmaalay. Isuduwaha ka codso mid cusub.
interpreter-not-registered = Turjumaannada diiwaangashan oo keliya ayaa aqbali kara codsiyada.
# $country is a country name.
interpreter-origin = Dalka asalka ah: { $country }

intake-expired-title = Boggan wuu dhacay
intake-expired = Si loo ilaaliyo sirtaada, su'aalahan waxaa looga jawaabi karaa oo keliya shaashaddan iyo waqti gaaban. Waxba lama kaydin. Fadlan dib u bilow.
intake-invalid = Jawaabaha qaarkood lama fahmin. Waxba lama kaydin. Fadlan dib u bilow.
intake-languages-count = Dooro ugu yaraan hal luqad iyo ugu badnaan { $max }.
intake-used-title = Boggan hore ayaa loo isticmaalay
intake-used = Si loo ilaaliyo arrimahaaga gaarka ah, bog kasta oo su'aalahan ka mid ah hal mar oo keliya ayaa la diri karaa, lambarka tixraacana hal mar oo keliya ayaa la muujiyaa. Wax kale lama kaydin. Haddii aad u baahan tahay turjumaan, fadlan dib u bilow.
intake-busy-title = Fadlan wax yar sug
intake-busy = Waqti yar ka hor codsiyo badan ayaa halkan laga sameeyay, sidaa darteed shaashaddani hadda ma qaadan karto codsi kale. Fadlan mar dambe isku day, ama weydii shaqaalaha miiska soo dhaweynta.
