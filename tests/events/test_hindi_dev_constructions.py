"""Hindi constructions found missing on the BBC Hindi dev split, each checked on sentences of our own.

- "X ने Y इसलिए V क्योंकि ...": a cataphoric "इसलिए" inside a clause points to the reason after it and does not
  cut the doer off from its verb (grammar roles `cataphoric_break`, `cause_conjunction`).
- A refusal (12) by the home country's own actors with no one named is aimed at the home country
  (`context.HOME_REFUSAL_CODES`).
- "X ने Y को (प्रमुख|चुनावी|बड़ा …) मुद्दा बनाया": making Y's act an issue is criticism of Y (111), with an adjective too.
- "X ने Y के ख़िलाफ़ (अपना) ग़ुस्सा/आक्रोश ज़ाहिर/व्यक्त किया": anger voiced against Y is disapproval (110).
- "X Y की यात्रा/Y के दौरे पर निकले": setting out on a visit is a visit (042), as "यात्रा पर गए".
- Places and people the linker lacked: "कालिनिनग्राड" (Kaliningrad, RUS) spelled with ड, so an article about it
  has Russia as its home country; Prince William and Prince Harry (GBR).

Every sentence is ours, about a real event of 2019-2025; each names a triple (source country, target country,
CAMEO root) a careful coder would code.
"""

import pytest
from events.triples import triples as _triples


@pytest.mark.parametrize("text,triple", [
    # "इसलिए ... क्योंकि": the refusal is the doer's, the reason its own clause
    ("उत्तर कोरिया ने 2024 में दक्षिण कोरिया के बातचीत के प्रस्ताव को इसलिए ठुकरा दिया क्योंकि वह उसे दुश्मन देश "
     "मानता है।", ("PRK", "KOR", "12")),
    ("ईरान ने 2025 में अमेरिका के सीधी बातचीत के प्रस्ताव को इसलिए ठुकरा दिया क्योंकि उस पर प्रतिबंध लगे थे।",
     ("IRN", "USA", "12")),
    # a refusal at home with no one named
    ("इटली की राजधानी रोम में 2023 में इटली की सरकार ने नया क़ानून पेश किया। इटली में विपक्ष ने यह प्रस्ताव ठुकरा "
     "दिया।", ("ITA", "ITA", "12")),
    # making an act an issue, with an adjective before "मुद्दा"
    ("श्रीलंका में 2022 में विपक्षी दलों ने राजपक्षे सरकार की आर्थिक नीतियों को बड़ा मुद्दा बनाया।", ("LKA", "LKA", "11")),
    ("बांग्लादेश में बीएनपी और जमात ने शेख हसीना सरकार के भ्रष्टाचार और महंगाई को प्रमुख मुद्दा बनाया है।",
     ("BGD", "BGD", "11")),
    ("नेपाल में विपक्ष ने सरकार के भ्रष्टाचार को प्रमुख मुद्दा बनाया है।", ("NPL", "NPL", "11")),
    # anger voiced against someone (110), as "नाराजगी जाहिर की"
    ("बांग्लादेश में 2024 में छात्रों ने शेख हसीना सरकार के ख़िलाफ़ अपना ग़ुस्सा ज़ाहिर किया।", ("BGD", "BGD", "11")),
    ("इसराइल में 2023 में प्रदर्शनकारियों ने नेतन्याहू सरकार के ख़िलाफ़ आक्रोश व्यक्त किया।", ("ISR", "ISR", "11")),
    # Kaliningrad sets the home country
    ("मार्च 2022 में कालिनिनग्राड में युद्ध के विरोध में प्रदर्शन हुए। कालिनिनग्राड के प्रशासन ने कहा कि वह इस "
     "मामले की जांच करेगा।", ("RUS", "RUS", "09")),
    ("मार्च 2022 में कालिनिनग्राड में युद्ध के विरोध में प्रदर्शन हुए। कालिनिनग्राड में पुलिस ने कई "
     "प्रदर्शनकारियों को हिरासत में लिया।", ("RUS", "RUS", "17")),
    # setting out on a visit ("यात्रा पर निकले"), as "यात्रा पर गए"; its future is an intent
    ("विदेश मंत्री एस जयशंकर मार्च 2024 में सिंगापुर, फिलीपींस और मलेशिया की यात्रा पर निकले।", ("IND", "MYS", "04")),
    ("प्रधानमंत्री मोदी जुलाई 2024 में पुतिन से मिलने मॉस्को की यात्रा पर निकल गए।", ("IND", "RUS", "04")),
    ("पोप फ्रांसिस सितंबर 2024 में इंडोनेशिया की यात्रा पर निकले।", ("VAT", "IDN", "04")),
    ("प्रधानमंत्री मोदी जुलाई 2024 में रूस के दौरे पर निकलेंगे।", ("IND", "RUS", "03")),
    # British royals
    ("प्रिंस हैरी मई 2024 में नाइजीरिया की यात्रा पर गए।", ("GBR", "NGA", "04")),
    ("प्रिंस विलियम नवंबर 2024 में दक्षिण अफ़्रीका की यात्रा पर गए।", ("GBR", "ZAF", "04")),
])
def test_construction_is_coded(text, triple):
    assert triple in _triples(text)


@pytest.mark.parametrize("text", [
    # "इसलिए" opening a clause with no "क्योंकि" after it still ends the clause before it
    "भारत में 2023 में भारी बारिश हुई, इसलिए कई उड़ानें रद्द करनी पड़ीं।",
])
def test_no_event(text):
    assert not _triples(text)
