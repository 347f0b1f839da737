### translation: machine
### Faro — what readers are told about a directory entry, on the pages, the kiosk and in the bot.

# Beside a real place whose details nobody has checked for more than 180 days.
directory-stale = छ महिनाभन्दा बढी समयदेखि जाँच गरिएको छैन: जानुअघि निश्चित गर्नुहोस्।
