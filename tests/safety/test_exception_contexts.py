"""The exception contexts for four kinds of false alarm, and the safety rules they must keep.

past_recovered: self-harm or suicidal thoughts that are over, and the person is well now. Needs
    BOTH a past marker and being well now: "...and it's back" or "...and I've started again"
    still triggers, and so does any other match in the same message ("I'm fine now... actually
    I want to die").
idiom (ordinary thing): "driving in this city is suicide".
media: a film, book or news story about suicide with the person's reaction to it or the group
    it is about; "I watched a film about suicide and now I want to do it too" still triggers.
idiom (family): a parent's anger over marks, lateness or breakage. Any other family threat
    ("...if he finds out about my boyfriend", "...if I refuse the marriage") still triggers:
    it can be honour-based abuse.

Each near-miss must also match a risk phrase when the exceptions are taken away, so the test
shows the exception (not a missing phrase) is what clears it. Messages are machine-drafted and
need community review, like the lexicons.
"""
from dataclasses import replace

import pytest

from signpost.safety import detect_risk, default_lexicons
from signpost.safety.detector import PhraseDetector
from signpost.safety.index import PhraseIndex

# lang: (class, near-miss that must not trigger, [messages that must still trigger])
CASES = {
    "en": [
        ("past_recovered", "when i was a teenager i self harmed but ive been good for years now",
         ["when i was a teenager i self harmed and this week i started cutting again",
          "i had suicidal feelings at uni, years ago, and now theyre back",
          "used to hurt myself years ago, im okay now. no im not, i want to die",
          "I used to self-harm and I've started again",
          "I had suicidal thoughts years ago and they're back",
          "I used to self-harm, I'm fine now... actually no I want to die"]),
        ("idiom", "the tube at rush hour is literally suicide lol", []),
        ("media", "the podcast about suicide among young men was really moving",
         ["i watched a film about suicide and now i want to do it too"]),
        ("family", "nan is going to murder me cos i smashed her vase",
         ["my dad will kill me if he finds out about my boyfriend",
          "my brothers said they will kill me if i refuse the marriage"]),
    ],
    "ur": [
        ("past_recovered", "کالج میں خودکشی کا سوچتی رہتی تھی، اب شکر ہے خوش ہوں",
         ["کالج میں خودکشی کا سوچتی رہتی تھی، اب پھر سے وہی سوچ آ رہی ہے",
          "بچپن میں خود کو زخمی کرتا تھا، اب میں بہتر ہوں، نہیں سچ کہوں تو مرنا چاہتا ہوں"]),
        ("idiom", "صبح کا سفر تو بالکل خودکشی ہے یار", []),
        ("media", "خودکشی کے بارے میں ایک فلم دیکھی، بہت دکھی تھی",
         ["خودکشی کے بارے میں ایک فلم دیکھی، اب میں بھی یہی کرنا چاہتا ہوں"]),
        ("family", "رزلٹ آیا تو ابو مجھے مار دیں گے",
         ["ابو مجھے جان سے مار دیں گے اگر انہیں میرے دوست کا پتا چلا",
          "بھائیوں نے کہا ہے کہ اگر شادی سے انکار کیا تو مجھے جان سے مار دیں گے"]),
    ],
    "ur-Latn": [
        ("past_recovered", "do saal pehle khud ko nuksan pohnchata tha, ab alhamdulillah bilkul theek hoon",
         ["do saal pehle khud ko nuksan pohnchata tha, ab phir se shuru ho gaya hai",
          "kuch saal pehle khudkushi ke khayal aate the, ab theek hoon, nahi yaar marna chahta hoon"]),
        ("idiom", "weekend pe parking to bilkul khudkushi hai", []),
        ("media", "khudkushi ke bare mein ek drama dekha, bohat dukhi tha",
         ["khudkushi ke bare mein ek drama dekha, ab main bhi aisa karna chahta hoon"]),
        ("family", "result dekh kar abbu mujhe maar denge",
         ["abbu mujhe jaan se maar denge agar unhe mere boyfriend ka pata chala",
          "bhaiyon ne kaha rishta thukraya to mujhe jaan se maar denge"]),
    ],
    "pa": [
        ("past_recovered", "ਕਾਲਜ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦੀ ਸੀ, ਹੁਣ ਵਧੀਆ ਹਾਂ",
         ["ਕਾਲਜ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦੀ ਸੀ, ਹੁਣ ਫੇਰ ਉਹੀ ਸੋਚਾਂ ਆਉਂਦੀਆਂ"]),
        ("idiom", "ਸਵੇਰ ਦਾ ਸਫ਼ਰ ਤਾਂ ਸਿੱਧੀ ਖ਼ੁਦਕੁਸ਼ੀ ਹੈ", []),
        ("media", "ਇੱਕ ਫ਼ਿਲਮ ਦੇਖੀ ਜਿਸ ਵਿੱਚ ਖ਼ੁਦਕੁਸ਼ੀ ਦੀ ਕਹਾਣੀ ਸੀ, ਸਾਰੇ ਰੋ ਪਏ",
         ["ਇੱਕ ਫ਼ਿਲਮ ਦੇਖੀ ਜਿਸ ਵਿੱਚ ਖ਼ੁਦਕੁਸ਼ੀ ਦੀ ਕਹਾਣੀ ਸੀ, ਹੁਣ ਮੈਂ ਵੀ ਇਹੀ ਕਰਨਾ ਚਾਹੁੰਦਾ"]),
        ("family", "ਰਿਜ਼ਲਟ ਦੇਖ ਕੇ ਪਾਪਾ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ",
         ["ਭਰਾਵਾਂ ਨੇ ਕਿਹਾ ਜੇ ਵਿਆਹ ਤੋਂ ਨਾਂਹ ਕੀਤੀ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ"]),
    ],
    "pa-Latn": [
        ("past_recovered", "do saal pehlan khudkushi de khayal aunde si, hun bilkul theek haan",
         ["do saal pehlan khudkushi de khayal aunde si, hun fer aun lag paye"]),
        ("idiom", "shaam nu bus taan poori khudkushi ai", []),
        ("media", "ek film dekhi khudkushi wali, sab ro paye",
         ["ek film dekhi khudkushi wali, hun main vi eh karna chahunda"]),
        ("family", "result dekh ke papa mainu maar denge",
         ["bhraavan ne keha je viah ton inkaar kita taan mainu jaano maar denge"]),
    ],
    "bn": [
        ("past_recovered", "তিন বছর আগে আত্মহত্যার কথা ভাবতাম, এখন একদম সুস্থ আছি",
         ["তিন বছর আগে আত্মহত্যার কথা ভাবতাম, আবার সেই চিন্তা ফিরে এসেছে"]),
        ("idiom", "রোজ অফিস যাওয়া মানে একদম আত্মহত্যা", []),
        ("media", "সিনেমায় ছেলেটা আত্মহত্যা করল, দেখে খুব মন খারাপ হল",
         ["সিনেমায় ছেলেটা আত্মহত্যা করল, আমিও তাই করতে চাই"]),
        ("family", "রেজাল্ট দেখলে আব্বু আমাকে মেরে ফেলবে",
         ["ভাইয়েরা বলেছে বিয়েতে রাজি না হলে আমাকে মেরে ফেলবে"]),
    ],
    "gu": [
        ("past_recovered", "ત્રણ વર્ષ પહેલાં આપઘાતના વિચાર આવતા, હવે એકદમ ખુશ છું",
         ["ત્રણ વર્ષ પહેલાં આપઘાતના વિચાર આવતા, હવે ફરીથી આવવા લાગ્યા"]),
        ("idiom", "savare train ma javu etle sidhu aapghat", []),
        ("media", "એક ફિલ્મમાં આપઘાતની વાર્તા હતી, બધા રડી પડ્યા",
         ["એક ફિલ્મમાં આપઘાતની વાર્તા હતી, હવે મારે પણ એવું જ કરવું છે"]),
        ("family", "પરિણામ જોઈને પપ્પા મને મારી નાખશે",
         ["ભાઈઓએ કહ્યું કે લગ્નની ના પાડીશ તો મને મારી નાખશે"]),
    ],
    "ta": [
        ("past_recovered", "காலேஜ்ல தற்கொலை பண்ணிக்கலாம்னு தோணும், இப்போ குணமாயிட்டேன்",
         ["காலேஜ்ல தற்கொலை பண்ணிக்கலாம்னு தோணும், இப்போ மறுபடியும் தோணுது"]),
        ("idiom", "monday morning train suicide thaan", []),
        ("media", "ஒரு படத்துல தற்கொலை பத்தின கதை, ரொம்ப சோகமா இருந்துச்சு",
         ["ஒரு படத்துல தற்கொலை பத்தின கதை, நானும் அப்படியே பண்ணணும்"]),
        ("family", "டிவியை உடைச்சதுக்கு அம்மா என்னை கொன்னுடுவாங்க",
         ["கல்யாணத்துக்கு மறுத்தா என்னை கொன்னுடுவோம்னு அண்ணன்கள் சொன்னாங்க"]),
    ],
    "ar": [
        ("past_recovered", "من سنين كنت افكر بالانتحار، الحين الحمدلله بخير",
         ["من سنين كنت افكر بالانتحار، ورجعت لي الافكار هذا الاسبوع",
          "كنت اوذي نفسي ايام المدرسه، الحين بخير، لا والله ابي اموت"]),
        ("idiom", "الباص في الصبح انتحار", []),
        ("media", "شفت فيلم عن الانتحار عند الشباب",
         ["شفت فيلم عن الانتحار وصرت ابي اسوي مثله"]),
        ("family", "ابوي راح يقتلني لما يشوف درجات الرياضيات",
         ["ابوي راح يقتلني اذا عرف عن صاحبي", "اخوي هددني بالقتل اذا رفضت الزواج"]),
    ],
    "so": [
        ("past_recovered", "markii aan dugsiga ahaa waxaan is dhaawici jiray, hadda waan ladnahay",
         ["markii aan dugsiga ahaa waxaan is dhaawici jiray, toddobaadkan ayaan mar kale sameeyay"]),
        ("idiom", "wadista magaalada waa is dilid", []),
        ("media", "musalsal ku saabsan nin is dilay ayaan daawaday, aad buu murugo u lahaa",
         ["filim ku saabsan nin is dilay ayaan daawaday, anna waan is dilayaa"]),
        ("family", "aabbahay wuu i dili doonaa hadduu arko in aan jabiyay muraayadda",
         ["aabbahay wuu i dilayaa hadduu ogaado inaan jaceyl leeyahay",
          "walaalahay waxay yiraahdeen way i dili doonaan haddii aan diido guurka"]),
    ],
    "pl": [
        ("past_recovered", "w liceum miałam myśli samobójcze, teraz jest dobrze",
         ["w liceum miałam myśli samobójcze i teraz wróciły",
          "kiedyś się okaleczałam, teraz jest dobrze. nie, nieprawda, chcę umrzeć"]),
        ("idiom", "jazda autobusem w godzinach szczytu to czyste samobójstwo", []),
        ("media", "czytam książkę o samobójstwie, bardzo przejmująca",
         ["obejrzałem film o samobójstwie i teraz też chcę to zrobić"]),
        ("family", "mama mnie zabije jak zobaczy świadectwo",
         ["ojciec mnie zabije, jeśli dowie się że mam chłopaka",
          "bracia powiedzieli że mnie zabiją jeśli odmówię ślubu"]),
    ],
    "pt": [
        ("past_recovered", "há uns anos eu fazia automutilação, mas hoje estou bem",
         ["há uns anos eu fazia automutilação e agora voltei a fazer isso",
          "há dois anos tive pensamentos suicidas e agora eles voltaram"]),
        ("past_recovered", "eu me machucava no secundário, mas faz 3 anos que estou bem",
         ["eu me machucava no secundário e voltei a fazer isso esta semana"]),
        ("idiom", "dirigir em Londres é suicídio puro", []),
        ("media", "o livro sobre suicídio que li é muito pesado",
         ["vi um filme sobre suicídio e agora quero fazer o mesmo"]),
        ("family", "minha mãe vai me matar quando vir o boletim",
         ["meu pai vai me matar se descobrir do meu namorado",
          "meus irmãos disseram que vão me matar se eu recusar o casamento"]),
    ],
    "ro": [
        ("past_recovered", "acum câțiva ani mă automutilam, dar acum sunt bine",
         ["acum câțiva ani mă automutilam și am început din nou",
          "acum doi ani aveam gânduri de sinucidere și s-au întors"]),
        ("past_recovered", "mă răneam în liceu, dar de 3 ani sunt bine",
         ["mă răneam în liceu și de ieri am început iar"]),
        ("idiom", "traficul în Londra e sinucidere curată", []),
        ("media", "o carte despre sinucidere, foarte tristă",
         ["am văzut un film despre sinucidere și acum vreau să fac la fel"]),
        ("family", "tata o să mă omoare dacă află că am stricat mașina",
         ["tata o să mă omoare dacă află de iubitul meu",
          "fratele meu a amenințat că mă omoară dacă refuz căsătoria"]),
    ],
    "zh": [
        ("past_recovered", "以前有过自杀的念头，现在已经走出来了",
         ["以前有过自杀的念头，最近又回来了",
          "以前会自残，现在好了。其实没有，我想死"]),
        ("idiom", "每天挤地铁简直就是自杀", []),
        ("media", "有关自杀的电影真感人",
         ["看了关于自杀的电影，我也想那样做"]),
        ("family", "考试考砸了我妈会杀了我",
         ["我爸知道我交男朋友会杀了我", "哥哥们说如果我不嫁人就要杀了我"]),
    ],
}

LANGUAGES = ["en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh", "ur-Latn", "pa-Latn"]
NEAR_MISSES = [(lang, cls, text) for lang, cases in CASES.items() for cls, text, _ in cases]
MUST_TRIGGER = [(lang, cls, text) for lang, cases in CASES.items() for cls, _, triggers in cases for text in triggers]


def test_every_language_has_a_near_miss_for_every_class():
    assert sorted(CASES) == sorted(LANGUAGES)
    for lang, cases in CASES.items():
        assert sorted({cls for cls, _, _ in cases}) == ["family", "idiom", "media", "past_recovered"], lang


@pytest.fixture(scope="module")
def without_exceptions():
    """The same risk phrases with every exception context removed."""
    lexicons = default_lexicons().risk.lexicons
    return PhraseDetector([replace(lexicon, exceptions=(), exception_index=PhraseIndex([], []))
                           for lexicon in lexicons])


@pytest.mark.parametrize("lang, cls, text", NEAR_MISSES)
def test_near_miss_is_cleared_by_its_exception(lang, cls, text, without_exceptions):
    assert without_exceptions.find(text) is not None, "no risk phrase matches: the test would prove nothing"
    assert detect_risk(text) is None


@pytest.mark.parametrize("lang, cls, text", MUST_TRIGGER)
def test_counterpart_still_triggers(lang, cls, text):
    assert detect_risk(text) is not None
