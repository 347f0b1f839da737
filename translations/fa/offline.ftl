### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = این صفحه‌ها را روی این گوشی نگه دارید تا بدون اینترنت بخوانید
offline-title = نگه داشتن صفحه‌ها روی این گوشی
offline-intro = همهٔ موضوع‌ها، شماره‌های اضطراری، کنسولگری‌ها و جاهایی که کمک می‌کنند را به { $language } روی این گوشی ذخیره کنید. پس از آن بدون اینترنت باز می‌شوند، حتی در حالت پرواز.
offline-size-text = متن: { $size } برای دانلود
offline-size-audio = صدا (فقط اگر خودتان بخواهید): { $size } دانلود بیشتر
offline-no-audio = هنوز به این زبان صدایی نیست.
offline-size-kb = { $kb } کیلوبایت
offline-size-mb = { $mb } مگابایت
offline-with-audio = صدا را هم نگه دار
offline-keep = نگه داشتن روی این گوشی
offline-needs-js = برای ذخیره کردن، جاوااسکریپت لازم است که در این مرورگر خاموش است. تا وقتی اینترنت دارید، صفحه‌ها کار می‌کنند.
offline-privacy = هیچ چیزی دربارهٔ شما ذخیره یا فرستاده نمی‌شود: فقط همین صفحه‌ها. هر وقت بخواهید می‌توانید پاکشان کنید.
offline-saving = در حال ذخیره…
offline-saved-on = در تاریخ { $date } روی این گوشی ذخیره شد.
offline-saved-audio = همراه با صدا.
offline-newer = نسخهٔ تازه‌تری روی اینترنت هست.
offline-update = به‌روزرسانی
offline-clear = پاک کردن صفحه‌های ذخیره‌شده
offline-cleared = صفحه‌های ذخیره‌شده از این گوشی پاک شدند.
offline-failed = صفحه‌ها ذخیره نشدند. اتصال را بررسی کنید و دوباره امتحان کنید.
offline-unsupported = این مرورگر نمی‌تواند صفحه‌ها را نگه دارد. مرورگر دیگری مانند Chrome یا Firefox را امتحان کنید.
