### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = 把这些页面保存在这部手机上，没有网络也能阅读
offline-title = 把页面保存在这部手机上
offline-intro = 把所有主题、紧急电话、领事馆和提供帮助的地方（{ $language }）保存在这部手机上。之后没有网络也能打开，飞行模式下也可以。
offline-size-text = 文字：需下载 { $size }
offline-size-audio = 音频（仅在您选择时）：另需下载 { $size }
offline-no-audio = 这种语言还没有音频。
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = 同时保存音频
offline-keep = 保存在这部手机上
offline-needs-js = 保存需要 JavaScript，但这个浏览器已将其关闭。有网络时，页面仍可正常使用。
offline-privacy = 不会保存或发送任何关于您的信息：只保存这些页面。您可以随时清除。
offline-saving = 正在保存……
offline-saved-on = 已于 { $date } 保存在这部手机上。
offline-saved-audio = 包括音频。
offline-newer = 网上有更新的版本。
offline-update = 更新
offline-clear = 清除已保存的页面
offline-cleared = 已从这部手机上清除保存的页面。
offline-failed = 无法保存页面。请检查网络连接后重试。
offline-unsupported = 这个浏览器无法保存页面。请换一个浏览器，例如 Chrome 或 Firefox。
