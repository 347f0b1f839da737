### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Écouter
audio-computer-voice = voix de synthèse
audio-none = Cette page n’a pas encore d’audio dans votre langue.
