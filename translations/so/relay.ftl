### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = Turjumaan { $label }
relay-role-interpreter-unnamed = Turjumaan
relay-role-person = Qofka ({ $reference })
relay-started-person = { $role } wuxuu aqbalay codsigaaga { $reference }. Hadda halkan ayaad ku wada hadli kartaan: qor ama dir fariin cod ah, Faro ayaa gaarsiinaysa. Ma arko magacaaga, lambarkaaga ama akoonkaaga, adiguna ma aragtid kuwiisa. Si aad u dhammayso, dir /end.
relay-started-interpreter = Hadda waxaad la xiriirtay qofka codsiga { $reference } ({ $language }). Waxaad halkan ku qorto ama duubto waxay u gaaraan magaca “{ $role }”; ma arko magacaaga, lambarkaaga ama akoonkaaga. Si aad u dhammayso, dir /end.
relay-label-hint = Si laguugu muujiyo magac, dir /label iyo magaca, tusaale: /label Marie
relay-ended-you = Wadahadalkii wuu dhammaaday. Mahadsanid.
relay-ended-other = { $role } wuu dhammeeyay wadahadalka.
relay-ended-neutral = Wadahadalkii codsiga { $reference } wuu dhammaaday.
relay-none = Hadda kuma jirtid wadahadal aad la leedahay turjumaan.
relay-only-text-voice = Wadahadalkan waxaa lagu gudbiyaa qoraal iyo fariimo cod ah oo keliya.
relay-busy = Fariimo badan ayaa horay u sugaya in la gudbiyo. Wax yar sug, kadibna mar kale dir fariintan.
relay-outside-window = Tan lama gudbin: dhinaca kale wax kuma uusan qorin halkan in ka badan 24 saacadood, WhatsApp-na waxay Faro u oggolaataa inuu u qoro kaliya marka uu mar kale qoro.
relay-unreachable = Tan lama gudbin: hadda lama gaari karo dhinaca kale. Mar kale isku day wax yar kadib.
relay-label-set = Dadka aad kula hadasho Faro waxay kuu arki doonaan “{ $role }”.
relay-label-bad = Magacu waa 1 ilaa 30 xaraf, aan lahayn lambarro, @ ama link. Tusaale: /label Marie
relay-available = Waad diyaar tahay: waxaa laguu sheegi doonaa codsiyada cusub ee luqadahaaga.
relay-away = Maqan baad tahay: laguuma sheegi doono codsiyada cusub ilaa aad dirto /available.
relay-escalated = Weli turjumaan kama aqbalin codsigaaga { $reference }. Shaqaalaha hoygu hadda waxay liiskooda ku arkaan in aan cidna ka jawaabin. Codsigaagu wuu furnaanayaa: fariin ayaad halkan ka heli doontaa marka turjumaan aqbalo. Waxaad sidoo kale wax ka weydiin kartaa miiska soo dhoweynta ee hoyga.
relay-escalated-remote = Weli turjumaan kama aqbalin codsigaaga { $reference }. Isuduwayaasha Faro hadda waxay liiskooda ku arkaan in aan cidna ka jawaabin. Codsigaagu wuu furnaanayaa: fariin ayaad halkan ka heli doontaa marka turjumaan aqbalo.
relay-status-waiting = Codsigaaga { $reference } wuxuu sugayaa turjumaan. Waxaad sugaysay { $minutes ->
    [one] hal daqiiqo
   *[other] { $minutes } daqiiqo
}.
relay-status-accepted = Turjumaan ayaa aqbalay codsigaaga { $reference } kadib { $minutes ->
    [one] hal daqiiqo
   *[other] { $minutes } daqiiqo
}.
relay-status-talking = Waxaad la hadlaysaa { $role } oo ku saabsan codsiga { $reference }. Halkan wax ku qor ama dir fariin cod ah; dir /end si aad u dhammayso.
relay-status-ended = Wadahadalkii ku saabsanaa codsigaaga { $reference } wuu dhammaaday.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = Inta aad diyaar tahay, waxaa laguu sheegi doonaa codsiyada cusub { $hours } (aagga waqtiga { $zone }). /hours off wuxuu tirtiraa saacadahan.
relay-hours-off = Saacadahaagii waa la tirtiray: waxaa laguu sheegi doonaa codsiyada cusub mar kasta oo aad diyaar tahay (/available, /away).
relay-hours-usage = Soo dir maalmaha iyo saacadaha, iyo aagga waqtigaaga haddii uusan ahayn kan hoyga, tusaale: /hours mon-fri 09:00-17:00 ama /hours sat,sun 10:00-14:00 America/Guatemala. Maalmaha: mon tue wed thu fri sat sun (Isniin ilaa Axad). /hours off wuxuu tirtiraa saacadahaaga.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Wadahadallada hadda furan: { $references }. Waxaad qorto waxay aadaan { $reference }, kan ugu dambeeyay. Si aad mid kale ugu qorto, dir /to iyo tixraaciisa, tusaale: /to { $other }
relay-to-set = Waxaad hadda qorto waxay u socdaan qofka codsiga { $reference }.
relay-to-unknown = Kani ma aha mid ka mid ah wadahadalladaada furan. Hadda furan: { $references }. Dir /to iyo mid ka mid ah.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Shaqaalaha hoyga
relay-staff-linked = Telegram-kaaga hadda waxaa lagu xiray akoonka shaqaalaha { $name }. Si aad ugu biirto wadahadalka codsi ka mid ah hoygaaga, dir /join iyo tixraaciisa, tusaale: /join K7P4QM
relay-joined-you = Waxaad ku biirtay wadahadalka codsiga { $reference }. Kuwa kale waxay kuu arkaan “{ $role }”: waxaad halkan ku qorto ama duubto waxay gaaraan labadoodaba. /end wuxuu wadahadalka u dhammeeyaa qof walba.
relay-joined-other = { $role } ayaa ku biiray wadahadalkan: waxaad hadda qorto iyaga ayay sidoo kale gaaraan.
relay-join-failed = Ma jiro wadahadal socda oo tixraacaas leh oo aad ku biiri karto.
