### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = 此页面已过期
intake-expired = 为保护您的隐私，这些问题只能在这块屏幕上、在短时间内回答。没有保存任何内容。请重新开始。
intake-invalid = 有些回答无法识别。没有保存任何内容。请重新开始。
intake-languages-count = 请至少选择一种语言，最多 { $max } 种。
intake-used-title = 此页面已使用过
intake-used = 为保护您的隐私，这些问题的每一页只能提交一次，参考编号也只显示一次。没有再保存任何内容。如果您需要口译员，请重新开始。
intake-busy-title = 请稍等片刻
intake-busy = 刚才这里提交了很多申请，所以这块屏幕现在暂时不能再接受新的申请。请稍后再试，或询问前台的工作人员。
