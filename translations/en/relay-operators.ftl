### translation: original
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = No interpreter accepted in time. The person was told that staff can see their request: help them at the desk if you can.

## Response times (staff page and figures): per language, over the requests still kept.
op-response-caption = How fast interpreters accept
op-response-language = Language
op-response-requests = Requests
op-response-median = Median time to accept
op-response-p90 = 9 in 10 accepted within
op-response-within = Answered within the target
op-response-minutes = { $minutes } min
op-response-note = Over the requests still kept. Target: { $minutes } min. A request not accepted within the target counts against the share. Languages with fewer than 5 requests are grouped under "other"; a dash means too few requests to show that figure without revealing one person's wait (a median needs 5 accepted requests, "9 in 10" needs 10). Times are rounded up to the minute, counts to 5, shares to 5 %.
op-response-none = No request has been accepted or waited past the target yet.

## Staff's Telegram, to join a conversation through the relay (/join in the bot).
op-telegram-title = Join conversations from Telegram
op-telegram-explain = Link your Telegram to this account to join, from your phone, the conversation between a person of your shelter and their interpreter, so that the three of you talk in one thread. The others see you only as "Shelter staff".
op-telegram-linked = Your Telegram is linked. In Faro's bot, send /join and a request's reference to join its conversation; /end there ends it for everyone.
op-telegram-make-code = Make a link code
op-telegram-relink = Link another Telegram
op-telegram-send = In Faro's Telegram bot, send this message:
op-telegram-once = The code works once. Making a new one makes this one stop working.
op-telegram-join = Then, to join the conversation of one of your shelter's requests, send /join and its reference (for example /join K7P4QM).
op-telegram-back = Back to the queue
