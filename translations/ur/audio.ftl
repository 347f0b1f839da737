### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = سنیں
audio-computer-voice = کمپیوٹر کی آواز
audio-none = اس صفحے کی آڈیو ابھی آپ کی زبان میں نہیں ہے۔
