### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = O elige el país donde estás, sin compartir tu ubicación:
# After a country was chosen. $country: the country's name.
places-choose-city = ¿En qué parte de { $country }? Elige una ciudad:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = Todo el país
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Lugares que ayudan en { $place }:
places-none = Todavía no conocemos ningún lugar que ayude en { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = Ningún lugar de nuestra lista está cerca de ti. El más cercano que conocemos está a { $km } km:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Mapa: { $name }
places-no-map = No tenemos la ubicación de este lugar en un mapa.
