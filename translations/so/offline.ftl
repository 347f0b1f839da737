### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Boggaggan ku kaydso taleefankan si aad u akhrido iyadoo aan internet jirin
offline-title = Boggaga ku kaydso taleefankan
offline-intro = Ku kaydso taleefankan dhammaan mawduucyada, lambarrada degdegga, qunsuliyadaha iyo meelaha caawiya, af { $language }. Kadib waxay furmayaan internet la'aan, xitaa marka taleefanku ku jiro qaabka diyaaradda.
offline-size-text = Qoraal: { $size } in la soo dejiyo
offline-size-audio = Cod (kaliya haddii aad doorato): { $size } kale oo la soo dejiyo
offline-no-audio = Luqaddan weli cod kuma jiro.
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = Sidoo kale kaydi codka
offline-keep = Ku kaydi taleefankan
offline-needs-js = Kaydintu waxay u baahan tahay JavaScript, oo browser-kan ku xiran. Boggagu way shaqaynayaan inta aad internet haysato.
offline-privacy = Waxba adiga kugu saabsan lama kaydiyo lamana diro: boggaggan oo keliya. Waad tirtiri kartaa wakhti kasta.
offline-saving = Waa la kaydinayaa…
offline-saved-on = Taleefankan waxaa lagu kaydiyay { $date }.
offline-saved-audio = Codka ayaa la socda.
offline-newer = Nooc cusub ayaa internetka ku jira.
offline-update = Cusboonaysii
offline-clear = Tirtir boggaga la kaydiyay
offline-cleared = Boggaga la kaydiyay waa laga tirtiray taleefankan.
offline-failed = Boggaga lama kaydin karin. Hubi xiriirka oo mar kale isku day.
offline-unsupported = Browser-kan ma kaydin karo boggag. Isku day browser kale, sida Chrome ama Firefox.
