"""Traditional, herbal and complementary remedies asked about together with, alongside or instead
of prescribed medicine: a medication question the assistant must hand to a GP, pharmacist or NHS
111. Their twins name the same remedies with no prescribed medicine in the question (a wellbeing
group, a relaxing tea, a counsellor who respects traditional medicine) and stay ordinary searches.
Our own wording; the non-English lines are machine-drafted and need review by speakers."""
import pytest

from signpost.safety import detect_clinical_request

MUST_MATCH = [
    ("en", "can my dad take his ayurvedic medicine with his antidepressants"),
    ("en", "is st john's wort ok with sertraline"),
    ("en", "should mum stop her tablets and use homeopathy instead"),
    ("en", "is it safe for my nan to have chinese herbal medicine alongside her meds?"),
    ("en", "can he swap his antidepressants for desi nuskhe"),
    ("en", "does st johns wort interact with antidepressants"),
    ("en", "my dad wants herbal remedies alongside his antidepressants is that ok"),
    ("ur", "کیا ابو اپنی ڈپریشن کی گولیوں کے ساتھ حکیمی دوا لے سکتے ہیں؟"),
    ("ur", "کیا امی دوائی کی بجائے دیسی نسخے استعمال کر سکتی ہیں؟"),
    ("ur-Latn", "kya abbu apni goliyon ke sath hakeemi dawai le sakte hain"),
    ("ur-Latn", "ammi dawai ki jagah desi nuskhe use kar sakti hain kya"),
    ("pa", "ਕੀ ਬਾਪੂ ਜੀ ਆਪਣੀਆਂ ਗੋਲੀਆਂ ਨਾਲ ਦੇਸੀ ਦਵਾਈ ਲੈ ਸਕਦੇ ਨੇ?"),
    ("pa", "ਮੰਮੀ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਦਵਾਈ ਦੀ ਥਾਂ ਹੋਮਿਓਪੈਥੀ ਲੈਣੀ ਚਾਹੀਦੀ ਹੈ?"),
    ("pa-Latn", "ki bapu ji goliyan naal desi dawai le sakde ne"),
    ("pa-Latn", "mummy nu dawai di thaan homeopathy leni chahidi aa"),
    ("bn", "বাবা কি তার ডিপ্রেশনের ওষুধের সাথে কবিরাজি খেতে পারবেন?"),
    ("bn", "মা কি ওষুধের বদলে হোমিওপ্যাথি নিতে পারেন?"),
    ("gu", "શું પપ્પા એમની ગોળીઓ સાથે આયુર્વેદિક ઉપચાર લઈ શકે?"),
    ("gu", "મમ્મીએ દવાને બદલે હોમિયોપેથી લેવી જોઈએ?"),
    ("ta", "அப்பா அவரோட மாத்திரை கூட சித்த மருந்து சாப்பிடலாமா?"),
    ("ta", "அம்மா மாத்திரைக்கு பதிலா ஹோமியோபதி எடுத்துக்கலாமா?"),
    ("ar", "هل ممكن أبوي ياخذ الأعشاب مع دواء الاكتئاب؟"),
    ("ar", "هل تقدر أمي تستعمل الطب الشعبي بدل الحبوب؟"),
    ("so", "aabbahay ma qaadan karaa daawo dhaqameed iyo kiniinka niyad jabka"),
    ("so", "hooyaday ma isticmaali kartaa dhir halkii kiniinada"),
    ("pl", "czy tata może brać zioła razem ze swoimi antydepresantami?"),
    ("pl", "czy dziurawiec jest bezpieczny z sertraliną"),
    ("pl", "czy mama może leczyć się homeopatią zamiast tabletek?"),
    ("ro", "tata poate lua ceai de sunătoare împreună cu antidepresivele?"),
    ("ro", "e bine ca mama să ia remedii naturiste în loc de pastile?"),
    ("pt", "o meu pai pode tomar chá de ervas junto com os antidepressivos?"),
    ("pt", "a minha mãe pode usar homeopatia em vez dos comprimidos?"),
    ("zh", "我爸可以一边吃抗抑郁药一边喝中药吗？"),
    ("zh", "我妈能不能用中草药代替抗抑郁药？"),
    # lexicon round 15: the common Gujarati word orders (the remedy first or second, "saathe / jode /
    # ni jagyae", "lai shake? / levay?") and the Hindi-ish forms of romanised Urdu and Punjabi
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

MUST_NOT_MATCH = [
    ("en", "is there a herbal or ayurvedic wellbeing group near me"),
    ("en", "my nani makes herbal tea, it helps her relax, any carers group in leicester?"),
    ("en", "i'd like a counsellor who respects traditional medicine"),
    ("en", "can i find a herbal and chinese medicine practitioner near me"),
    ("en", "is there a shop that sells herbal remedies and medicine in leicester"),
    ("pl", "czy jest tu sklep z lekami i ziołami?"),
    ("ur", "کیا لیسٹر میں کوئی ہربل یا یونانی صحت کا گروپ ہے؟"),
    ("ur", "نانی جڑی بوٹیوں کی چائے بناتی ہیں جس سے انہیں سکون ملتا ہے، کوئی کیئررز گروپ ہے؟"),
    ("ur-Latn", "leicester mein koi herbal ya unani wellbeing group hai kya"),
    ("ur-Latn", "mujhe aisa counsellor chahiye jo hakeemi ilaj ki izzat kare"),
    ("pa", "ਕੀ ਲੈਸਟਰ ਵਿੱਚ ਕੋਈ ਹਰਬਲ ਜਾਂ ਆਯੁਰਵੈਦਿਕ ਸਿਹਤ ਗਰੁੱਪ ਹੈ?"),
    ("pa", "ਨਾਨੀ ਜੀ ਜੜੀ ਬੂਟੀਆਂ ਵਾਲੀ ਚਾਹ ਬਣਾਉਂਦੇ ਨੇ, ਕੋਈ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਦਾ ਗਰੁੱਪ ਹੈ?"),
    ("pa-Latn", "leicester vich koi herbal ya desi dawai wala wellbeing group hai"),
    ("pa-Latn", "nani ji herbal chaa banaunde ne, koi carers group hai"),
    ("bn", "লেস্টারে কোনো ভেষজ বা আয়ুর্বেদিক সুস্থতা গ্রুপ আছে?"),
    ("bn", "নানি ভেষজ চা বানায়, এতে উনি আরাম পান, কোনো কেয়ারার গ্রুপ আছে?"),
    ("gu", "લેસ્ટરમાં કોઈ આયુર્વેદિક કે હર્બલ વેલબીઇંગ ગ્રુપ છે?"),
    ("gu", "નાની હર્બલ ચા બનાવે છે, એનાથી એમને આરામ મળે છે, કોઈ કેરર્સ ગ્રુપ છે?"),
    ("ta", "லெஸ்டர்ல ஏதாவது மூலிகை அல்லது ஆயுர்வேத நலவாழ்வு குழு இருக்கா?"),
    ("ta", "பாட்டி மூலிகை டீ போடுவாங்க, அது அவங்களுக்கு நிம்மதியா இருக்கு, பராமரிப்பாளர் குழு இருக்கா?"),
    ("ar", "هل في مجموعة عافية بالأعشاب أو الطب البديل قريبة مني؟"),
    ("ar", "جدتي تعمل شاي أعشاب يريحها، في مجموعة لمقدمي الرعاية في ليستر؟"),
    ("so", "ma jiraa koox caafimaad oo dhir dhaqameed ah oo u dhow leicester"),
    ("so", "ayeeyo waxay samaysaa shaah dhir ah oo ay ku nasato, ma jiraa koox daryeelayaal ah"),
    ("pl", "czy jest w pobliżu grupa wsparcia o ziołach i medycynie naturalnej?"),
    ("pl", "babcia robi herbatę ziołową, która ją uspokaja, czy jest grupa dla opiekunów w leicester?"),
    ("ro", "există un grup de sănătate cu plante medicinale aproape de mine?"),
    ("ro", "bunica face ceai de plante care o relaxează, există un grup pentru îngrijitori în leicester?"),
    ("pt", "há algum grupo de bem-estar com ervas ou medicina natural perto de mim?"),
    ("pt", "a minha avó faz chá de ervas que a acalma, há algum grupo de cuidadores em leicester?"),
    ("zh", "附近有没有中医养生的互助小组？"),
    ("zh", "外婆会煮凉茶，喝了很放松，莱斯特有没有照顾者小组？"),
    ("zh", "我想找一个尊重中医的心理咨询师"),
    # lexicon round 15: the same remedies in Gujarati and romanised Urdu and Punjabi
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


def test_every_language_has_two_questions_and_two_twins():
    for cases in (MUST_MATCH, MUST_NOT_MATCH):
        counts = {}
        for language, _ in cases:
            counts[language] = counts.get(language, 0) + 1
        assert {"en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh"} <= set(counts)
        assert min(counts.values()) >= 2


@pytest.mark.parametrize("language,message", MUST_MATCH, ids=[m for _, m in MUST_MATCH])
def test_remedy_with_or_instead_of_prescribed_medicine_is_a_medication_question(language, message):
    request = detect_clinical_request(message)
    assert request is not None
    assert request.kind == "medication"


@pytest.mark.parametrize("language,message", MUST_NOT_MATCH, ids=[m for _, m in MUST_NOT_MATCH])
def test_remedies_without_prescribed_medicine_stay_ordinary(language, message):
    assert detect_clinical_request(message) is None
