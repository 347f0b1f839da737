### Faro — UI strings (Simplified Chinese (简体中文))
### translation: machine

##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = 用您的语言，为迁徙途中的人提供信息。
privacy-note = Faro 不使用 cookie，也不记录您在这里阅读的内容。

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = 此内容暂时还没有 { $requested } 版本，现以 { $shown } 显示。
notice-machine = 此内容由机器翻译，尚未经过人工核对。
notice-demo = 示例条目，未经核实。请不要依赖此信息。
badge-demo = 示例
# $date is a date such as 2026-11-20.
notice-last-verified = 最后核实：{ $date }

## Navigation

nav-home = 首页
nav-topics = 信息
nav-directory = 提供帮助的地方
nav-consulates = 领事馆
nav-emergency = 紧急情况
nav-language = 语言
nav-start-over = 重新开始
nav-back = 返回
nav-next = 下一步
nav-whole-topic = 📄 整个主题，方便保存
nav-web-page = 🌐 在网页上打开
nav-menu = 菜单

## Language picker

picker-title = 选择您的语言
picker-hint = 请点击您的语言。

## Home page and topics

home-title = 您想了解什么？
topics-title = 信息
topic-open = 阅读
# $current and $total are numbers: "Part 2 of 5".
topic-part = 第 { $current } 部分，共 { $total } 部分

## Directory

directory-title = 提供帮助的地方
directory-intro = 本地区的救助站、法律援助、医疗服务和相关机构。
directory-filter-country = 国家
directory-filter-city = 城市
directory-filter-kind = 地点类型
directory-filter-service = 服务
directory-filter-any = 全部
directory-filter-apply = 显示
directory-near = 离您最近的排在前面
# $count is the number of places found.
directory-count = { $count ->
    [0] 没有找到地点。
   *[other] 找到 { $count } 个地点。
}
directory-empty = 我们的名单里没有符合条件的地点。请减少筛选条件再试。
directory-choose = 请选择一个国家，查看那里的地点；或分享您的位置，先看离您最近的地点。
directory-use-location = 使用我的位置
directory-location-failed = 无法读取您的位置。请改为选择一个国家。
# $km is a distance in kilometres, already rounded.
directory-distance = 距离 { $km } 公里
entry-address = 地址
entry-hours = 开放时间
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
hours-every-day = 每天
hours-all-day = 24小时
hours-day-range = { $first }至{ $last }
hours-between = { $opens }–{ $closes }
hours-line = { $days } { $times }
entry-phone = 电话
# $number is a phone number.
entry-call = 拨打 { $number }
entry-website = 网站
entry-languages = 可使用的语言
entry-services = 服务
entry-procedures = 可以为您办理的事项
# $country is a country name.
entry-represents = 代表 { $country }
entry-nationwide = 全国

kind-shelter = 移民救助站
kind-consulate = 领事馆
kind-embassy = 大使馆
kind-hotline = 紧急热线
kind-legal_aid = 法律援助
kind-health = 医疗服务
kind-agency = 政府部门或机构

service-shelter = 住宿
service-food = 食物
service-legal_aid = 法律援助
service-health = 医疗
service-documents = 证件
service-asylum = 庇护
service-psychosocial = 心理支持
service-children = 儿童
service-women = 妇女
service-interpreting = 口译
service-emergency = 紧急情况
service-family_tracing = 寻找家人
service-return = 回国
service-information = 信息
service-complaints = 投诉

procedure-passport = 护照
procedure-travel_document = 旅行证件
procedure-identity_certification = 身份证明
procedure-consular_registration = 领事登记
procedure-repatriation = 协助回国

## Consulates

consulates-title = 领事馆和大使馆
consulates-choose = 您要找哪个国家的领事馆？
# $country is a country name.
consulates-for = { $country } 的领事馆和大使馆
consulates-none = 我们的名单里还没有 { $country } 的领事馆或大使馆。
consulates-voluntary = 是否联系本国领事馆，由您自己决定。如果您害怕本国政府，请不要联系。请改为向联合国难民署（UNHCR）咨询庇护的事。

## Emergency

emergency-title = 紧急电话号码
emergency-intro = 拨打这些号码是免费的。请说清楚您在哪里、发生了什么、有多少人需要帮助。
# $number is a short number such as 911.
emergency-dial = 拨打 { $number }

## QR codes

qr-phone = 用手机扫码，把这一页带在身边。
qr-telegram = 在 Telegram 上用您的语言继续。
qr-whatsapp = 在 WhatsApp 上用您的语言继续。

## Kiosk

# $seconds is a number.
kiosk-idle-notice = 为保护您的隐私，此屏幕无人操作 { $seconds } 秒后会回到开始页面。
# $shelter is the name of the shelter.
kiosk-at-shelter = 您现在位于 { $shelter }。
kiosk-interpreter = 请求口译员

## Campaigns

campaign-label = 重要

## Errors

error-not-found-title = 找不到页面
error-not-found = 我们找不到这个页面。请回到首页再试一次。
error-topic-not-found = 这个主题不存在。以下是我们现有的主题。
error-language-not-found = 这种语言暂时无法使用。请从以下语言中选择一种。
error-kiosk-title = 此屏幕尚未设置
error-kiosk = 此屏幕的地址指向一个 Faro 不认识的移民救助站：{ $id }。请告诉工作人员。修正方法：地址必须是 /k/ 加上 Faro 地点名单中某个移民救助站的编号。
error-kiosk-choose = 此屏幕尚未设置好，请告诉工作人员。您仍然可以用自己的语言阅读信息。
error-bad-request-title = 有些地方不对
error-bad-request = 网址中的部分选项无法识别。请从菜单重新操作。
error-bad-location = 无法读取位置。请用两个数字分别输入纬度和经度。
error-server-title = 出错了
error-server = 我们这边出了问题。请稍后再试。

## Telegram bot

bot-welcome = 欢迎使用 Faro。在这里，您可以用自己的语言了解路上的风险、庇护、您的权利，以及在哪里可以得到帮助。
bot-choose-language = 请选择您的语言：
# $language is a language name in that language.
bot-language-detected = 看起来您使用的是 { $language }。要继续使用 { $language } 吗？
bot-language-yes = 是，继续
bot-language-other = 选择其他语言
bot-language-set = Faro 现在将使用 { $language }。
menu-title = 您需要什么帮助？
menu-emergency = 紧急电话号码
menu-topics = 信息
menu-near-me = 我附近的帮助
menu-consulate = 本国领事馆
menu-interpreter = 我需要口译员
menu-alerts-on = 开启提醒
menu-alerts-off = 关闭提醒
menu-language = 更改语言
menu-forget = 删除我的数据
menu-help = 帮助
bot-help = 请使用按钮进行操作。命令：
    /start — 重新开始
    /language — 更改语言
    /help — 显示本帮助
    /forget — 删除 Faro 保存的关于您的所有信息
    /stop — 停止接收 Faro 的所有消息
bot-topics = 请选择一个主题：
bot-near-me-ask = 分享您的位置，就能看到离您最近的求助地点。您的位置只用于这次回答，不会被保存。
bot-near-me-button = 分享我的位置
bot-near-me-results = 离您最近的地点：
bot-near-me-none = 我们的名单里还没有您附近的地点。
bot-consulate-ask = 您来自哪个国家？选择后可以查看该国的领事馆和大使馆。
bot-search-results = 这些主题可能对您有帮助：
bot-search-none = 我没有找到相关内容。这是菜单。
bot-non-text = 我只能读文字。请发送文字消息或使用按钮。
bot-alerts-on = 提醒已开启。您会收到重要消息。发送 /stop 即可停止。
bot-alerts-off = 提醒已关闭。
bot-stopped = Faro 不会再给您发送消息。如果想重新开始，请发送 /start。
bot-forget-confirm = 这将删除 Faro 保存的关于您的所有信息：您的语言、您的提醒设置，以及任何口译员请求。确定要删除吗？
bot-forget-yes = 是，删除
bot-forget-cancel = 不，保留
bot-forget-done = 已完成。Faro 保存的关于您的所有信息都已删除。
bot-private-only = Faro 只在私聊中回复。请打开与机器人的私聊再使用。
bot-error = 我们这边出了问题。请再试一次。
# Under every campaign message the bot sends.
campaign-stop-hint = 您收到这条消息，是因为您开启了提醒。发送 /stop 即可停止。

## Countries (origin and consulates)

country-AF = 阿富汗
country-AO = 安哥拉
country-BD = 孟加拉国
country-BR = 巴西
country-BZ = 伯利兹
country-CD = 刚果民主共和国
country-CL = 智利
country-CM = 喀麦隆
country-CN = 中国
country-CO = 哥伦比亚
country-CR = 哥斯达黎加
country-CU = 古巴
country-DO = 多米尼加共和国
country-EC = 厄瓜多尔
country-ER = 厄立特里亚
country-ET = 埃塞俄比亚
country-GH = 加纳
country-GN = 几内亚
country-GT = 危地马拉
country-HN = 洪都拉斯
country-HT = 海地
country-IN = 印度
country-IQ = 伊拉克
country-IR = 伊朗
country-LK = 斯里兰卡
country-MX = 墨西哥
country-NG = 尼日利亚
country-NI = 尼加拉瓜
country-NP = 尼泊尔
country-PA = 巴拿马
country-PE = 秘鲁
country-PK = 巴基斯坦
country-SN = 塞内加尔
country-SO = 索马里
country-SV = 萨尔瓦多
country-SY = 叙利亚
country-UZ = 乌兹别克斯坦
country-VE = 委内瑞拉
country-YE = 也门

## Languages beyond Faro's sixteen (for "Another language")

language-wo = 沃洛夫语
language-pa = 旁遮普语
language-ta = 泰米尔语
language-si = 僧伽罗语
language-om = 奥罗莫语
language-sw = 斯瓦希里语
language-ln = 林加拉语
language-ff = 富拉语
language-ru = 俄语
language-uz = 乌兹别克语
language-tr = 土耳其语
language-ku = 库尔德语

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = 来源：
topic-source-checked = 核实日期：{ $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = 简体中文
