### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = 或者，不用分享位置，直接选择你所在的国家：
# After a country was chosen. $country: the country's name.
places-choose-city = 在{ $country }的哪里？请选择一个城市：
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = 全国
# Heading of a list of places. $place: a city and its country, or a country.
places-in = { $place }提供帮助的地方：
places-none = 我们还不知道{ $place }有提供帮助的地方。
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = 我们的名单里没有离你近的地方。我们知道的最近的地方在 { $km } 公里外：
# A button that sends a place's pin on a map. $name: its number and name.
places-map = 地图：{ $name }
places-no-map = 我们没有这个地方在地图上的位置。
