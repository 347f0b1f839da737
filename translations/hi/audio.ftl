### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = सुनें
audio-computer-voice = कंप्यूटर की आवाज़
audio-none = इस पेज का ऑडियो अभी आपकी भाषा में नहीं है।
