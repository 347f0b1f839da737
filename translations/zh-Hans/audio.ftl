### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = 收听
audio-computer-voice = 电脑语音
audio-none = 本页还没有您所用语言的音频。
