### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = دا پاڼې په دې تلیفون کې وساتئ چې بې له انټرنېټه یې ولولئ
offline-title = پاڼې په دې تلیفون کې ساتل
offline-intro = ټولې موضوعګانې، د بیړني حالت شمېرې، قونسلګرۍ او هغه ځایونه چې مرسته کوي، په { $language }، په دې تلیفون کې خوندي کړئ. بیا بې له انټرنېټه پرانیستل کېږي، حتی د الوتکې په حالت کې.
offline-size-text = متن: د ډاونلوډ لپاره { $size }
offline-size-audio = غږ (یوازې که تاسو یې وغواړئ): نور { $size } ډاونلوډ
offline-no-audio = په دې ژبه لا تر اوسه غږ نشته.
offline-size-kb = { $kb } کیلوبایټه
offline-size-mb = { $mb } مېګابایټه
offline-with-audio = غږ هم وساته
offline-keep = په دې تلیفون کې ساتل
offline-needs-js = د خوندي کولو لپاره جاوا سکرېپټ ته اړتیا ده، چې په دې براوزر کې بند دی. تر څو چې انټرنېټ لرئ، پاڼې کار کوي.
offline-privacy = ستاسو په اړه هېڅ شی نه خوندي کېږي او نه لېږل کېږي: یوازې همدا پاڼې. هر وخت یې پاکولی شئ.
offline-saving = خوندي کېږي…
offline-saved-on = د { $date } په نېټه په دې تلیفون کې خوندي شوې.
offline-saved-audio = له غږ سره.
offline-newer = په انټرنېټ کې نوې نسخه شته.
offline-update = تازه کول
offline-clear = خوندي شوې پاڼې پاکول
offline-cleared = خوندي شوې پاڼې له دې تلیفون څخه پاکې شوې.
offline-failed = پاڼې خوندي نه شوې. اړیکه وګورئ او بیا هڅه وکړئ.
offline-unsupported = دا براوزر پاڼې نه شي ساتلی. بل براوزر لکه Chrome یا Firefox وازمویئ.
