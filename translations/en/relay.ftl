### translation: original
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

## How each side is shown to the other

# $label is the name the interpreter chose with /label.
relay-role-interpreter = Interpreter { $label }
relay-role-interpreter-unnamed = Interpreter
relay-role-person = Person ({ $reference })

## The conversation

# $role is how the interpreter is shown, e.g. "Interpreter Marie".
relay-started-person = { $role } has accepted your request { $reference }. You can talk here now: write or send a voice note, and Faro passes it on. They do not see your name, number or account, and you do not see theirs. To finish, send /end.
relay-started-interpreter = You are now connected with the person of request { $reference } ({ $language }). What you write or record here goes to them as “{ $role }”; they do not see your name, number or account. To finish, send /end.
relay-label-hint = To be shown with a first name, send /label and the name, for example: /label Marie
relay-ended-you = The conversation has ended. Thank you.
relay-ended-other = { $role } has ended the conversation.
relay-ended-neutral = The conversation about request { $reference } has ended.
relay-none = You are not in a conversation with an interpreter right now.
relay-only-text-voice = Only text and voice notes are passed on in this conversation.
relay-busy = Many messages are already waiting to be passed on. Please wait a moment, then send this one again.
relay-outside-window = This was not passed on: the other side has not written here for more than 24 hours, and WhatsApp lets Faro reach them only after they write again.
relay-unreachable = This was not passed on: the other side cannot be reached right now. Please try again in a moment.

## Interpreters

relay-label-set = People you talk with through Faro will see you as “{ $role }”.
relay-label-bad = A label is 1 to 30 letters, without digits, @ or links. For example: /label Marie
relay-available = You are available: you will be told of new requests in your languages.
relay-away = You are away: you will not be told of new requests until you send /available.

## When no interpreter answers

relay-escalated = No interpreter has accepted your request { $reference } yet. The shelter staff now see in their list that nobody has answered. Your request stays open: you will get a message here as soon as an interpreter accepts. You can also ask at the shelter's desk.
relay-escalated-remote = No interpreter has accepted your request { $reference } yet. The Faro coordinators now see in their list that nobody has answered. Your request stays open: you will get a message here as soon as an interpreter accepts.

## Where a request stands

# $minutes is how long the person has waited, in whole minutes.
relay-status-waiting = Your request { $reference } is waiting for an interpreter. You have waited { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
relay-status-accepted = An interpreter accepted your request { $reference } after { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
relay-status-talking = You are in a conversation with { $role } about request { $reference }. Write here or send a voice note; send /end to finish.
relay-status-ended = The conversation about your request { $reference } has ended.

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = You will be told of new requests { $hours } (time zone { $zone }), while you are available. /hours off removes these hours.
relay-hours-off = Your hours are removed: you will be told of new requests whenever you are available (/available, /away).
relay-hours-usage = Send the days and the times, and your time zone if it is not the shelter's, for example: /hours mon-fri 09:00-17:00 or /hours sat,sun 10:00-14:00 America/Guatemala. Days: mon tue wed thu fri sat sun. /hours off removes your hours.

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = Conversations open now: { $references }. What you write goes to { $reference }, the latest. To write in another, send /to and its reference, for example: /to { $other }
relay-to-set = What you write now goes to the person of request { $reference }.
relay-to-unknown = That is not one of your open conversations. Open now: { $references }. Send /to and one of them.

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = Shelter staff
relay-staff-linked = Your Telegram is now linked to the staff account { $name }. To join the conversation of one of your shelter's requests, send /join and its reference, for example: /join K7P4QM
relay-joined-you = You joined the conversation about request { $reference }. The others see you as “{ $role }”: what you write or record here reaches both of them. /end ends the conversation for everyone.
relay-joined-other = { $role } has joined this conversation: what you write now reaches them too.
relay-join-failed = There is no conversation under way with that reference that you can join.
