### translation: machine
### Faro — places that help, found without sharing a location (country, then city), the
### distance said plainly when nothing is near, and a place's pin on a map. Bot only.

# Under the request to share a location: the other way to find places.
places-or-choose-country = ወይ ኣበይ ከም ዘለኹም ከይኣካፈልኩም ዘለኹምዎ ሃገር ምረጹ፦
# After a country was chosen. $country: the country's name.
places-choose-city = ኣበይ ናይ { $country }? ከተማ ምረጹ፦
# A button beside the cities: services for the whole country (national hotlines).
places-whole-country = ምሉእ ሃገር
# Heading of a list of places. $place: a city and its country, or a country.
places-in = ኣብ { $place } ዝሕግዙ ቦታታት፦
places-none = ኣብ { $place } ዝሕግዝ ቦታ ክሳብ ሕጂ ኣይንፈልጥን።
# When nothing in the list is close to the location shared. $km: a number of kilometres.
places-nearest-far = ኣብ ዝርዝርና ናባኹም ዝቐረበ ቦታ የለን። እቲ ንፈልጦ ዝቐረበ ቦታ { $km } ኪ.ሜ. ርሒቑ ይርከብ፦
# A button that sends a place's pin on a map. $name: its number and name.
places-map = ካርታ፦ { $name }
places-no-map = ናይዚ ቦታ ኣቀማምጣ ኣብ ካርታ የብልናን።
