### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = इस पेज की समय-सीमा समाप्त हो गई है
intake-expired = आपकी निजता की रक्षा के लिए, इन सवालों के जवाब सिर्फ़ इसी स्क्रीन पर और थोड़े समय के लिए दिए जा सकते हैं। कुछ भी सहेजा नहीं गया। कृपया फिर से शुरू करें।
intake-invalid = कुछ जवाब समझ में नहीं आए। कुछ भी सहेजा नहीं गया। कृपया फिर से शुरू करें।
intake-languages-count = कम से कम एक भाषा और ज़्यादा से ज़्यादा { $max } भाषाएँ चुनें।
