### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = أو اختر البلد الذي أنت فيه، دون مشاركة موقعك:
# After a country was chosen. $country: the country's name.
places-choose-city = أين في { $country }؟ اختر مدينة:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = البلد كله
# Heading of a list of places. $place: a city and its country, or a country.
places-in = أماكن تقدّم المساعدة في { $place }:
places-none = لا نعرف بعدُ أي مكان يقدّم المساعدة في { $place }.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = لا يوجد مكان في قائمتنا قريب منك. أقرب مكان نعرفه يبعد { $km } كم:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = الخريطة: { $name }
places-no-map = ليس لدينا موقع هذا المكان على الخريطة.
