### translation: machine
### Faro — what readers are told about a directory entry, on the pages, the kiosk and in the bot.

# Beside a real place whose details nobody has checked for more than 180 days.
directory-stale = چھ ماہ سے زیادہ عرصے سے تصدیق نہیں ہوئی: جانے سے پہلے تصدیق کر لیں۔

# Beside a place whose coordinates are its city's centre (from a dataset of cities), not its
# own: on the pages, the kiosk's "nearest first", the bot's "near me".
directory-location-city = تخمینی مقام: درست پتے کے بجائے شہر کا مرکز۔
