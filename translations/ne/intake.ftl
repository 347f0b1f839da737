### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = यो पृष्ठको म्याद सकिएको छ
intake-expired = तपाईंको गोपनीयताको सुरक्षाका लागि, यी प्रश्नहरूको जवाफ यही स्क्रिनमा र छोटो समयका लागि मात्र दिन सकिन्छ। केही पनि सुरक्षित गरिएको छैन। कृपया फेरि सुरु गर्नुहोस्।
intake-invalid = केही जवाफहरू बुझ्न सकिएन। केही पनि सुरक्षित गरिएको छैन। कृपया फेरि सुरु गर्नुहोस्।
intake-languages-count = कम्तीमा एउटा भाषा र बढीमा { $max } भाषा छान्नुहोस्।
