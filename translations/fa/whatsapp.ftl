### translation: machine
### Faro — the WhatsApp channel's own strings (issue 19).

## Keywords: a message that is only one of these does what the Telegram command does
## (WhatsApp has no slash commands). Several per language, separated by commas; case,
## accents and punctuation around them do not matter. Every language's keywords work in
## every language, so a person who types the English "stop" is understood too.

# Turn alerts off (Telegram's /stop).
whatsapp-keywords-stop = توقف, لغو اشتراک
# Delete my data (Telegram's /forget): asked to confirm first.
whatsapp-keywords-delete = حذف اطلاعات من, حذف
# The menu (Telegram's /help).
whatsapp-keywords-menu = منو, راهنما
# The language picker (Telegram's /language).
whatsapp-keywords-language = زبان, تغییر زبان

## Lists of choices

# The button that opens a list of choices: at most 20 characters.
whatsapp-choose = انتخاب
# Above a second list, when there are more than ten choices.
whatsapp-more-choices = گزینه‌های بیشتر:
