### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = اورېدل
audio-computer-voice = د کمپیوټر غږ
audio-none = دا پاڼه لا ستاسو په ژبه غږ نه لري.
