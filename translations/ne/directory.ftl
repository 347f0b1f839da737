### translation: machine
### Faro — what readers are told about a directory entry, on the pages, the kiosk and in the bot.

# Beside a real place whose details nobody has checked for more than 180 days.
directory-stale = छ महिनाभन्दा बढी समयदेखि जाँच गरिएको छैन: जानुअघि निश्चित गर्नुहोस्।

# Beside a place whose coordinates are its city's centre (from a dataset of cities), not its
# own: on the pages, the kiosk's "nearest first", the bot's "near me".
directory-location-city = अनुमानित स्थान: सही ठेगानाको सट्टा सहरको केन्द्र।
