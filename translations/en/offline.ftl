### translation: original
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = Keep these pages on this phone to read them without internet
offline-title = Keep the pages on this phone
offline-intro = Save every topic, the emergency numbers, the consulates and the places that help, in { $language }, on this phone. They then open without internet, even in airplane mode.
offline-size-text = Text: { $size } to download
offline-size-audio = Audio (only if you choose it): { $size } more to download
offline-no-audio = There is no audio in this language yet.
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = Also keep the audio
offline-keep = Keep on this phone
offline-needs-js = Saving needs JavaScript, which is turned off in this browser. The pages still work while you have internet.
offline-privacy = Nothing about you is saved or sent: only these pages. You can clear them at any time.
offline-saving = Saving…
offline-saved-on = Saved on this phone on { $date }.
offline-saved-audio = With the audio.
offline-newer = A newer version is online.
offline-update = Update
offline-clear = Clear the saved pages
offline-cleared = The saved pages were cleared from this phone.
offline-failed = The pages could not be saved. Check the connection and try again.
offline-unsupported = This browser cannot keep pages. Try another browser, such as Chrome or Firefox.
