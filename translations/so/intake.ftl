### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = Boggan wuu dhacay
intake-expired = Si loo ilaaliyo sirtaada, su'aalahan waxaa looga jawaabi karaa oo keliya shaashaddan iyo waqti gaaban. Waxba lama kaydin. Fadlan dib u bilow.
intake-invalid = Jawaabaha qaarkood lama fahmin. Waxba lama kaydin. Fadlan dib u bilow.
intake-languages-count = Dooro ugu yaraan hal luqad iyo ugu badnaan { $max }.
intake-used-title = Boggan hore ayaa loo isticmaalay
intake-used = Si loo ilaaliyo arrimahaaga gaarka ah, bog kasta oo su'aalahan ka mid ah hal mar oo keliya ayaa la diri karaa, lambarka tixraacana hal mar oo keliya ayaa la muujiyaa. Wax kale lama kaydin. Haddii aad u baahan tahay turjumaan, fadlan dib u bilow.
intake-busy-title = Fadlan wax yar sug
intake-busy = Waqti yar ka hor codsiyo badan ayaa halkan laga sameeyay, sidaa darteed shaashaddani hadda ma qaadan karto codsi kale. Fadlan mar dambe isku day, ama weydii shaqaalaha miiska soo dhaweynta.
