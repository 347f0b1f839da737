### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = انتهت صلاحية هذه الصفحة
intake-expired = لحماية خصوصيتك، لا يمكن الإجابة عن هذه الأسئلة إلا على هذه الشاشة ولوقت قصير. لم يُحفظ أي شيء. يُرجى البدء من جديد.
intake-invalid = تعذّر فهم بعض الإجابات. لم يُحفظ أي شيء. يُرجى البدء من جديد.
intake-languages-count = اختر لغة واحدة على الأقل و{ $max } لغات على الأكثر.
