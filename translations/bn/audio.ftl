### translation: machine
### Faro — audio of the pages: the "Listen" control on the web pages and the bot's "Listen"
### button, and the label of speech made by a computer rather than read by a person.

audio-listen = শুনুন
audio-computer-voice = কম্পিউটারের কণ্ঠ
audio-none = এই পাতার অডিও এখনও আপনার ভাষায় নেই।
