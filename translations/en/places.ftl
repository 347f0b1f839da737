### translation: original
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = Or choose the country you are in, without sharing your location:
# After a country was chosen. $country: the country's name.
places-choose-city = Where in { $country }? Choose a city:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = Whole country
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Places that help in { $place }:
places-none = We do not know of any place that helps in { $place } yet.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = No place in our list is near you. The nearest we know is { $km } km away:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Map: { $name }
places-no-map = We do not have this place's position on a map.
