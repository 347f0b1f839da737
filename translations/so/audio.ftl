### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Dhageyso
audio-computer-voice = cod kombiyuutar
audio-none = Boggan weli cod kuma laha luqaddaada.
