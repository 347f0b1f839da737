### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = یا اپنا مقام شیئر کیے بغیر وہ ملک منتخب کریں جہاں آپ ہیں:
# After a country was chosen. $country: the country's name.
places-choose-city = { $country } میں کہاں؟ ایک شہر منتخب کریں:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = پورا ملک
# Heading of a list of places. $place: a city and its country, or a country.
places-in = { $place } میں مدد کرنے والی جگہیں:
places-none = ہمیں ابھی { $place } میں مدد کرنے والی کسی جگہ کا علم نہیں۔
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = ہماری فہرست میں کوئی جگہ آپ کے قریب نہیں۔ ہمارے علم میں سب سے قریب جگہ { $km } کلومیٹر دور ہے:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = نقشہ: { $name }
places-no-map = ہمارے پاس نقشے پر اس جگہ کا مقام نہیں ہے۔
