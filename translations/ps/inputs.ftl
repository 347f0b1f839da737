### translation: machine
### Faro — what the bot answers to messages that are not a plain question: an old button of
### the interpreter request, a voice note, a forwarded message. Bot only.

# Someone part-way through the interpreter questions pressed an old button.
intake-resume = تاسو د ژباړن غوښتنه پیل کړې وه. دا هغه پوښتنه ده چې تاسو پرې درېدلي وئ؛ ستاسو ځوابونه ساتل شوي دي.
# A voice note: the bot cannot listen to it.
bot-voice-note = زه غږیز پیغامونه نه شم اورېدلای. یو ژباړن چې ستاسو په ژبه خبرې کوي مرسته درسره کولای شي: لاندې تڼۍ کېکاږئ. ډېرې پاڼې په لوړ غږ هم اورېدل کېدای شي: یوه موضوع پرانیزئ.
# Above the warning signs from the smuggling page, when someone forwards a message.
bot-forwarded = تاسو یو پیغام را ولېږه چې د بل چا و. که سفر، کار یا اسناد وړاندې کوي، مخکې له دې چې چا ته پیسې ورکړئ، دا نښې یې وګورئ:
bot-forwarded-other = تاسو یو پیغام را ولېږه چې د بل چا و. دا پاڼې د هغه د موضوع په اړه دي. که سفر، کار یا اسناد وړاندې کوي، مخکې له دې چې چا ته پیسې ورکړئ، لاندې «{ $page }» ولولئ.
