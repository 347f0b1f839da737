### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = আবার শুরু করুন
bot-command-help = Faro কীভাবে ব্যবহার করবেন
bot-command-language = ভাষা বদলান
bot-command-forget = Faro আপনার সম্পর্কে যা রাখে সব মুছে দিন
bot-command-stop = Faro-র সব বার্তা বন্ধ করুন
bot-command-status = আপনার দোভাষীর অনুরোধ কোথায় আছে
bot-command-end = আপনার দোভাষীর সাথে কথোপকথন শেষ করুন
bot-command-available = দোভাষী: নতুন অনুরোধ নিন
bot-command-away = দোভাষী: নতুন অনুরোধ থামান
bot-command-hours = দোভাষী: অনুরোধ নেওয়ার সময়
bot-command-label = দোভাষী: মানুষ যে নাম দেখে
bot-command-to = দোভাষী: আপনি কোন কথোপকথনে লিখছেন
bot-command-join = আশ্রয়কেন্দ্রের কর্মী: কোনো অনুরোধের কথোপকথনে যোগ দিন

## Alerts

bot-alerts-country = কোন দেশের বিষয়ে সতর্কবার্তা চান?
bot-alerts-all-countries = সব দেশ

## Other answers

bot-button-expired = এই বোতামটি আর কাজ করে না। এই যে মেনু।
bot-forget-kept = কিছুই মোছা হয়নি।
