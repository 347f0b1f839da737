### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = অথবা আপনার অবস্থান শেয়ার না করে আপনি যে দেশে আছেন সেটি বেছে নিন:
# After a country was chosen. $country: the country's name.
places-choose-city = { $country }-এর কোথায়? একটি শহর বেছে নিন:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = সারা দেশ
# Heading of a list of places. $place: a city and its country, or a country.
places-in = { $place }-এ সাহায্য করে এমন জায়গা:
places-none = { $place }-এ সাহায্য করে এমন কোনো জায়গার খবর আমরা এখনো জানি না।
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = আমাদের তালিকার কোনো জায়গা আপনার কাছে নেই। আমাদের জানা সবচেয়ে কাছের জায়গাটি { $km } কিমি দূরে:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = মানচিত্র: { $name }
places-no-map = মানচিত্রে এই জায়গার অবস্থান আমাদের কাছে নেই।
