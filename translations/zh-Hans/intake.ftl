### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = 此页面已过期
intake-expired = 为保护您的隐私，这些问题只能在这块屏幕上、在短时间内回答。没有保存任何内容。请重新开始。
intake-invalid = 有些回答无法识别。没有保存任何内容。请重新开始。
intake-languages-count = 请至少选择一种语言，最多 { $max } 种。
