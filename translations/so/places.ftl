### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = Ama dooro dalka aad joogto, adigoon wadaagin goobtaada:
# After a country was chosen. $country: the country's name.
places-choose-city = Halkee { $country }? Dooro magaalo:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = Dalka oo dhan
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Meelaha caawiya ee { $place }:
places-none = Weli ma naqaanno meel caawisa oo ku taal { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = Liiskayaga meel kuu dhow kuma jirto. Meesha ugu dhow ee aan naqaanno waxay u jirtaa { $km } km:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Khariidad: { $name }
places-no-map = Ma hayno goobta meeshan ay khariidadda kaga taal.
