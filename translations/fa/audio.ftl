### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = گوش دادن
audio-computer-voice = صدای رایانه
audio-none = این صفحه هنوز به زبان شما صدا ندارد.
