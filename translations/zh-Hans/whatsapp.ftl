### translation: machine
### Faro — the WhatsApp channel's own strings (issue 19).

## Keywords: a message that is only one of these does what the Telegram command does
## (WhatsApp has no slash commands). Several per language, separated by commas; case,
## accents and punctuation around them do not matter. Every language's keywords work in
## every language, so a person who types the English "stop" is understood too.

# Turn alerts off (Telegram's /stop).
whatsapp-keywords-stop = 停止, 退订
# Delete my data (Telegram's /forget): asked to confirm first.
whatsapp-keywords-delete = 删除我的数据, 删除
# The menu (Telegram's /help).
whatsapp-keywords-menu = 菜单, 帮助
# The language picker (Telegram's /language).
whatsapp-keywords-language = 语言, 更改语言

## Lists of choices

# The button that opens a list of choices: at most 20 characters.
whatsapp-choose = 选择
# Above a second list, when there are more than ten choices.
whatsapp-more-choices = 更多选项：
