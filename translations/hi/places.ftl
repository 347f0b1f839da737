### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = या अपनी लोकेशन साझा किए बिना वह देश चुनें जहाँ आप हैं:
# After a country was chosen. $country: the country's name.
places-choose-city = { $country } में कहाँ? एक शहर चुनें:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = पूरा देश
# Heading of a list of places. $place: a city and its country, or a country.
places-in = { $place } में मदद करने वाली जगहें:
places-none = हमें अभी { $place } में मदद करने वाली किसी जगह की जानकारी नहीं है।
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = हमारी सूची में कोई जगह आपके पास नहीं है। हमारी जानकारी में सबसे पास की जगह { $km } किमी दूर है:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = नक्शा: { $name }
places-no-map = हमारे पास नक्शे पर इस जगह की स्थिति नहीं है।
