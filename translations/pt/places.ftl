### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = Ou escolha o país onde você está, sem compartilhar sua localização:
# After a country was chosen. $country: the country's name.
places-choose-city = Onde em { $country }? Escolha uma cidade:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = O país inteiro
# Heading of a list of places. $place: a city and its country, or a country.
places-in = Lugares que ajudam em { $place }:
places-none = Ainda não conhecemos nenhum lugar que ajude em { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = Nenhum lugar da nossa lista está perto de você. O mais próximo que conhecemos fica a { $km } km:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = Mapa: { $name }
places-no-map = Não temos a localização deste lugar em um mapa.
