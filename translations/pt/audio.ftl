### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Ouvir
audio-computer-voice = voz de computador
audio-none = Esta página ainda não tem áudio no seu idioma.
