### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = እዚ ገጽ ግዜኡ ሓሊፉ እዩ
intake-expired = ብሕትነትኩም ንምሕላው፣ ነዞም ሕቶታት ኣብዚ ስክሪን ጥራይን ንሓጺር ግዜን ጥራይ ኢኹም ክትምልስዎም እትኽእሉ። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-invalid = ገለ መልስታት ክርደኡ ኣይከኣሉን። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-languages-count = እንተወሓደ ሓደ ቋንቋን እንተበዝሐ { $max } ቋንቋታትን ምረጹ።
