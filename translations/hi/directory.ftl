### translation: machine
### Faro — what readers are told about a directory entry, on the pages, the kiosk and in the bot.

# Beside a real place whose details nobody has checked for more than 180 days.
directory-stale = छह महीने से अधिक समय से जाँच नहीं हुई: जाने से पहले पुष्टि कर लें।

# Beside a place whose coordinates are its city's centre (from a dataset of cities), not its
# own: on the pages, the kiosk's "nearest first", the bot's "near me".
directory-location-city = अनुमानित स्थान: सटीक पते के बजाय शहर का केंद्र।
