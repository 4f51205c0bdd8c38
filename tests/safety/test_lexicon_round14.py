"""Lexicon round 14 (session 12): two false-alarm classes from a development conversation set, each
tested with wording of our own (never the set's sentences), with twins on both sides: every
cleared class keeps risky twins that still trigger. Machine-drafted; the lines need review by
speakers.

1. Urdu, Arabic script and romanised: a THING (a form, the bills, the heat, this job) "will kill
   me" is the idiom. A person subject (وہ / woh, a husband, a brother, his family) is never cleared,
   nor a person's threat over a thing ("if I don't fill the form he'll kill me").
2. Tamil: suicidal thoughts last year or years ago, had, and "now I'm well". Thoughts that are
   back, "now I'm not well", and thoughts from last year until now still trigger.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    # a person, not a thing, "will kill me"; laughter does not change that
    ("ur", "وہ مجھے مار ڈالے گا، بہت ڈر لگ رہا ہے"),
    ("ur", "میرا شوہر مجھے مار ڈالے گا 😅"),
    ("ur", "میرا بھائی تو مجھے مار ڈالے گا"),
    ("ur", "اس کے گھر والے مجھے جان سے مار دیں گے"),
    ("ur", "شوہر کہتا ہے یہ فارم نہ بھرا تو مجھے مار ڈالے گا"),
    ("ur", "اگر کرایہ نہ دیا تو مالک مکان مجھے مار ڈالے گا"),
    ("ur-Latn", "woh mujhe maar dalega, please help"),
    ("ur-Latn", "mera shohar mujhe maar dalega lol"),
    ("ur-Latn", "uske gharwale mujhe jaan se maar denge"),
    ("ur-Latn", "bhai kehta hai form nahi bhara to mujhe maar dalega"),
    ("ur-Latn", "bill nahi diya to woh mujhe maar dega"),
    ("pa", "ਉਹ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ, ਮੈਂ ਬਹੁਤ ਡਰੀ ਹੋਈ ਹਾਂ"),
    ("pa", "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ 😅"),
    ("pa", "ਭਰਾ ਕਹਿੰਦਾ ਫਾਰਮ ਨਾ ਭਰਿਆ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਊ"),
    ("pa", "ਉਹਦੇ ਘਰਦੇ ਮੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦੇਣਗੇ"),
    ("pa-Latn", "oh mainu maar dega, bahut dar lagda"),
    ("pa-Latn", "mera pati mainu maar dega haha"),
    ("pa-Latn", "bhra kehnda form na bhareya taan mainu maar dauga"),
    ("pa-Latn", "ohde gharde mainu jaan ton maar denge"),
    # thoughts from the past that are back, not well now, or never over
    ("en", "last year i had suicidal thoughts and now theyre back"),
    ("en", "had suicidal thoughts last year, now im not fine at all"),
    ("en", "from last year till now i keep having suicidal thoughts"),
    ("en", "last year i had suicidal thoughts, now im fine... actually no i want to die"),
    ("ur", "پچھلے سال سے اب تک خودکشی کے خیالات آتے ہیں"),
    ("ur", "پچھلے سال خودکشی کے خیالات تھے، اب پھر سے آ رہے ہیں"),
    ("ur", "گزشتہ برس خودکشی کے خیال آتے تھے، اب ٹھیک نہیں ہوں"),
    ("ta", "போன வருஷம் தற்கொலை எண்ணம் இருந்துச்சு, இப்போ மறுபடியும் வந்துடுச்சு"),
    ("ta", "ரெண்டு வருஷம் முன்னாடி தற்கொலை எண்ணங்கள் இருந்தது, இப்போ நல்லா இல்ல"),
    ("ta", "போன வருஷத்துல இருந்து இப்போ வரைக்கும் தற்கொலை எண்ணம் இருக்கு"),
    ("ta", "கடந்த வருடம் தற்கொலை எண்ணங்கள் வந்தது, இப்போது அதிகமா வருது"),
    ("ta", "pona varusham tharkolai ennam irundhuchu, ippo thirumba varuthu"),
    ("ta", "rendu varusham munnadi tharkolai ennam varum, ippo adhigama varuthu"),
]

MUST_NOT_TRIGGER = [
    # a thing "will kill me"
    ("ur", "یہ بینیفٹ کا فارم تو مجھے مار ڈالے گا 😅 کوئی سپورٹ گروپ ہے؟"),
    ("ur", "بجلی کے بل مجھے مار ڈالیں گے، کوئی مدد کی سکیم ہے؟"),
    ("ur", "یہ گرمی مجھے مار دے گی، ٹھنڈی جگہ کہاں ملے گی"),
    ("ur", "کاغذی کارروائی تو مجھے مار ڈالے گی ہاہا"),
    ("ur", "یہ سر درد مجھے مار ڈالے گا، کوئی کلینک بتائیں"),
    ("ur-Latn", "ye council ka form to mujhe maar dalega haha, koi madad group hai?"),
    ("ur-Latn", "ye bills mujhe maar dalenge yaar"),
    ("ur-Latn", "subah ka commute mujhe maar dega"),
    ("ur-Latn", "yeh paperwork to mujhe maar daalegi, koi help kar sakta hai?"),
    ("pa", "ਇਹ ਫਾਰਮ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗਾ 😅 ਕੋਈ ਮਦਦ ਮਿਲ ਸਕਦੀ?"),
    ("pa", "ਬਿਜਲੀ ਦੇ ਬਿੱਲ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ"),
    ("pa", "ਇਹ ਗਰਮੀ ਮੈਨੂੰ ਮਾਰ ਦੇਵੇਗੀ, ਠੰਡੀ ਥਾਂ ਕਿੱਥੇ ਹੈ"),
    ("pa", "ਇਹ ਨੌਕਰੀ ਮੈਨੂੰ ਮਾਰ ਦੇਊ ਯਾਰ"),
    ("pa-Latn", "eh form taan mainu maar dega haha, koi help group hai?"),
    ("pa-Latn", "eh bills mainu maar denge"),
    ("pa-Latn", "eh garmi mainu maar degi yaar"),
    ("pa-Latn", "eh naukri mainu maar dauga"),
    # suicidal thoughts last year or years ago, well now, with a request
    ("en", "last year i had suicidal thoughts but now im doing fine, is there a walking group near me"),
    ("en", "two years back I had really bad suicidal feelings, now I'm much better"),
    ("ur", "پچھلے سال مجھے خودکشی کے خیالات آتے تھے، اب میں ٹھیک ہوں، اردو میں کونسلنگ ملتی ہے؟"),
    ("ur", "گزشتہ سال خودکشی کے خیال تھے، اب الحمدللہ بہتر ہوں"),
    ("ta", "போன வருஷம் எனக்கு தற்கொலை எண்ணம் வந்துச்சு, இப்போ நல்லா இருக்கேன். லெஸ்டர்ல தமிழ் சப்போர்ட் குரூப் இருக்கா?"),
    ("ta", "மூணு வருஷம் முன்னாடி சாகணும்னு தோணும், இப்போ நான் நல்லா இருக்கேன், பயப்படாதீங்க"),
    ("ta", "கடந்த வருடம் தற்கொலை எண்ணங்கள் இருந்தன, இப்போது நன்றாக இருக்கிறேன். தமிழில் ஆலோசனை கிடைக்குமா?"),
    ("ta", "சில வருஷங்களுக்கு முன்னாடி தற்கொலை எண்ணம் இருந்துச்சு, இப்போ சரியாயிட்டேன்"),
    ("ta", "pona varusham tharkolai ennam irundhuchu, ippo nalla iruken, tamil counselling irukka?"),
    ("ta", "கடந்த ஆண்டு தற்கொலை எண்ணம் தோன்றியது, இப்போது நான் நலமாக இருக்கிறேன், தமிழ் பேசும் ஆலோசகர் இருக்காங்களா"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_14_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_14_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
