### translation: original
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = This page has expired
intake-expired = For your privacy, these questions can only be answered on this screen and for a short time. Nothing was saved. Please start again.
intake-invalid = Some answers could not be understood. Nothing was saved. Please start again.
# $max is the most languages a person may choose (8).
intake-languages-count = Choose at least one language and at most { $max }.
