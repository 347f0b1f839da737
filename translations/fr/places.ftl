### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = Ou choisissez le pays où vous êtes, sans partager votre position :
# After a country was chosen. $country: the country's name.
places-choose-city = Où en { $country } ? Choisissez une ville :
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = Tout le pays
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Lieux qui aident à { $place } :
places-none = Nous ne connaissons encore aucun lieu qui aide à { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = Aucun lieu de notre liste n’est près de vous. Le plus proche que nous connaissons est à { $km } km :
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Carte : { $name }
places-no-map = Nous n’avons pas la position de ce lieu sur une carte.
