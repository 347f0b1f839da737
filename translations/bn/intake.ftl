### translation: machine
### Faro — UI strings of the kiosk's interpreter pages that faro.ftl does not have.

intake-expired-title = এই পাতার মেয়াদ শেষ হয়ে গেছে
intake-expired = আপনার গোপনীয়তা রক্ষার জন্য, এই প্রশ্নগুলোর উত্তর শুধু এই স্ক্রিনে এবং অল্প সময়ের জন্য দেওয়া যায়। কিছুই সংরক্ষণ করা হয়নি। অনুগ্রহ করে আবার শুরু করুন।
intake-invalid = কিছু উত্তর বোঝা যায়নি। কিছুই সংরক্ষণ করা হয়নি। অনুগ্রহ করে আবার শুরু করুন।
intake-languages-count = অন্তত একটি ভাষা এবং সর্বোচ্চ { $max }টি ভাষা বেছে নিন।
