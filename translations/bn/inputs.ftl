### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = আপনি দোভাষী চাওয়া শুরু করেছিলেন। এই সেই প্রশ্ন যেখানে আপনি থেমেছিলেন; আপনার উত্তরগুলো রাখা আছে।
# A voice note: the bot cannot listen to it.
bot-voice-note = আমি ভয়েস মেসেজ শুনতে পারি না। আপনার ভাষা বলেন এমন একজন দোভাষী আপনাকে সাহায্য করতে পারেন: নিচের বোতামটি চাপুন। অনেক পাতা জোরে পড়েও শোনানো যায়: একটি বিষয় খুলুন।
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = আপনি অন্য কারও একটি বার্তা ফরওয়ার্ড করেছেন। যদি তাতে যাত্রা, কাজ বা কাগজপত্রের প্রস্তাব থাকে, কাউকে টাকা দেওয়ার আগে এই লক্ষণগুলো দিয়ে যাচাই করুন:
bot-forwarded-other = আপনি অন্য কারও একটি বার্তা ফরোয়ার্ড করেছেন। এর বিষয় নিয়ে পাতাগুলো এখানে। যদি এতে যাত্রা, কাজ বা কাগজপত্রের প্রস্তাব থাকে, কাউকে টাকা দেওয়ার আগে নিচের “{ $page }” পড়ুন।
