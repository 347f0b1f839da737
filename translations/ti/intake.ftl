### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = እዚ ገጽ ግዜኡ ሓሊፉ እዩ
intake-expired = ብሕትነትኩም ንምሕላው፣ ነዞም ሕቶታት ኣብዚ ስክሪን ጥራይን ንሓጺር ግዜን ጥራይ ኢኹም ክትምልስዎም እትኽእሉ። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-invalid = ገለ መልስታት ክርደኡ ኣይከኣሉን። ዝተዓቀበ ነገር የለን። በጃኹም ደጊምኩም ጀምሩ።
intake-languages-count = እንተወሓደ ሓደ ቋንቋን እንተበዝሐ { $max } ቋንቋታትን ምረጹ።
intake-used-title = እዚ ገጽ ቅድሚ ሕጂ ተጠቒምሉ እዩ
intake-used = ብሕትውናኹም ንምሕላው፡ ነፍሲ ወከፍ ገጽ ናይዚ ሕቶታት ሓደ ግዜ ጥራይ ክለኣኽ ይኽእል፡ ቁጽሪ መወከሲ እውን ሓደ ግዜ ጥራይ ይርአ። ካልእ ዝተዓቀበ ነገር የለን። ተርጓሚ እንተ ደሊኹም፡ በጃኹም እንደገና ጀምሩ።
intake-busy-title = በጃኹም ቁሩብ ተጸበዩ
intake-busy = ቅድሚ ቁሩብ ግዜ ኣብዚ ብዙሓት ሕቶታት ቀሪቦም፡ ስለዚ እዚ ስክሪን ሕጂ ካልእ ሕቶ ክቕበል ኣይክእልን። በጃኹም ጸኒሕኩም እንደገና ፈትኑ፡ ወይ ኣብ መቐበሊ ዘለዉ ሰራሕተኛታት ሕተቱ።
