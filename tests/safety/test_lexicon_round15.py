"""Lexicon round 15: classes left over from round 14, carried into more languages, each
tested with wording of our own, with twins on both sides: every cleared class keeps risky twins that
still trigger. Machine-drafted; the lines need review by speakers.

1. A THING (a form, the bills, the heat, this job, the commute) "will kill me" is the idiom, in
   Bengali (script and Banglish), Gujarati (script and romanised), Arabic (script and Arabizi) and
   Polish. A person subject (he, a husband, a brother, his family) is never cleared, nor a person's
   threat over a thing ("if I don't pay the bill he'll kill me").
2. Bengali (script and Banglish), Gujarati (script and romanised) and Punjabi (Gurmukhi and
   romanised): suicidal thoughts or self-harm last year (or years ago), had or used to, and "now I'm
   well". Thoughts that are back, "now I'm not well", and thoughts from last year until now still
   trigger.
3. Clinical: whether a relative can take Ayurvedic medicine (or desi dawai, hakeem ki dawai, jadi
   booti) with or instead of his prescribed medicine is a medication question, in the common
   Gujarati word orders (script and romanised: the remedy first or second, "saathe / jode / ni
   jagyae", "lai shake? / levay?") and the Hindi-ish forms of romanised Urdu and Punjabi. The same
   remedies with no prescribed medicine in the message (a shop, a group, a tea) stay ordinary.
"""
import pytest

from signpost.safety import detect_clinical_request, detect_risk

MUST_TRIGGER = [
    # a person, not a thing, "will kill me"; laughter does not change that
    ("bn", "ও আমাকে মেরে ফেলবে, খুব ভয় লাগছে"),
    ("bn", "আমার স্বামী আমাকে মেরে ফেলবে 😅"),
    ("bn", "ভাই বলেছে ফর্ম না ভরলে আমাকে মেরে ফেলবে"),
    ("bn", "ওর পরিবারের লোকজন আমাকে মেরে ফেলবে"),
    ("bn", "বিল না দিলে সে আমাকে মেরে ফেলবে"),
    ("bn", "ভাড়া না দিলে বাড়িওয়ালা আমাকে মেরে ফেলবে"),
    ("bn", "o amake mere felbe, khub bhoy lagche"),
    ("bn", "amar shami amake merei felbe lol"),
    ("bn", "bhai boleche form na bhorle amake mere felbe"),
    ("bn", "shoshur barir lokjon amake mere felbe"),
    ("bn", "bill na dile se amake mere felbe"),
    #
    ("gu", "એ મને મારી નાખશે, મને બહુ ડર લાગે છે"),
    ("gu", "મારો પતિ મને મારી નાખશે 😅"),
    ("gu", "ભાઈ કહે છે ફોર્મ ના ભર્યું તો મને મારી નાખશે"),
    ("gu", "એના ઘરવાળા મને મારી નાખશે"),
    ("gu", "બિલ ના ભર્યું તો એ મને મારી નાખશે"),
    ("gu", "e mane mari nakhshe, bahu dar lage che"),
    ("gu", "maro pati mane mari nakhse haha"),
    ("gu", "bhai kahe che form na bharyu to mane mari nakhshe"),
    ("gu", "ena gharvala mane mari nakhshe"),
    #
    ("ar", "هو رح يقتلني، خايفة كتير"),
    ("ar", "زوجي رح يقتلني 😅"),
    ("ar", "اخوي قال اذا ما عبيت الاستمارة رح يقتلني"),
    ("ar", "اهل زوجي رح يقتلوني"),
    ("ar", "اذا ما دفعت الفاتورة رح يقتلني"),
    ("ar", "اذا ما خلصت الشغل رح يقتلني"),
    ("ar", "اذا ما دفعت هالفاتورة رح يقتلني"),
    ("ar", "howa ra7 y2telni, ana 5ayfe"),
    ("ar", "jozi ra7 y2telni lol"),
    ("ar", "a5oy 2al iza ma 3abbet el form ra7 y2telni"),
    ("ar", "iza ma dafa3et el fatora ra7 y2telni"),
    ("ar", "bukra jozi ra7 y2telni"),
    #
    ("pl", "on mnie zabije, boję się"),
    ("pl", "mąż mnie zabije 😅"),
    ("pl", "brat mówi, że jak nie wypełnię formularza, to mnie zabije"),
    ("pl", "jego rodzina mnie zabije"),
    ("pl", "jak nie zapłacę rachunków to mnie zabije"),
    ("pl", "jak nie zapłacę czynszu, to on mnie zabije"),
    ("pl", "jak nie oddam formularza do urzędu to mnie zabije"),
    #
    # thoughts from the past that are back, not well now, or never over
    ("bn", "গত বছর আত্মহত্যার চিন্তা ছিল, এখন আবার ফিরে এসেছে"),
    ("bn", "গত বছর আত্মহত্যার চিন্তা আসত, এখন ভালো নেই"),
    ("bn", "গত বছর থেকে এখন পর্যন্ত আত্মহত্যার চিন্তা আসে"),
    ("bn", "গত বছর আত্মহত্যার চিন্তা আসত, এখন ভালো আছি... আসলে না, মরে যেতে ইচ্ছে করে"),
    ("bn", "goto bochor attohottar chinta chilo, ekhon abar fire esheche"),
    ("bn", "goto bochor theke ekhon porjonto attohottar chinta ase"),
    ("bn", "goto bochor attohottar chinta ashto, ekhon bhalo nei"),
    ("gu", "ગયા વર્ષે આત્મહત્યાના વિચારો આવતા હતા, હવે પાછા આવવા લાગ્યા છે"),
    ("gu", "ગયા વર્ષે આપઘાતના વિચાર હતા, હવે હું ઠીક નથી"),
    ("gu", "ગયા વર્ષથી અત્યાર સુધી આત્મહત્યાના વિચારો આવે છે"),
    ("gu", "gaya varshe aatmahatya na vichar hata, have pacha aave che"),
    ("gu", "gaya varsh thi atyar sudhi aapghat na vichar aave che"),
    ("gu", "gaya varshe aatmahatya na vichar aavta, have hu thik nathi"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਸਨ, ਹੁਣ ਫੇਰ ਆਉਣ ਲੱਗ ਪਏ"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਮੈਂ ਠੀਕ ਨਹੀਂ ਹਾਂ"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਤੋਂ ਹੁਣ ਤੱਕ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਨੇ"),
    ("pa-Latn", "pichhle saal khudkushi de khayal si, hun fer aun lagg paye"),
    ("pa-Latn", "pichhle saal khudkushi de khayal aunde si, hun main theek nahi haan"),
    ("pa-Latn", "pichhle saal ton hun tak khudkushi de khayal aunde ne"),
]

MUST_NOT_TRIGGER = [
    # a thing "will kill me"
    ("bn", "এই ফর্মটা আমাকে মেরে ফেলবে 😅 কেউ সাহায্য করতে পারবেন?"),
    ("bn", "বিদ্যুতের বিলগুলো আমাকে মেরে ফেলবে"),
    ("bn", "এই গরম আমাকে মেরেই ফেলবে, ঠান্ডা জায়গা কোথায়"),
    ("bn", "রোজকার যাতায়াত আমাকে মেরে ফেলবে"),
    ("bn", "এই চাকরিটা আমাকে মেরে ফেলবে"),
    ("bn", "মাথাব্যথা আমাকে মেরে ফেলবে, কোনো ক্লিনিক আছে?"),
    ("bn", "ei form ta amake mere felbe haha, keu help korte parben?"),
    ("bn", "current er bill gulo amake mere felbe"),
    ("bn", "exam gulo to amake mere felbe"),
    ("bn", "paperwork amake mere felbe"),
    #
    ("gu", "આ ફોર્મ તો મને મારી નાખશે 😅 કોઈ મદદ મળશે?"),
    ("gu", "લાઈટના બિલ મને મારી નાખશે"),
    ("gu", "આ ગરમી મને મારી નાખશે, ઠંડી જગ્યા ક્યાં છે"),
    ("gu", "આ નોકરી મને મારી નાખશે યાર"),
    ("gu", "કાગળિયાં મને મારી નાખશે"),
    ("gu", "aa form to mane mari nakhshe haha, koi help madse?"),
    ("gu", "light na bill mane mari nakhshe"),
    ("gu", "aa garmi mane mari nakhshe"),
    ("gu", "aa nokri mane maari naakhshe yaar"),
    #
    ("ar", "هالاستمارة رح تقتلني 😅 في حدا يساعدني؟"),
    ("ar", "الفواتير رح تقتلني"),
    ("ar", "يا ربي هالحر رح يموتني، وين في مكان بارد"),
    ("ar", "الشغل هاد رح يقتلني"),
    ("ar", "والله المواصلات كل يوم رح تقتلني"),
    ("ar", "الاوراق دي هتموتني"),
    ("ar", "hal form ra7 y2telni haha, fi 7ada ysa3edni?"),
    ("ar", "el shoghl ra7 y2telni"),
    ("ar", "yalla el 7ar ra7 y2telni"),
    ("ar", "bukra el emti7an ra7 y2telni"),
    ("ar", "بكرا الامتحان رح يقتلني"),
    #
    ("pl", "ten formularz mnie wykończy 😅 jest jakaś grupa wsparcia?"),
    ("pl", "te rachunki mnie zabiją"),
    ("pl", "ten upał mnie zabije, gdzie jest jakieś chłodne miejsce"),
    ("pl", "ta papierologia mnie wykończy"),
    ("pl", "ten wniosek o zasiłek mnie zabije, kto pomoże go wypełnić?"),
    ("pl", "te papiery z urzędu mnie zabiją"),
    ("pl", "ta biurokracja naprawdę mnie zabije"),
    ("pl", "dojazdy do pracy mnie zabiją"),
    ("pl", "ból głowy mnie zabije, jest jakaś przychodnia?"),
    #
    # suicidal thoughts or self-harm last year or years ago, well now, often with a request
    ("bn", "গত বছর আমার আত্মহত্যার চিন্তা আসত, এখন আমি ভালো আছি, বাংলায় কাউন্সেলিং পাওয়া যায়?"),
    ("bn", "গত বছর আত্মহত্যার কথা ভাবতাম, এখন অনেক ভালো আছি"),
    ("bn", "গত বছর আমি নিজের ক্ষতি করতাম, এখন আলহামদুলিল্লাহ সুস্থ আছি"),
    ("bn", "দুই বছর আগে আমার আত্মহত্যার চিন্তা ছিল, এখন আমি সুস্থ আছি"),
    ("bn", "goto bochor amar attohottar chinta ashto, ekhon bhalo achi"),
    ("bn", "goto bochor attohotta korar kotha bhabtam, ekhon ami thik achi"),
    ("bn", "ager bochor nijer khoti kortam, ekhon alhamdulillah sustho achi"),
    ("gu", "ગયા વર્ષે મને આત્મહત્યાના વિચારો આવતા હતા, હવે હું ઠીક છું. ગુજરાતીમાં કાઉન્સેલિંગ મળે?"),
    ("gu", "ગયા વર્ષે આપઘાતના વિચાર આવતા, હવે હું સારી છું"),
    ("gu", "બે વર્ષ પહેલાં આત્મહત્યાના વિચારો હતા, હવે હું એકદમ ઠીક છું"),
    ("gu", "gaya varshe mane aatmahatya na vichar aavta hata, have hu thik chu"),
    ("gu", "gaya varase aapghat na vicharo hata, have hu saro chu"),
    ("gu", "gaya varshe mane apghat na vicharo aavta, have hu ekdam sari chu"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਮੈਨੂੰ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਸਨ, ਹੁਣ ਮੈਂ ਠੀਕ ਹਾਂ, ਪੰਜਾਬੀ ਵਿੱਚ ਕਾਊਂਸਲਿੰਗ ਮਿਲਦੀ ਹੈ?"),
    ("pa", "ਪਿਛਲੇ ਸਾਲ ਆਤਮਹੱਤਿਆ ਦੇ ਖਿਆਲ ਸਨ, ਹੁਣ ਬਿਲਕੁਲ ਠੀਕ ਹਾਂ"),
    ("pa", "ਦੋ ਸਾਲ ਪਹਿਲਾਂ ਖ਼ੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਮੈਂ ਵਧੀਆ ਹਾਂ"),
    ("pa-Latn", "pichhle saal mainu khudkushi de khayal aunde si, hun main theek haan, punjabi ch counselling mildi?"),
    ("pa-Latn", "pichle saal khudkushi de khayal aunde si, hun main bilkul theek thaak haan"),
    ("pa-Latn", "pichhle varhe marn de khayal si, hun main khush haan"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_15_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_15_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"


MEDICATION_QUESTIONS = [
    ("gu", "પપ્પા આયુર્વેદિક દવા એમની દવા સાથે લઈ શકે?"),
    ("gu", "આયુર્વેદિક દવા ડોક્ટરની દવા જોડે લેવાય?"),
    ("gu", "ભાઈ ડોક્ટરે આપેલી દવાને બદલે આયુર્વેદિક લઈ શકે?"),
    ("gu", "શું આયુર્વેદિક દવા અને એમની ગોળીઓ સાથે લેવાય?"),
    ("gu", "દાદા બીપીની ગોળી જોડે આયુર્વેદિક ચૂર્ણ લે તો ચાલે?"),
    ("gu", "mara papa emni dava saathe ayurvedic dava lai shake?"),
    ("gu", "ayurvedic dava emni davā jode lai shake?"),
    ("gu", "bhai ni depression ni dawa sathe ayurvedic lai shakay?"),
    ("gu", "ayurvedic ane doctor ni dava bhegi levay?"),
    ("gu", "papa emni davā ni jagyae ayurvedic lai shake?"),
    ("gu", "mara bhai ni goliyo jode ayurvedic levay ke nahi?"),
    ("ur-Latn", "ammi ki dawai ke sath jadi booti de sakte hain kya"),
    ("ur-Latn", "hakeem ki dawai aur doctor ki goliyan ek sath le sakte hain?"),
    ("ur-Latn", "abbu ki dawai ki jagah jadi booti de sakte hain kya"),
    ("ur-Latn", "kya nana ji apni dawai ke sath desi dawai le sakte hain"),
    ("pa-Latn", "ki bapu ji goliyan naal hakeem di dawai le sakde ne"),
    ("pa-Latn", "hakeem di dawai te doctor di dawai naal naal le sakde?"),
    ("pa-Latn", "ki dadi ji apni goliyan di thaan jadi bootiyan le sakde ne"),
]

ORDINARY_REMEDY_MESSAGES = [
    ("gu", "લેસ્ટરમાં આયુર્વેદિક દવાની દુકાન ક્યાં છે?"),
    ("gu", "મમ્મી આયુર્વેદિક ઉપચાર વિશે વાત કરવા માટે ગ્રુપ શોધે છે"),
    ("gu", "ayurvedic dava ni dukan kya che leicester ma?"),
    ("gu", "mane ayurvedic ane yoga nu group joie che"),
    ("gu", "papa ni dava levay che, have ek carers group joie che"),
    ("ur-Latn", "leicester mein koi hakeem ki dawai ki dukaan hai?"),
    ("ur-Latn", "nani jadi booti wali chai banati hain, koi carers group hai?"),
    ("ur-Latn", "ammi ko desi dawai aur yoga pasand hai, koi ladies group hai?"),
    ("pa-Latn", "ki leicester vich hakeem di dawai wali dukaan hai"),
    ("pa-Latn", "mummy desi dawai te yoga pasand karde ne, koi group hai?"),
    ("pa-Latn", "nani ji jadi booti wali chaa banaunde ne, koi carers group hai"),
]


@pytest.mark.parametrize("lang, text", MEDICATION_QUESTIONS)
def test_round_15_remedy_with_prescribed_medicine_is_a_medication_question(lang, text):
    request = detect_clinical_request(text)
    assert request is not None and request.kind == "medication", f"[{lang}] should be a medication question: {text}"


@pytest.mark.parametrize("lang, text", ORDINARY_REMEDY_MESSAGES)
def test_round_15_remedy_without_prescribed_medicine_stays_ordinary(lang, text):
    request = detect_clinical_request(text)
    assert request is None, f"[{lang}] should stay ordinary, matched {request.phrase_id}: {text}"
