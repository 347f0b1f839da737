### translation: original
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = This page has expired
intake-expired = For your privacy, these questions can only be answered on this screen and for a short time. Nothing was saved. Please start again.
intake-invalid = Some answers could not be understood. Nothing was saved. Please start again.
# $max is the most languages a person may choose (8).
intake-languages-count = Choose at least one language and at most { $max }.
intake-used-title = This page was already used
intake-used = For your privacy, each page of these questions can be sent only once, and a reference is shown only once. Nothing more was saved. If you need an interpreter, please start again.
intake-busy-title = Please wait a little
intake-busy = Many requests were made here a short time ago, so this screen cannot take another one right now. Please try again later, or ask the staff at the desk.
