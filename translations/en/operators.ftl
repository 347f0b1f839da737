### translation: original
### Faro — what operators read: sign-in, the shelter staff's queue, the publishing pages under
### /admin, the messages of the JSON API and of the command line (`faro user`, `faro interpreter`,
### `faro stats`). Complete in English, Spanish and French (`faro check` counts a missing key
### as an error in those three); other locales fall back along their chain.
##
## Translators: keep every key; change only the text after "=". Variables such as { $slug }
## stay exactly as they are. A few strings hold HTML tags (<code>…</code>): keep the tags.

## Around every page

op-brand = Faro
op-nav-label = Sections
op-account-signed-in-as = Signed in as
op-account-sign-out = Sign out
# An account's role, beside its name. $country is a country code (MX), $shelter a shelter's id.
op-role-admin = admin
op-role-publisher = publisher ({ $country })
op-role-publisher-all = publisher (all countries)
op-role-staff = staff ({ $shelter })

## Dates and times, on the operator's clock. $year is four digits; $month, $day, $hour and
## $minute two (09). Put them in the order readers of the language expect.

op-time-datetime-plain = { $year }-{ $month }-{ $day } { $hour }:{ $minute }
# $zone is the time zone's name, from the op-zone- strings below.
op-time-datetime = { $year }-{ $month }-{ $day } { $hour }:{ $minute } ({ $zone })
op-time-date = { $year }-{ $month }-{ $day }

## Time zones an operator can pick, by the place readers know them by.

op-zone-mexico-city = Mexico City
op-zone-tijuana = Tijuana
op-zone-hermosillo = Hermosillo (Sonora)
op-zone-mazatlan = Mazatlán
op-zone-cancun = Cancún
op-zone-guatemala = Guatemala
op-zone-belize = Belize
op-zone-tegucigalpa = Tegucigalpa
op-zone-san-salvador = San Salvador
op-zone-managua = Managua
op-zone-costa-rica = Costa Rica
op-zone-panama = Panama
op-zone-bogota = Bogotá
op-zone-utc = UTC

## Errors on the pages

op-error-forbidden-title = Not allowed
op-error-forbidden = Your account does not give access to this page.
op-error-forged-title = Form refused
op-error-forged = The form was out of date or did not come from this site. Go back, reload the page and try again.
op-error-not-found-title = Not found
op-error-not-found = There is nothing here for your account.
op-error-bad-request-title = Bad request
op-error-invalid-title = Not accepted
op-error-conflict-title = Not possible
op-error-server-title = Server error
op-error-server = Something went wrong on the server. Try again in a moment.
op-error-form-unreadable = The form could not be read.
op-error-form-fields = The form's fields were not as expected.
op-error-too-large = The form or request was larger than this page takes.
op-error-busy-title = Busy

## Sign-in

op-signin-title = Sign in
op-signin-user-name = User name
op-signin-password = Password
op-signin-button = Sign in
op-signin-wrong = Wrong name or password.
# $minutes is a whole number of minutes. Shown to the client that made the failed attempts
# (for this name from its address, or for many names from it); others are not held back.
op-signin-too-many = Too many failed sign-ins from here. Try again in { $minutes } min.
op-signin-busy = The server is checking many sign-ins right now. Try again in a few seconds.

## The account page (/account): every signed-in operator's own

op-account-title = Your account
# $count failed sign-ins with the user's name before this session; $last is a date and time.
op-account-failures = { $count ->
    [one] One failed sign-in was made with your name since your previous sign-in (at { $last }).
   *[other] { $count } failed sign-ins were made with your name since your previous sign-in (the last at { $last }).
    } If it was not you, change your password, and tell an administrator.
op-account-change-password = Change your password
op-account-current = Current password
op-account-new = New password
op-account-repeat = New password again
op-account-rule = At least 12 characters; not one character or group repeated, not a run such as "abcdef" or "123456", not a common password. A few words you will remember work well.
op-account-change-button = Change password
op-account-changed = Your password is changed. Your other sessions have been signed out.
op-account-preferences = Language and time zone
op-account-language = Language of these pages
op-account-language-browser = As my browser asks
op-account-zone = Time zone of dates and times
# $zone is a time zone's name, such as "Mexico City".
op-account-zone-instance = This server's: { $zone }
op-account-preferences-save = Save language and time zone
op-account-preferences-saved = Your language and time zone are saved.
op-account-bad-language = Choose Español, English or Français, or the language your browser asks for.
op-account-bad-zone = Choose one of the time zones of the list.
op-account-mismatch = The two new passwords are not the same.
op-account-wrong-current = The current password is wrong.
op-password-too-short = The new password needs at least 12 characters.
op-password-repeated = The new password is one character or group repeated. Choose another.
op-password-sequence = The new password is a run of letters, digits or keys. Choose another.
op-password-common = The new password is one of the most common passwords, or contains your user name. Choose another.

## The shelter staff's interpreter queue (/staff)

op-staff-title = Interpreter queue
op-staff-shelter = Shelter
op-staff-all-shelters = All shelters
op-staff-show = Show
op-staff-none-open = No open requests.
op-staff-no-shelter = No shelter given
op-staff-languages = Languages
op-staff-waiting = Waiting
op-staff-status = Status
op-staff-origin = Origin
op-staff-origin-not-shared = not shared
op-staff-origin-undisclosed = undisclosed
op-staff-origin-another = another country
op-staff-languages-undisclosed = not said
op-staff-accept = Accept
op-staff-done = Done
op-staff-cancel = Cancel
op-staff-status-waiting = Waiting
op-staff-status-accepted = Accepted
op-staff-status-done = Done
op-staff-status-cancelled = Cancelled
# How long a person has waited, in the largest sensible unit.
op-staff-waiting-under-minute = under 1 min
op-staff-waiting-minutes = { $minutes } min
op-staff-waiting-hours = { $hours } h
op-staff-waiting-days = { $days } d
op-staff-bad-query = The only parameter here is shelter=<id>.
op-staff-unknown-shelter = No shelter in the directory has that id.
# $status is the request's status as the database names it; give each its word.
op-staff-wrong-status = The request is { $status ->
        [waiting] waiting
        [accepted] accepted
        [done] done
        [cancelled] cancelled
       *[other] { $status }
    }; that action no longer applies to it.

## The admin home and the figures (/admin)

op-admin-title = Admin
op-admin-home-campaigns = write a campaign in each language, preview the Telegram message and the kiosk banner side by side, submit, approve and publish, and follow delivery per language.
op-admin-home-translations = how much of the interface, the topic pages and the campaigns each language has, machine-translated or reviewed, and marking a text reviewed.
op-admin-home-figures = declarations by origin, language and shelter per closed quarter, with small counts hidden (how is explained there); also as CSV.
op-admin-home-audit = every sign-in, change, approval, publication and account change.
op-admin-figures-title = Figures
op-admin-figures-intro = Declarations counted by origin, language and shelter, per quarter. "not said" counts the people who preferred not to say; "another country" the people from a country that is not in the list.
op-admin-figures-csv = Download as CSV
op-admin-figures-by-origin = Declarations by origin and month
op-admin-figures-by-language = Declared languages by month
op-admin-figures-by-shelter = Declarations by shelter and month
op-admin-figures-origin = Origin
op-admin-figures-language = Language
op-admin-figures-shelter = Shelter
op-admin-total = Total

## Campaigns (/admin/campaigns)

op-admin-campaigns-title = Campaigns
op-admin-campaigns-caption = Campaigns, newest first
op-admin-campaigns-none = No campaigns yet.
op-admin-campaign-new-title = New campaign
# $slug is the campaign's name in addresses.
op-admin-campaign-title = Campaign { $slug }
op-admin-campaign = Campaign
op-admin-status = Status
op-admin-window = Window
# $starts and $ends are dates and times (op-time-datetime-plain), $zone the time zone's name.
op-admin-window-range = { $starts } – { $ends } ({ $zone })
op-admin-locale = Locale
op-admin-locales = Locales
op-admin-countries = Countries
op-admin-texts = Texts
op-admin-queued = Queued
op-admin-sent = Sent
op-admin-failed = Failed
op-admin-status-draft = Draft
op-admin-status-review = In review
op-admin-status-approved = Approved
op-admin-status-published = Published
op-admin-all-locales = all locales
op-admin-all-countries = all countries
op-admin-unknown-locale = unknown locale
# The row every locale with fewer than five messages is summed into, so that no row shows a handful of readers.
op-admin-other-locales = other languages (fewer than 5 each)
op-admin-slug = Name in addresses
op-admin-slug-hint = 3 to 48 of a-z, 0-9 and "-", such as <code>rainy-season-2027</code>.
op-admin-locales-hint = None ticked: every locale.
op-admin-countries-hint = Country codes such as <code>MX GT</code>; empty: every country.
# $zone is the time zone's name, such as "Mexico City".
op-admin-starts = Starts ({ $zone } time)
op-admin-ends = Ends ({ $zone } time)
op-admin-create = Create the campaign
op-admin-created-by = Created by
op-admin-submitted-by = Submitted by
op-admin-approved-by = Approved by
op-admin-published-by = Published by
op-admin-step-submit = Submit for review
op-admin-step-return = Return to draft
op-admin-step-approve = Approve
op-admin-step-publish = Publish
op-admin-note-outside-scope = Your account can see this campaign but not change it: it targets countries outside your scope.
op-admin-note-no-text = Write at least one locale's text to submit the campaign.
op-admin-settings = Change targets or window
op-admin-settings-hint = A campaign already submitted or approved goes back to draft.
op-admin-settings-save = Save targets and window
op-admin-delivery = Delivery
op-admin-delivery-none = Nothing queued yet.
op-admin-delivery-caption = Telegram messages by locale
op-admin-previews = Previews
# $missing and $total are numbers of locales.
op-admin-previews-missing = { $missing } of { $total } locales have no text of their own.
op-admin-preview-untargeted = Not among the campaign's locales.
# $locale is a locale's name and tag, such as "English (en)".
op-admin-preview-fallback = No text — readers get { $locale }
op-admin-preview-nothing = No text — readers get nothing
op-admin-preview-banner = Kiosk banner
op-admin-preview-telegram = Telegram message
op-admin-text-none = no text
# $kind is how a text was written, as the server names it.
op-translation-kind = { $kind ->
        [original] original
        [machine] machine translation
        [reviewed] reviewed
       *[other] { $kind }
    }
# $translation is how the text was written (op-translation-kind); $date a date (op-time-date).
op-admin-text-reviewed = { $translation }, reviewed by { $by } on { $date }
op-admin-text-title = Title
op-admin-text-body = Text (Markdown)
op-admin-text-written-as = Written as
op-admin-text-original = original (written in this language)
op-admin-text-machine = machine translation (not reviewed)
# $locale is a locale tag, such as fa.
op-admin-text-save = Save { $locale }
op-admin-text-mark-reviewed = Mark { $locale } reviewed

## What the publishing pages and the API refuse, and why

# $slug is the name as it was given, in quotes.
op-admin-bad-slug = { $slug } is not a campaign name: use 3 to 48 of a-z, 0-9 and '-', not starting or ending with '-'.
op-admin-slug-taken = A campaign named { $slug } already exists; choose another name.
op-admin-no-campaign = No such campaign.
# $action is what the account tried, as the server names it.
op-admin-may-not = Your account may not { $action ->
        [submit-this-campaign] submit this campaign
        [return-this-campaign] return this campaign to draft
        [approve-this-campaign] approve this campaign
        [publish-this-campaign] publish this campaign
        [review-translations] mark translations reviewed
        [review-that] mark that text reviewed
       *[other] { $action }
    }.
op-admin-outside-scope = A publisher for one country can only work on campaigns that target that country and no other.
# $status is the campaign's status and $action what it cannot do, as the server names them.
op-admin-wrong-status = The campaign is { $status ->
        [draft] a draft
        [review] in review
        [approved] approved
        [published] published
        [changed-meanwhile] changed by someone else meanwhile
       *[other] { $status }
    }, so it cannot { $action ->
        [be-submitted] be submitted
        [be-returned] be returned to draft
        [be-approved] be approved
        [be-published] be published
        [change] change
       *[other] { $action }
    }.
op-admin-bad-window = The campaign must end after it starts.
# $max is a number of characters.
op-admin-bad-title = The title must be one line of 1 to { $max } characters.
op-admin-bad-body = The text must have 1 to { $max } characters that show as text (raw HTML is removed), and its translation must be original or machine.
op-admin-no-text = The campaign has no text yet; write at least one locale's text first.
# $locale is a locale tag, such as fa.
op-admin-no-text-in = { $locale } has no text in this campaign.
op-admin-second-approver = You submitted this campaign or wrote one of its texts, so someone else must approve it.
op-admin-bidi-controls = The text holds invisible characters that reverse the direction of what follows them (U+202A to U+202E, U+2066 to U+2069). Remove them and save again.
# $tag and $code are the values as they were given, in quotes.
op-admin-not-a-locale = { $tag } is not one of Faro's locales.
op-admin-not-a-country = { $code } is not a country code (ISO 3166-1 alpha-2, such as MX or GT).
# $zone is the time zone's name, such as "Mexico City".
op-admin-bad-start = The start is not a date and time (YYYY-MM-DDTHH:MM, { $zone } time).
op-admin-bad-end = The end is not a date and time (YYYY-MM-DDTHH:MM, { $zone } time).

## Translation coverage (/admin/translations)

op-admin-translations-title = Translations
op-admin-translations-intro = Per locale: English's UI strings found in the locale's files, topic pages, and the texts of the campaigns that target the locale. "machine" means written without a translator's review; readers are told so. Open a file or page to read it beside the English and mark it reviewed: readers then no longer see the notice. A review counts until the English changes.
op-admin-translations-caption = Translation coverage
op-admin-translations-ui = UI strings
op-admin-translations-topics = Topic pages
op-admin-translations-campaigns = Campaign texts
# $present and $total are numbers of strings, pages or texts.
op-admin-translations-present = { $present } of { $total }
op-admin-translations-breakdown = machine { $machine } · reviewed { $reviewed } · original { $original }
op-admin-translations-empty = Nothing in this locale yet.
op-admin-translations-mark = Mark reviewed
# $file is a file name such as faro.ftl; $count its number of keys.
op-admin-translations-ui-item = UI strings: { $file } ({ $count } keys)
op-admin-translations-topic-item = Topic: { $slug }
# $date is a date (op-time-date).
op-admin-translations-reviewed = reviewed by { $by } on { $date }
op-admin-translations-bad-locale = The locale is not one of Faro's.
op-admin-translations-bad-kind = Only UI files and topics are marked here.
op-admin-translations-no-item = That locale has no such UI file or topic page.

## The audit log (/admin/audit)

op-admin-audit-title = Audit log
# $shown is a number of entries.
op-admin-audit-intro = The newest { $shown } entries, newest first.
# $zone is the time zone's name, such as "Mexico City".
op-admin-audit-when = When ({ $zone } time)
op-admin-audit-who = Who
op-admin-audit-action = Action
op-admin-audit-detail = Detail

## The JSON API (/api/v1): the "error" of its answers

op-api-unauthorized = An API token is required: send "Authorization: Bearer <token>" (see `faro user token`).
op-api-server = Something went wrong on the server.
op-api-no-endpoint = No such API endpoint; see /api/v1/openapi.json.
op-api-wrong-method = This endpoint does not take that method; see /api/v1/openapi.json.
op-api-json-content-type = Send the body as JSON, with "Content-Type: application/json".
# $reason is the parser's own explanation, in English.
op-api-bad-json = The body is not the JSON expected here: { $reason }
# $field is the name of a JSON field (starts_at, ends_at).
op-api-bad-time = { $field } must be a UTC time such as 2026-12-01T09:30:00Z.
op-api-no-campaigns = Your account may not work on campaigns.

## The command line: faro user, faro interpreter, faro stats

# Column headings of `faro user list` and `faro interpreter list`.
op-cli-column-id = id
op-cli-column-name = name
op-cli-column-role = role
op-cli-column-disabled = disabled
op-cli-column-languages = languages
op-cli-column-areas = areas
op-cli-column-linked = linked
op-cli-column-active = active
op-cli-yes = yes
op-cli-no = no
# $role is the account's role (op-role-…).
op-cli-user-added = Account { $name } added: { $role }.
op-cli-user-disabled = Account { $name } disabled: its sessions are ended and its API tokens revoked.
op-cli-user-enabled = Account { $name } enabled.
# $days is a number of days. Keep `Authorization: Bearer <token>` as it is.
op-cli-token-created = API token for { $name }: shown once, valid for { $days } days. Send it as `Authorization: Bearer <token>`.
op-cli-tokens-revoked = { $count ->
        [0] { $name } had no API token to revoke.
        [one] One API token of { $name } revoked.
       *[other] { $count } API tokens of { $name } revoked.
    }
op-cli-bad-name = User names are 3 to 40 characters of a-z, 0-9, ".", "_" and "-".
op-cli-name-taken = An account named { $name } already exists.
op-cli-no-such-user = No account has that name (see `faro user list`).
# $shelter and $dir are given as typed, in quotes, and the content folder.
op-cli-unknown-shelter = --shelter { $shelter } is not the id of a shelter in { $dir }.
op-cli-staff-needs-shelter = Staff accounts need --shelter ID.
op-cli-scope-mismatch = --country goes with --role publisher, and --shelter with --role staff.
op-cli-unknown-role = { $role } is not a role: use admin, publisher or staff.
op-cli-password-unreadable = The password could not be read from standard input.
op-cli-password-missing = Give the password on standard input, for example: printf '%s\n' "$PASSWORD" | faro user add …
op-cli-interpreter-bad-name = --name must be 1 to 80 characters, without invisible direction controls.
# $tag is the value as typed, in quotes.
op-cli-bad-language = { $tag } is not a language tag; write tags such as ht, fr or prs.
op-cli-unknown-city = --area { $area }: no shelter or office of the directory is in a city called { $city }.
op-cli-unknown-area = --area { $area } is neither remote, a shelter id nor city:<name> in { $dir }.
op-cli-interpreter-added = Interpreter { $id } added.
op-cli-interpreter-code = Link code (give it to the interpreter; it works once): { $code }
op-cli-interpreter-send = They send it to the bot as: /start { $code }
op-cli-interpreter-disabled = Interpreter { $id } disabled: no more requests go to them.
op-cli-interpreter-enabled = Interpreter { $id } enabled.
op-cli-interpreter-removed = Interpreter { $id } removed, with the WhatsApp number they linked, if any.
op-cli-no-such-interpreter = No interpreter has the id { $id } (see `faro interpreter list`).
# The heading of a table of `faro stats`; $table is its name as the server gives it.
op-cli-stats-table = { $table ->
        [origin] Origin
        [language] Language
        [shelter] Shelter
       *[other] { $table }
    }

## Staff queue, reviews, figures

# The staff queue keeping itself current (static/staff_queue.js).
op-staff-live-off = This list does not update itself here: reload the page to see new requests.
op-staff-live-on = This list updates itself every few seconds.
op-staff-live-sound = Play a sound when a new request arrives
op-staff-live-new = A new request has arrived.
op-staff-live-changed = The queue has changed.
op-staff-live-failed = The queue could not be updated. If this lasts, reload the page.
# Cancel, which asks first.
op-staff-cancel-ask = Cancel request…
op-staff-cancel-title = Cancel request { $reference }?
op-staff-cancel-explain = Cancelling takes this request out of the queue, and it cannot be undone. Cancel only when the person has left or no longer needs an interpreter.
op-staff-cancel-confirm = Yes, cancel this request
op-staff-cancel-keep = No, keep it in the queue
# Translation reviews.
op-admin-translations-stale = reviewed by { $by } on { $date }, but the English has changed since: readers see the machine notice again
op-admin-translations-stale-heading = Reviews to renew: the English changed after them
op-admin-translations-ui-file = UI strings: { $file }
op-admin-translations-back = Back to all translations
op-admin-translations-notice-shown = Readers of this text are told that it is a machine translation that nobody has checked.
op-admin-translations-notice-gone = Readers of this text are not told that it is a machine translation.
op-admin-translations-unmark = Undo the review
# The figures: how hiding works (the page and `faro stats`).
op-figures-hidden = hidden
op-figures-other = other (groups under 5 in all)
op-figures-method-heading = How small counts are hidden
op-figures-method-closed = Only quarters that have ended are shown, and their counts never change afterwards, so comparing two readings shows nobody arriving or leaving.
op-figures-method-other = A group (an origin, a language, a shelter) with fewer than 5 declarations over all the quarters shown is not listed by name: it is added to "other".
op-figures-method-small = "<5" means fewer than 5 (possibly none).
op-figures-method-hidden = "hidden" means the count may be of any size: it is hidden so that a "<5" in the same row or column cannot be worked out from the total.
op-figures-method-rounded = Every other count is rounded to the nearest 5.

## Campaigns: stop and correct

op-admin-status-stopped = Stopped
op-admin-cancelled = Cancelled
op-campaign-stop-summary = Stop this campaign…
op-campaign-stop = Stop now
# $seconds is the instance's banner_check_seconds.
op-campaign-stop-explain = Its banner leaves every kiosk within { $seconds } seconds, and the messages not sent yet are cancelled. Messages already sent cannot be taken back: to send the right text, write a correction instead.
op-campaign-correct = Write a correction
op-campaign-correct-explain = A correction is a new version of this campaign, starting from its texts. Change it, then submit it: it needs review and approval again. This campaign stays on the kiosks until the correction is published and replaces it.
# $slug is the correction's name.
op-campaign-open-correction = A correction is under way: { $slug }
# $revision is a number (2 for the first correction); $slug the name of the campaign it corrects.
op-campaign-revision-of = Version { $revision }: a correction of { $slug }
# $by is a user name, $date a date and time, $seconds the instance's banner_check_seconds.
op-campaign-stopped-note = Stopped by { $by } on { $date }: its banner left the kiosks within { $seconds } seconds, and nothing more of it is sent.
op-campaign-replaced-by = Replaced by the correction { $slug }
# $seconds is the instance's banner_check_seconds; $starts and $ends are dates and times.
op-campaign-banner-when = Once published, the banner shows on the kiosks within { $seconds } seconds (or from { $starts }, if that is later) until { $ends }.
# On a campaign's page when WhatsApp is configured: who it reaches there and how long sending
# takes within Meta's limits ($people: subscribers who agreed to alerts; $outside: those who
# last wrote more than 24 hours ago and get a template; $minutes at $rate messages a second;
# $days added by the daily limit of $limit people outside the window).
op-campaign-whatsapp-reach = On WhatsApp: { $people ->
        [one] one person
       *[other] { $people } people
    }, { $outside } of them outside the 24-hour window (an approved template each). Sending takes about { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } at { $rate } messages a second{ $days ->
        [0] .
        [one] , and one more day: WhatsApp lets the number reach { $limit } people a day outside the window.
       *[other] , and { $days } more days: WhatsApp lets the number reach { $limit } people a day outside the window.
    }
op-campaign-banner-live = The banner is on the kiosks from { $starts } to { $ends }: it showed within { $seconds } seconds of publication, and it goes within { $seconds } seconds if the campaign is stopped.
op-campaign-resend-legend = When this correction is published
op-campaign-resend-yes = Send it by Telegram to the people who received an earlier version (and to nobody else)
op-campaign-resend-no = Do not send it: only the banner and the campaign's page change
op-campaign-resent = This correction was sent to the people who had received an earlier version.
op-campaign-not-resent = This correction was not sent by Telegram: only the banner and the campaign's page changed.
op-campaign-only-publisher = Only whoever published this campaign, or an admin, may stop it. You can write a correction instead.
# $action is what the account tried, as the server names it.
op-campaign-may-not = Your account may not { $action ->
        [stop-this-campaign] stop this campaign
        [correct-this-campaign] correct this campaign
       *[other] { $action }
    }.
# $status is the campaign's status and $action what it cannot do, as the server names them.
op-campaign-wrong-status = The campaign is { $status ->
        [draft] a draft
        [review] in review
        [approved] approved
        [published] published
        [stopped] stopped
        [changed-meanwhile] changed by someone else meanwhile
       *[other] { $status }
    }, so it cannot { $action ->
        [be-stopped] be stopped
        [be-corrected] be corrected (only a published campaign can)
        [be-submitted] be submitted
        [be-returned] be returned to draft
        [be-approved] be approved
        [be-published] be published
        [change] change (write a correction instead)
       *[other] { $action }
    }.
op-campaign-fix-below = Nothing was saved. Change what is marked below, then save again: your text is still here.
op-campaign-kept-notice = Your session had ended, so this text was not saved. Here it is as you typed it: check it and save it again.
op-signin-kept = Your session had ended before you saved. Sign in again: what you typed is kept and comes back after you sign in.
# $field is the name of the query parameter that was not understood.
op-api-bad-list-query = The list takes status, country, updated_since (an RFC 3339 time), limit (1 to 100) and before (the next_before of the previous page); { $field } is not valid.
op-api-bad-resend = resend must be true or false.
