### translation: machine
### Faro — UI strings of the Telegram bot that faro.ftl does not have.

## Commands, as listed in Telegram's command menu

bot-command-start = 重新开始
bot-command-help = 如何使用 Faro
bot-command-language = 更改语言
bot-command-forget = 删除 Faro 保存的关于您的所有信息
bot-command-stop = 停止接收 Faro 的所有消息
bot-command-status = 您的口译请求进展如何
bot-command-end = 结束与口译员的对话
bot-command-available = 口译员：接收新请求
bot-command-away = 口译员：暂停新请求
bot-command-hours = 口译员：您接收请求的时间
bot-command-label = 口译员：别人看到的名字
bot-command-to = 口译员：您在哪个对话中写
bot-command-join = 收容所工作人员：加入某个请求的对话

## Alerts

bot-alerts-country = 您想接收哪个国家的提醒？
bot-alerts-all-countries = 所有国家

## Other answers

bot-button-expired = 这个按钮已经失效。这是菜单。
bot-forget-kept = 没有删除任何内容。
