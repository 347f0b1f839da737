### translation: machine
### Faro — UI strings of the interpreter request: the consent text and the questions (bot and
### kiosk), the notices interpreters get, and the kiosk's own interpreter pages.

## Self-declaration and interpreters

consent-title = 开始之前
# $days is the number of days the answers are kept.
consent-text = 为了找到会说您语言的口译员，我们会问您来自哪里、会说哪些语言。是否回答由您决定。每个问题都有“不想回答”选项。我们绝不会问您的姓名、证件或电话号码。您的回答会在 { $days } 天后删除，您也可以随时通过“删除我的数据”删除。
consent-accept = 我同意
consent-decline = 不用了，谢谢
consent-declined = 没关系。您仍然可以使用 Faro 里的所有信息。
intake-origin = 您来自哪个国家？
intake-prefer-not = 不想回答
intake-languages = 您会说哪些语言？请选择一种或多种，然后点击“完成”。
intake-language-other = 其他语言
intake-done = 完成
intake-where = 您现在在哪里？
intake-skip = 跳过
intake-share-origin = 可以让口译员知道您来自哪个国家吗？
intake-share-yes = 可以
intake-share-no = 不可以
# $reference is a short code such as K7M2Q.
intake-created = 您的请求已登记。您的编号是 { $reference }。我们正在寻找会说您语言的口译员。
intake-reference-qr = 扫码后可在 Telegram 上查看您的请求进度。
intake-reference-qr-whatsapp = 扫码后可在 WhatsApp 上查看您的请求进度。
intake-accepted = 一位口译员已接受您的请求 { $reference }。口译员会通过救助站工作人员或在这里联系您。
intake-waiting = 现在没有空闲的口译员。您的请求 { $reference } 正在等待中，救助站工作人员可以看到它。
intake-delete = 删除我的数据
intake-back = 返回
intake-origin-another = 其他国家
intake-where-remote = 不在这里：通过电话或视频找口译员
intake-waiting-remote = 现在没有空闲的口译员。您的请求 { $reference } 正在等待中，Faro 的协调员可以看到它。
intake-next-desk = 接下来：请到服务台找工作人员，给他们看这个编号。
intake-next-phone = 或者在手机上继续：扫描下面的二维码，在 Telegram 上查看您的请求进度。
intake-next-phone-whatsapp = 或者在手机上继续：扫描下面的二维码，在 WhatsApp 上查看您的请求进度。
intake-next-phone-both = 或者在手机上继续：扫描下面任意一个二维码，在 Telegram 或 WhatsApp 上查看您的请求进度。
intake-delete-intro = 要删除您的口译请求和您的回答，您需要参考编号页面上二维码里的链接：用手机扫描那个二维码，然后把链接粘贴到这里。只有参考编号是不够的，这样看到编号的人就无法删除您的请求。如果您已经在 Telegram 里打开了这个二维码，Faro 机器人里的“删除我的数据”也能做到同样的事。
intake-delete-code = 二维码里的链接或代码
intake-delete-done = 如果这个链接或代码属于某个请求，那么该请求和您的回答现在已被删除。为保护您的隐私，无论哪种情况，这个页面看起来都一样。
intake-unknown-reference = 我们找不到这个请求。它可能已被删除、已完成或已过期。
interpreter-new-request = 新请求 { $reference }：{ $language }，地点：{ $place }。
interpreter-accept = 接受
interpreter-new-requests = 等待中的新申请：{ $count }
interpreter-accept-reference = 接受 { $reference }
interpreter-accepted = 您已接受请求 { $reference }。
interpreter-taken = 另一位口译员已经接受了这个请求。
interpreter-linked = 您的 Telegram 账号已关联为口译员 { $name }。
interpreter-linked-whatsapp = 您的 WhatsApp 号码已关联为口译员 { $name }。WhatsApp 只允许 Faro 在您最后一次在这里发消息后的 24 小时内自由地给您发消息；请不时发一条消息（例如 /available），以便立即收到新的请求。
interpreter-remote = 远程
interpreter-link-failed = 这个关联码无效，或者已经被使用过。请向协调员索取新的关联码。
interpreter-not-registered = 只有已注册的口译员才能接受请求。
# $country is a country name.
interpreter-origin = 原籍国：{ $country }

intake-expired-title = 此页面已过期
intake-expired = 为保护您的隐私，这些问题只能在这块屏幕上、在短时间内回答。没有保存任何内容。请重新开始。
intake-invalid = 有些回答无法识别。没有保存任何内容。请重新开始。
intake-languages-count = 请至少选择一种语言，最多 { $max } 种。
intake-used-title = 此页面已使用过
intake-used = 为保护您的隐私，这些问题的每一页只能提交一次，参考编号也只显示一次。没有再保存任何内容。如果您需要口译员，请重新开始。
intake-busy-title = 请稍等片刻
intake-busy = 刚才这里提交了很多申请，所以这块屏幕现在暂时不能再接受新的申请。请稍后再试，或询问前台的工作人员。
