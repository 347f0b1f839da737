### translation: machine
### Faro — UI strings of the relay: the person and the interpreter who accepted their request
### talk through the bot, each shown only a role and the interpreter's chosen label; what
### interpreters are told about their availability; what a waiting person is told.

relay-role-interpreter = 口译员 { $label }
relay-role-interpreter-unnamed = 口译员
relay-role-person = 求助人（{ $reference }）
relay-started-person = { $role } 已接受您的请求 { $reference }。现在可以在这里交谈：写消息或发语音，Faro 会转达。对方看不到您的姓名、电话号码或账号，您也看不到对方的。要结束，请发送 /end。
relay-started-interpreter = 您已与请求 { $reference }（{ $language }）的求助人建立联系。您在这里写的或录的内容会以“{ $role }”的名义转给对方；对方看不到您的姓名、电话号码或账号。要结束，请发送 /end。
relay-label-hint = 如需显示一个名字，请发送 /label 加名字，例如：/label Marie
relay-ended-you = 对话已结束。谢谢。
relay-ended-other = { $role } 已结束对话。
relay-ended-neutral = 请求 { $reference } 的对话已结束。
relay-none = 您目前没有在与口译员对话。
relay-only-text-voice = 此对话只转达文字和语音消息。
relay-busy = 已有很多消息在等待转达。请稍等片刻，再重新发送这一条。
relay-outside-window = 这条消息没有转达：对方已超过 24 小时没有在这里发消息，WhatsApp 只允许 Faro 在对方再次发消息后联系对方。
relay-unreachable = 这条消息没有转达：现在无法联系到对方。请稍后再试。
relay-label-set = 通过 Faro 与您交谈的人会看到您显示为“{ $role }”。
relay-label-bad = 名字为 1 到 30 个字，不含数字、@ 或链接。例如：/label Marie
relay-available = 您现在可以接单：有您所说语言的新请求时会通知您。
relay-away = 您现在暂不接单：在您发送 /available 之前，不会通知您新的请求。
relay-escalated = 还没有口译员接受您的请求 { $reference }。救助站工作人员现在能在他们的列表中看到还没有人回应。您的请求会保持开放：一旦有口译员接受，您会在这里收到消息。您也可以到救助站前台询问。
relay-escalated-remote = 还没有口译员接受您的请求 { $reference }。Faro 的协调员现在能在他们的列表中看到还没有人回应。您的请求会保持开放：一旦有口译员接受，您会在这里收到消息。
relay-status-waiting = 您的请求 { $reference } 正在等待口译员。您已等待 { $minutes } 分钟。
relay-status-accepted = 一位口译员在 { $minutes } 分钟后接受了您的请求 { $reference }。
relay-status-talking = 您正在就请求 { $reference } 与 { $role } 对话。请在这里写消息或发语音；发送 /end 结束。
relay-status-ended = 关于您的请求 { $reference } 的对话已结束。

## Interpreters' hours (/hours)

# $hours are days and times in words ("Monday to Friday, 09:00–17:00"); $zone an IANA name.
relay-hours-set = 在您可接单期间，{ $hours }（时区 { $zone }）会通知您新的请求。发送 /hours off 可删除此时间。
relay-hours-off = 您的时间已删除：只要您可接单，就会通知您新的请求（/available、/away）。
relay-hours-usage = 请发送日期和时间，如果您的时区与收容所不同，也请写上，例如：/hours mon-fri 09:00-17:00 或 /hours sat,sun 10:00-14:00 America/Guatemala。日期：mon tue wed thu fri sat sun（周一至周日）。发送 /hours off 可删除您的时间。

## An interpreter in several conversations (/to)

# $references lists the references of the open conversations; $reference the latest; $other another.
relay-several = 当前进行中的对话：{ $references }。您写的内容会发到最新的 { $reference }。要在另一个对话中写，请发送 /to 加其编号，例如：/to { $other }
relay-to-set = 您现在写的内容会发给请求 { $reference } 的当事人。
relay-to-unknown = 这不是您进行中的对话。当前进行中：{ $references }。请发送 /to 加其中一个编号。

## Shelter staff who join a conversation from Telegram (/join)

# $name is the staff account's name; $role how staff are shown (relay-role-staff).
relay-role-staff = 收容所工作人员
relay-staff-linked = 您的 Telegram 已关联到工作人员账户 { $name }。要加入您收容所某个请求的对话，请发送 /join 加其编号，例如：/join K7P4QM
relay-joined-you = 您已加入请求 { $reference } 的对话。其他人看到您的身份是“{ $role }”：您在这里写的或录的内容会发给他们两人。发送 /end 会为所有人结束对话。
relay-joined-other = { $role }已加入此对话：您现在写的内容也会发给对方。
relay-join-failed = 没有您可以加入的、使用该编号的进行中对话。
