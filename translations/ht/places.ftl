### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = Oswa chwazi peyi kote ou ye a, san ou pa bay pozisyon ou:
# After a country was chosen. $country: the country's name.
places-choose-city = Ki kote nan { $country }? Chwazi yon vil:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = Tout peyi a
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Kote ki ede moun nan { $place }:
places-none = Nou poko konnen okenn kote ki ede moun nan { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = Pa gen okenn kote nan lis nou an ki pre w. Sa ki pi pre nou konnen an se a { $km } km:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Kat: { $name }
places-no-map = Nou pa gen pozisyon kote sa a sou yon kat.
