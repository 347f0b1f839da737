### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = 你之前开始申请口译员。这是你停下的那个问题；你的回答都还在。
# A voice note: the bot cannot listen to it.
bot-voice-note = 我听不了语音消息。会说你语言的口译员可以帮你：请点下面的按钮。很多页面也可以朗读给你听：打开一个主题即可。
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = 你转发了一条消息。如果它提供行程、工作或证件，在付钱给任何人之前，先用下面这些迹象核对一下：
bot-forwarded-other = 你转发了一条别人的消息。以下是与其内容相关的页面。如果它提供行程、工作或证件，在付钱给任何人之前，请先阅读下面的“{ $page }”。
