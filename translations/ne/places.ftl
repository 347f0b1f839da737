### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = वा आफ्नो स्थान साझा नगरी तपाईं भएको देश छान्नुहोस्:
# After a country was chosen. $country: the country's name.
places-choose-city = { $country } मा कहाँ? एउटा सहर छान्नुहोस्:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = सम्पूर्ण देश
# Heading of a list of places. $place: a city and its country, or a country.
places-in = { $place } मा मद्दत गर्ने ठाउँहरू:
places-none = { $place } मा मद्दत गर्ने कुनै ठाउँ हामीलाई अहिलेसम्म थाहा छैन।
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = हाम्रो सूचीमा कुनै ठाउँ तपाईंको नजिक छैन। हामीलाई थाहा भएको सबैभन्दा नजिकको ठाउँ { $km } किमी टाढा छ:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = नक्सा: { $name }
places-no-map = यो ठाउँको स्थान हामीसँग नक्सामा छैन।
