### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = सुन्नुहोस्
audio-computer-voice = कम्प्युटरको आवाज
audio-none = यो पानाको अडियो अझै तपाईंको भाषामा छैन।
