### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = ወይም አካባቢዎን ሳያጋሩ ያሉበትን አገር ይምረጡ፦
# After a country was chosen. $country: the country's name.
places-choose-city = በ{ $country } ውስጥ የት? ከተማ ይምረጡ፦
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = መላው አገር
# Heading of a list of places. $place: a city and its country, or a country.
places-in = በ{ $place } የሚረዱ ቦታዎች፦
places-none = በ{ $place } የሚረዳ ቦታ እስካሁን አናውቅም።
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = በዝርዝራችን ውስጥ ለእርስዎ ቅርብ የሆነ ቦታ የለም። የምናውቀው በጣም ቅርብ ቦታ { $km } ኪ.ሜ. ርቀት ላይ ነው፦
# A button that sends a place's pin on a map. $name: its number and name.
places-map = ካርታ፦ { $name }
places-no-map = የዚህን ቦታ መገኛ በካርታ ላይ የለንም።
