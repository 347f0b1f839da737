### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = این صفحه منقضی شده است
intake-expired = برای حفظ حریم خصوصی شما، این پرسش‌ها را فقط روی همین صفحه و برای مدت کوتاهی می‌توان پاسخ داد. چیزی ذخیره نشد. لطفاً دوباره شروع کنید.
intake-invalid = برخی از پاسخ‌ها قابل فهم نبود. چیزی ذخیره نشد. لطفاً دوباره شروع کنید.
intake-languages-count = دست‌کم یک زبان و حداکثر { $max } زبان انتخاب کنید.
