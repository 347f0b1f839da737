### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Koute
audio-computer-voice = vwa òdinatè
audio-none = Paj sa a poko gen odyo nan lang ou.
