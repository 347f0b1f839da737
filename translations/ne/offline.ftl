### translation: machine
### Faro — keeping a language's pages on the phone to read them without internet: the offer
### under every public page, the page that states the pack's size and saves it, and what its
### script says once pages are kept.

offline-keep-link = इन्टरनेटबिना पढ्न यी पानाहरू यो फोनमा राख्नुहोस्
offline-title = पानाहरू यो फोनमा राख्नुहोस्
offline-intro = सबै विषय, आपतकालीन नम्बर, कन्सुलेट र सहयोग गर्ने ठाउँहरू, { $language }मा, यो फोनमा सुरक्षित गर्नुहोस्। त्यसपछि यी इन्टरनेटबिनै खुल्छन्, हवाइजहाज मोडमा पनि।
offline-size-text = पाठ: डाउनलोडका लागि { $size }
offline-size-audio = अडियो (तपाईंले रोजेमा मात्र): थप { $size } डाउनलोड
offline-no-audio = यो भाषामा अझै अडियो छैन।
offline-size-kb = { $kb } KB
offline-size-mb = { $mb } MB
offline-with-audio = अडियो पनि राख्नुहोस्
offline-keep = यो फोनमा राख्नुहोस्
offline-needs-js = सुरक्षित गर्न JavaScript चाहिन्छ, जुन यो ब्राउजरमा बन्द छ। इन्टरनेट हुँदासम्म पानाहरू चलिरहन्छन्।
offline-privacy = तपाईंबारे केही पनि सुरक्षित वा पठाइँदैन: यी पानाहरू मात्र। तपाईं जुनसुकै बेला यिनलाई मेटाउन सक्नुहुन्छ।
offline-saving = सुरक्षित गर्दै…
offline-saved-on = { $date } मा यो फोनमा सुरक्षित गरियो।
offline-saved-audio = अडियोसहित।
offline-newer = इन्टरनेटमा नयाँ संस्करण छ।
offline-update = अद्यावधिक गर्नुहोस्
offline-clear = सुरक्षित पानाहरू मेटाउनुहोस्
offline-cleared = सुरक्षित पानाहरू यो फोनबाट मेटाइए।
offline-failed = पानाहरू सुरक्षित गर्न सकिएन। जडान जाँच्नुहोस् र फेरि प्रयास गर्नुहोस्।
offline-unsupported = यो ब्राउजरले पानाहरू राख्न सक्दैन। अर्को ब्राउजर प्रयोग गर्नुहोस्, जस्तै Chrome वा Firefox।
