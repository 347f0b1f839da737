### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = یا هغه هېواد وټاکئ چې تاسو پکې یاست، پرته له دې چې خپل ځای شریک کړئ:
# After a country was chosen. $country: the country's name.
places-choose-city = د { $country } په کوم ځای کې؟ یو ښار وټاکئ:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = ټول هېواد
# Heading of a list of places. $place: a city and its country, or a country.
places-in = هغه ځایونه چې په { $place } کې مرسته کوي:
places-none = موږ لا تر اوسه په { $place } کې داسې ځای نه پېژنو چې مرسته وکړي.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = زموږ په لست کې هېڅ ځای تاسو ته نږدې نه دی. تر ټولو نږدې ځای چې موږ یې پېژنو { $km } کیلومتره لرې دی:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = نقشه: { $name }
places-no-map = د دې ځای موقعیت په نقشه کې نه لرو.
