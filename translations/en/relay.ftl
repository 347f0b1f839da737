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
