### Faro — UI strings for the bot and the kiosk.
### translation: original
##
## Translators: keep every key; change only the text after "=". Variables such as { $count }
## stay exactly as they are. Write as you would speak to a person on the road: short, plain,
## friendly, never blaming. Use the plural forms your language has (see { $count -> ... }).

## The service

faro-name = Faro
faro-tagline = Information for people on the move, in your language.
privacy-note = Faro uses no cookies and does not record what you read here.

## Notices shown with a text

# Shown when a text is missing in the chosen language. $requested and $shown are language names.
notice-fallback = This text is not yet available in { $requested }. It is shown in { $shown }.
notice-machine = This text was translated by a machine and has not yet been checked by a person.
notice-demo = Sample entry, not verified. Do not rely on it.
badge-demo = Sample
# $date is a date such as 2026-11-20.
notice-last-verified = Last checked: { $date }

## Navigation

nav-home = Home
nav-topics = Information
nav-directory = Places that help
nav-consulates = Consulates
nav-emergency = Emergency
nav-language = Language
nav-start-over = Start over
nav-back = Back
nav-next = Next
nav-whole-topic = 📄 Whole topic, to keep
nav-web-page = 🌐 Open on the web
nav-menu = Menu

## Language picker

picker-title = Choose your language
picker-hint = Touch your language.

## Home page and topics

home-title = What do you want to know?
topics-title = Information
topic-open = Read
# $current and $total are numbers: "Part 2 of 5".
topic-part = Part { $current } of { $total }

## Directory

directory-title = Places that help
directory-intro = Shelters, legal help, health care and offices in the region.
directory-filter-country = Country
directory-filter-city = City
directory-filter-kind = Type of place
directory-filter-service = Service
directory-filter-any = All
directory-filter-apply = Show
directory-near = Nearest to you first
# $count is the number of places found.
directory-count = { $count ->
    [0] No places found.
    [one] One place found.
   *[other] { $count } places found.
}
directory-empty = No place in our list matches. Try fewer filters.
directory-choose = Choose a country to see its places, or share your location to see the nearest places first.
directory-use-location = Use my location
directory-location-failed = Your location could not be read. Choose a country instead.
# $km is a distance in kilometres, already rounded.
directory-distance = { $km } km away
entry-address = Address
entry-hours = Opening hours
# Days of the week, as opening hours name them.
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
hours-every-day = Every day
# Open day and night.
hours-all-day = 24 hours
# $first and $last are day names: "Monday to Friday".
hours-day-range = { $first } to { $last }
# $opens and $closes are times on a 24-hour clock, such as 09:00.
hours-between = { $opens }–{ $closes }
# $days are the days ("Monday to Friday"), $times the times ("09:00–14:00").
hours-line = { $days }, { $times }
entry-phone = Phone
# $number is a phone number.
entry-call = Call { $number }
entry-website = Website
entry-languages = Languages spoken
entry-services = Services
entry-procedures = What they can do for you
# $country is a country name.
entry-represents = Represents { $country }
entry-nationwide = Whole country

kind-shelter = Shelter
kind-consulate = Consulate
kind-embassy = Embassy
kind-hotline = Emergency line
kind-legal_aid = Legal help
kind-health = Health care
kind-agency = Public office or agency

service-shelter = Place to sleep
service-food = Food
service-legal_aid = Legal help
service-health = Health care
service-documents = Documents
service-asylum = Asylum
service-psychosocial = Emotional support
service-children = Children
service-women = Women
service-interpreting = Interpreters
service-emergency = Emergencies
service-family_tracing = Finding family
service-return = Return home
service-information = Information
service-complaints = Complaints

procedure-passport = Passport
procedure-travel_document = Travel document
procedure-identity_certification = Proof of identity
procedure-consular_registration = Consular registration
procedure-repatriation = Help to return home

## Consulates

consulates-title = Consulates and embassies
consulates-choose = Which country's consulate are you looking for?
# $country is a country name.
consulates-for = Consulates and embassies of { $country }
consulates-none = There is no consulate or embassy of { $country } in our list yet.
consulates-voluntary = Contacting your consulate is your choice. If you are afraid of your own government, do not contact it. Ask UNHCR about asylum instead.

## Emergency

emergency-title = Emergency numbers
emergency-intro = Calls to these numbers are free. Say where you are, what happened and how many people need help.
# $number is a short number such as 911.
emergency-dial = Dial { $number }

## QR codes

qr-phone = Take this page with you: scan with your phone.
qr-telegram = Continue on Telegram in your language.
qr-whatsapp = Continue on WhatsApp in your language.

## Kiosk

# $seconds is a number.
kiosk-idle-notice = To protect your privacy, this screen goes back to the start after { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
} without use.
# $shelter is the name of the shelter.
kiosk-at-shelter = You are at { $shelter }.
kiosk-interpreter = Ask for an interpreter

## Campaigns

campaign-label = Important

## Errors

error-not-found-title = Page not found
error-not-found = We could not find this page. Go back to the start and try again.
error-topic-not-found = This topic does not exist. Here are the topics we have.
error-language-not-found = This language is not available. Choose one of these languages.
error-kiosk-title = This kiosk is not set up
# $id is the shelter id written in the screen's address.
error-kiosk = The address of this screen names a shelter that Faro does not know: { $id }. Please tell the staff. To fix it, the address must be /k/ followed by the id of a shelter in Faro's list of places.
# On the language picker of a screen whose address names an unknown shelter.
error-kiosk-choose = This kiosk is not set up yet: please tell the staff. You can still read the information in your language.
error-bad-request-title = Something is not right
error-bad-request = Some of the choices in the address could not be understood. Please try again from the menu.
error-bad-location = The location could not be read. Give latitude and longitude as two numbers.
error-server-title = Something went wrong
error-server = Something went wrong on our side. Please try again in a moment.

## Telegram bot

bot-welcome = Welcome to Faro. Here you can read, in your language, about the risks on the route, asylum, your rights, and where to find help.
bot-choose-language = Choose your language:
# $language is a language name in that language.
bot-language-detected = It looks like you write in { $language }. Shall we continue in { $language }?
bot-language-yes = Yes, continue
bot-language-other = Choose another language
bot-language-set = Faro will now speak { $language }.
menu-title = What do you need?
menu-emergency = Emergency numbers
menu-topics = Information
menu-near-me = Help near me
menu-consulate = My country's consulate
menu-interpreter = I need an interpreter
menu-alerts-on = Turn alerts on
menu-alerts-off = Turn alerts off
menu-language = Change language
menu-forget = Delete my data
menu-help = Help
bot-help = Use the buttons to move around. Commands:
    /start — begin again
    /language — change language
    /help — this help
    /forget — delete everything Faro keeps about you
    /stop — stop all messages from Faro
bot-topics = Choose a topic:
bot-near-me-ask = Share your location to see the nearest places that help. Your location is used only for this answer and is not stored.
bot-near-me-button = Share my location
bot-near-me-results = The nearest places to you:
bot-near-me-none = We have no places near you in our list yet.
bot-consulate-ask = Which country are you from? Choose to see its consulates and embassies.
bot-search-results = These topics may help you:
bot-search-none = I did not find anything about that. Here is the menu.
bot-non-text = I can only read text. Please write a message or use the buttons.
bot-alerts-on = Alerts are on. You will receive important messages. Send /stop to end them.
bot-alerts-off = Alerts are off.
bot-stopped = Faro will send you no more messages. Send /start if you want to begin again.
bot-forget-confirm = This deletes everything Faro keeps about you: your language, your alerts and any request for an interpreter. Are you sure?
bot-forget-yes = Yes, delete
bot-forget-cancel = No, keep it
bot-forget-done = Done. Everything Faro kept about you has been deleted.
bot-private-only = Faro answers only in private chats. Open a chat with the bot to use it.
bot-error = Something went wrong on our side. Please try again.
# Under every campaign message the bot sends.
campaign-stop-hint = You receive this because you turned alerts on. Send /stop to stop them.

## Countries (origin and consulates)

country-AF = Afghanistan
country-AO = Angola
country-BD = Bangladesh
country-BR = Brazil
country-BZ = Belize
country-CD = Democratic Republic of the Congo
country-CL = Chile
country-CM = Cameroon
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-DO = Dominican Republic
country-EC = Ecuador
country-ER = Eritrea
country-ET = Ethiopia
country-GH = Ghana
country-GN = Guinea
country-GT = Guatemala
country-HN = Honduras
country-HT = Haiti
country-IN = India
country-IQ = Iraq
country-IR = Iran
country-LK = Sri Lanka
country-MX = Mexico
country-NG = Nigeria
country-NI = Nicaragua
country-NP = Nepal
country-PA = Panama
country-PE = Peru
country-PK = Pakistan
country-SN = Senegal
country-SO = Somalia
country-SV = El Salvador
country-SY = Syria
country-UZ = Uzbekistan
country-VE = Venezuela
country-YE = Yemen

## Languages beyond Faro's sixteen (for "Another language")

language-wo = Wolof
language-pa = Punjabi
language-ta = Tamil
language-si = Sinhala
language-om = Oromo
language-sw = Swahili
language-ln = Lingala
language-ff = Fula
language-ru = Russian
language-uz = Uzbek
language-tr = Turkish
language-ku = Kurdish

## Topic pages: the sources under each section, and who a language's pages are written for
topic-source = Source:
topic-source-checked = checked on { $date }
# Shown under the language's name on the picker when it says more than the name.
language-readers = English
