### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = دا پاڼه نوره د اعتبار وړ نه ده
intake-expired = ستاسو د محرمیت د ساتنې لپاره، دې پوښتنو ته یوازې په همدې پرده او د لنډ وخت لپاره ځواب ورکولی شئ. هېڅ شی خوندي نه شو. مهرباني وکړئ بیا پیل کړئ.
intake-invalid = ځینې ځوابونه ونه پوهېدل شول. هېڅ شی خوندي نه شو. مهرباني وکړئ بیا پیل کړئ.
intake-languages-count = لږ تر لږه یوه ژبه او تر ټولو ډېر { $max } ژبې وټاکئ.
