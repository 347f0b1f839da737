### translation: original
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = Listen
audio-computer-voice = computer voice
audio-none = There is no audio of this page in your language yet.
