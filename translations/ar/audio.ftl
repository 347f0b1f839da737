### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = استمع
audio-computer-voice = صوت حاسوبي
audio-none = لا يوجد تسجيل صوتي لهذه الصفحة بلغتك بعد.
