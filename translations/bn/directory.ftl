### translation: machine
### Faro — what readers are told about a directory entry, on the pages, the kiosk and in the bot.

# Beside a real place whose details nobody has checked for more than 180 days.
directory-stale = ছয় মাসের বেশি সময় ধরে যাচাই করা হয়নি: যাওয়ার আগে নিশ্চিত হয়ে নিন।

# Beside a place whose coordinates are its city's centre (from a dataset of cities), not its
# own: on the pages, the kiosk's "nearest first", the bot's "near me".
directory-location-city = আনুমানিক অবস্থান: সঠিক ঠিকানার বদলে শহরের কেন্দ্র।
