### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Escuchar
audio-computer-voice = voz de computadora
audio-none = Todavía no hay audio de esta página en su idioma.
