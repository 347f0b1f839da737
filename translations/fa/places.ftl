### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = یا کشوری را که در آن هستید انتخاب کنید، بدون فرستادن موقعیت مکانی‌تان:
# After a country was chosen. $country: the country's name.
places-choose-city = کجای { $country }؟ یک شهر انتخاب کنید:
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = همهٔ کشور
# Heading of a list of places. $place: a city and its country, or a country.
places-in = جاهایی که در { $place } کمک می‌کنند:
places-none = هنوز هیچ جایی را نمی‌شناسیم که در { $place } کمک کند.
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = هیچ جایی از فهرست ما نزدیک شما نیست. نزدیک‌ترین جایی که می‌شناسیم { $km } کیلومتر دورتر است:
# A button that sends a place's pin on a map. $name: its number and name.
places-map = نقشه: { $name }
places-no-map = جای این مکان را روی نقشه نداریم.
