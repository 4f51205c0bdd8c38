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

# The same four classes in other wording (other places, media, targets and ways of saying "it's over"),
# so the exceptions are tested as classes rather than as the sentences that first showed them.
# Same shape as CASES. Own sentences, not taken from any evaluation set.
IN_OTHER_WORDS = {
    "en": [
        ("past_recovered", "i self harmed a lot in my teens but im five years clean now",
         ["i self harmed a lot in my teens and im five years clean but last night i cut myself again"]),
        ("past_recovered", "had suicidal thoughts back in 2015, thats well behind me now, just want help with sleep",
         ["had suicidal thoughts back in 2015, i thought it was behind me but now i want to die"]),
        ("past_recovered", "i used to cut myself at uni but since therapy its stopped",
         # a now-marker followed by the opposite of well is no well-now part
         ["i used to cut myself at uni, since therapy stopped its all come back",
          "i had suicidal thoughts years ago and now its over for me",
          "i used to self harm as a teen, not doing well now"]),
        ("idiom", "id rather die than sit through another zoom call with the in laws lol",
         ["id rather die than go on living like this"]),
        ("idiom", "going to primark on boxing day is basically suicide haha",
         ["honestly what im doing is suicide", "id rather die than go to pe and get battered again"]),
        ("idiom", "wearing socks with sandals to the party would be social suicide", []),
        ("media", "we read a poem about suicide in english today, haunting but beautiful",
         ["watched a documentary about suicide, really moving, and now i keep thinking about killing myself"]),
        ("family", "my form tutor said shell kill us if we forget our coursework again",
         ["my husband says he'll kill me if i'm late home again",
          "my uncle said he will kill me if i tell anyone what he does",
          "my brother will kill me if he sees me with my boyfriend"]),
        ("family", "my nan will murder me for spilling red wine on her new rug",
         # a partner's threat is never cleared as an idiom: abuse is often told as a joke
         ["the wife will murder me, i spilt red wine all over the new rug",
          "my husband will kill me if i lose my phone again"]),
        ("family", "my best mate says she'll kill me if i don't come to her hen do", []),
    ],
    "ur": [
        ("past_recovered", "کئی سال پہلے خودکشی کے خیال آتے تھے، اب الحمدللہ میں بہت بہتر ہوں",
         ["کئی سال پہلے خودکشی کے خیال آتے تھے، اب پھر سے آ رہے ہیں"]),
        ("idiom", "رمضان میں دوپہر کو بازار جانا تو خودکشی ہے", []),
        ("media", "ایک ناول پڑھا جس میں لڑکی خودکشی کر لیتی ہے، بہت دکھی کہانی تھی",
         ["ایک ناول پڑھا جس میں لڑکی خودکشی کر لیتی ہے، میں بھی مرنا چاہتی ہوں"]),
        ("family", "امی نے کہا اگر کمرہ صاف نہ کیا تو مجھے مار دیں گی",
         ["بھائی نے کہا اگر اس لڑکے سے بات کی تو مجھے جان سے مار دے گا"]),
    ],
    "ur-Latn": [
        ("past_recovered", "college ke zamane mein khudkushi ka sochta tha, wo waqt guzar gaya",
         ["college ke zamane mein khudkushi ka sochta tha, ab phir wahi soch aa rahi hai",
          "college ke zamane mein khudkushi ka sochta tha, ab koi meri parwah nahi karta"]),
        ("idiom", "eid se pehle mall mein shopping karna matlab seedhi khudkushi hai yaar", []),
        ("media", "ek web series dekhi jismein larke ne khudkushi ki, bohat dukhi kahani thi",
         ["ek web series dekhi jismein larke ne khudkushi ki, mujhe bhi marna hai"]),
        ("family", "ammi kehti hain agar kamra saaf nahi kiya to mujhe maar dengi",
         ["abbu kehte hain agar us larki se mila to mujhe jaan se maar denge"]),
    ],
    "pa": [
        ("past_recovered", "ਕਾਲਜ ਵੇਲੇ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਅੱਠ ਸਾਲ ਹੋ ਗਏ, ਬਿਲਕੁਲ ਠੀਕ ਹਾਂ",
         ["ਕਾਲਜ ਵੇਲੇ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖ਼ਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਫੇਰ ਆਉਣ ਲੱਗ ਪਏ"]),
        ("idiom", "ਐਨੀ ਗਰਮੀ ਵਿੱਚ ਦੁਪਹਿਰੇ ਬਾਜ਼ਾਰ ਜਾਣਾ ਤਾਂ ਖੁਦਕੁਸ਼ੀ ਆ", []),
        ("media", "ਇੱਕ ਨਾਵਲ ਪੜ੍ਹਿਆ ਜਿਸ ਵਿੱਚ ਮੁੰਡਾ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲੈਂਦਾ, ਬਹੁਤ ਉਦਾਸ ਕਹਾਣੀ ਸੀ",
         ["ਇੱਕ ਨਾਵਲ ਪੜ੍ਹਿਆ ਜਿਸ ਵਿੱਚ ਮੁੰਡਾ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲੈਂਦਾ, ਮੈਂ ਵੀ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ"]),
        ("family", "ਮੰਮੀ ਕਹਿੰਦੇ ਜੇ ਕਮਰਾ ਸਾਫ਼ ਨਾ ਕੀਤਾ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਣਗੇ",
         ["ਭਰਾ ਕਹਿੰਦਾ ਜੇ ਉਸ ਮੁੰਡੇ ਨਾਲ ਗੱਲ ਕੀਤੀ ਤਾਂ ਮੈਨੂੰ ਮਾਰ ਦੇਊ"]),
    ],
    "pa-Latn": [
        ("past_recovered", "pehlan mainu marn de khayal aunde si, hun oh daur lang gaya",
         ["pehlan mainu marn de khayal aunde si, hun fer aun lag paye, mainu mrna ae"]),
        ("idiom", "boxing day te bullring jaana matlab poori khudkushi ae lol", []),
        ("media", "ek film dekhi jihde vich kisan khudkushi kar lainda, bahut udaas kahani si",
         ["ek film dekhi jihde vich kisan khudkushi kar lainda, main vi eh karna chaunda"]),
        ("family", "mummy kehnde je kamra saaf na kita taan mainu maar denge",
         ["bhra kehnda je ohde naal gall kiti taan mainu jaano maar du"]),
    ],
    "bn": [
        ("past_recovered", "কলেজে থাকতে নিজেকে কাটতাম, এখন দশ বছর হয়ে গেছে, ভালো আছি",
         ["কলেজে থাকতে নিজেকে কাটতাম, গত রাতে আবার নিজেকে কেটেছি"]),
        ("idiom", "ঈদের আগে মার্কেটে যাওয়া মানে আত্মহত্যা, হাহা", []),
        ("media", "একটা গল্প পড়লাম যেখানে মেয়েটা আত্মহত্যা করে, পড়ে খুব মন খারাপ হল",
         ["একটা গল্প পড়লাম যেখানে মেয়েটা আত্মহত্যা করে, আমিও মরে যেতে চাই"]),
        ("family", "আম্মু বলেছে ঘর না গোছালে আমাকে মেরে ফেলবে",
         ["ভাই বলেছে ওই ছেলের সাথে কথা বললে আমাকে মেরে ফেলবে"]),
    ],
    "gu": [
        ("past_recovered", "કોલેજમાં હતો ત્યારે આપઘાતના વિચાર આવતા, હવે દસ વર્ષ થયા, એકદમ ખુશ છું",
         ["કોલેજમાં હતો ત્યારે આપઘાતના વિચાર આવતા, ગઈ કાલથી ફરી આવવા લાગ્યા"]),
        ("idiom", "દિવાળી પહેલાં બજારમાં શોપિંગ કરવી એટલે આત્મહત્યા", []),
        ("media", "એક વાર્તા વાંચી જેમાં છોકરી આપઘાત કરે છે, ખૂબ દુઃખ થયું",
         ["એક વાર્તા વાંચી જેમાં છોકરી આપઘાત કરે છે, મારે પણ મરી જવું છે"]),
        ("family", "મમ્મી કહે છે રૂમ સાફ નહીં કરું તો મને મારી નાખશે",
         ["ભાઈ કહે છે એ છોકરા સાથે વાત કરીશ તો મને મારી નાખશે"]),
    ],
    "ta": [
        ("past_recovered", "ஸ்கூல் டைம்ல தற்கொலை பண்ணிக்கலாம்னு தோணும், இப்போ பத்து வருஷமா இல்ல, நல்லா இருக்கேன்",
         ["ஸ்கூல் டைம்ல தற்கொலை பண்ணிக்கலாம்னு தோணும், இப்போ மறுபடியும் அதே எண்ணம் வருது",
          "ஸ்கூல் டைம்ல தற்கொலை பண்ணிக்கலாம்னு தோணும், இப்போ நல்லா இல்ல"]),
        ("idiom", "தீபாவளி நேரத்துல டி நகர்ல ஷாப்பிங் போறது தற்கொலைக்கு சமம்",
         ["office la ellarum thitturanga, tharkolai thaan"]),
        ("media", "ஒரு நாவல் படிச்சேன், அதுல அவன் தற்கொலை பண்ணிக்கறான், ரொம்ப கனமான கதை",
         ["ஒரு நாவல் படிச்சேன், அதுல அவன் தற்கொலை பண்ணிக்கறான், நானும் சாகணும்"]),
        ("family", "அம்மா ரூம் சுத்தம் பண்ணலைன்னா என்னை கொன்னுடுவாங்க",
         ["அந்த பையன் கூட பேசினா என்னை கொன்னுடுவோம்னு அண்ணன் சொன்னான்"]),
    ],
    "ar": [
        ("past_recovered", "من عشر سنين كنت افكر بالانتحار، هلق الحمدلله منيح",
         ["من عشر سنين كنت افكر بالانتحار، ورجعت الفكره هالاسبوع",
          "من عشر سنين كنت افكر بالانتحار، وهلق مش منيح"]),
        ("idiom", "انتحرت وانا واقف بالطابور ساعتين", []),
        ("media", "قريت روايه عن بنت انتحرت، كانت حزينه كتير",
         ["قريت روايه عن بنت انتحرت، وانا كمان بدي اموت"]),
        ("family", "امي رح تقتلني لما تشوف علاماتي",
         ["اخوي رح يقتلني اذا عرف اني بحكي مع شب"]),
    ],
    "so": [
        ("past_recovered", "laba sano ka hor ayaan is dhaawici jiray, hadda waan ka xor ahay",
         ["laba sano ka hor ayaan is dhaawici jiray, xalay ayaan mar kale is dhaawacay"]),
        ("idiom", "safka baska ee subaxdii haddii uu sii dheeraado waan is dilayaa lol",
         ["shaqada xafiiska way i dhibtay, waan is dilayaa"]),
        ("media", "buug ku saabsan gabar is dishay ayaan akhriyay, aad buu murugo u lahaa",
         ["buug ku saabsan gabar is dishay ayaan akhriyay, anna waxaan rabaa inaan dhinto"]),
        ("family", "hooyo waxay tidhi haddii aanan qolka nadiifin way i dilaysaa",
         ["walaalkay wuxuu yiri haddii aan wiilkaas la hadlo wuu i dilayaa",
          "aabahay wuxuu yiri haddii aan diido arooska wuu i dilayaa"]),
    ],
    "pl": [
        ("past_recovered", "pięć lat temu się okaleczałam, to już dawno za mną",
         ["pięć lat temu się okaleczałam i wczoraj znowu się pocięłam",
          "pięć lat temu miałam myśli samobójcze i dziś znów przeszło mi to przez myśl"]),
        ("idiom", "założenie skarpet do sandałów to towarzyskie samobójstwo", []),
        ("media", "czytałam powieść, w której bohater popełnia samobójstwo, bardzo poruszająca",
         ["czytałam powieść, w której bohater popełnia samobójstwo, też chcę umrzeć"]),
        ("family", "nauczycielka powiedziała że nas zabije jak nie oddamy prac domowych",
         ["brat powiedział że mnie zabije jak zobaczy mnie z chłopakiem"]),
    ],
    "pt": [
        ("past_recovered", "há oito anos eu me cortava, as cicatrizes já sumiram e hoje estou muito bem",
         ["há oito anos eu me cortava e ontem voltei a me cortar",
          "há oito anos eu me cortava e agora não estou bem"]),
        ("idiom", "se eu ouvir essa música mais uma vez eu me mato kkkk", []),
        ("media", "li um livro sobre o suicídio de um poeta, muito tocante",
         ["li um livro sobre o suicídio de um poeta e agora quero morrer"]),
        ("family", "minha mãe disse que vai me matar se eu não arrumar o quarto",
         ["meu irmão disse que vai me matar se eu falar com aquele rapaz"]),
    ],
    "ro": [
        ("past_recovered", "acum cinci ani mă tăiam, dar acum sunt bine",
         ["acum cinci ani mă tăiam și aseară m-am tăiat din nou"]),
        ("idiom", "mă sinucid dacă mai aud reclama asta la radio", []),
        ("media", "am citit o carte despre sinuciderea unui pictor, foarte tristă",
         ["am citit o carte despre sinuciderea unui pictor și acum vreau să mor"]),
        ("family", "mama zice că mă omoară dacă nu fac curat în cameră",
         ["fratele meu zice că mă omoară dacă mă vede cu un băiat", "tata zice că mă omoară dacă refuz nunta"]),
    ],
    "zh": [
        ("past_recovered", "大学时有过轻生的念头，现在都过去了",
         ["大学时有过轻生的念头，最近又开始想死了",
          "大学时有过轻生的念头，现在不再想活了"]),
        ("idiom", "周一早八想死哈哈哈", ["生活无聊到想死"]),
        ("media", "看了一部关于一个歌手自杀的纪录片，很受触动",
         ["看了一部关于一个歌手自杀的纪录片，我也想自杀"]),
        ("family", "老师说再不交作业就杀了我们",
         ["我哥说我再跟那个男生说话就打死我", "爸爸说我不答应这门婚事就打死我"]),
    ],
}

for _lang, _cases in IN_OTHER_WORDS.items():
    CASES[_lang] = CASES[_lang] + _cases

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


# The widened contexts (en.yml explains each): laughter after an ordinary "will kill me" or "I'll
# die"; a news story, film or post about someone else's suicide with a reaction anywhere near it
# in a long message; grief for someone who died with a plain "I am not thinking of harming
# myself"; and thoughts or self-harm long ago that are over. Our own wording, written for these
# tests; each near miss matches a risk phrase once the exceptions are taken away, and each
# counterpart (the same kind of words next to a real disclosure, or a partner's threat) still
# triggers. Machine-drafted, needs community review.
WIDENED = {
    "en": [
        ("laughing", "this chemistry revision is going to kill me 😂 anyway are there study groups in leeds",
         ["my exams are killing me and honestly I want to die",
          "the exam will kill me 😂 honestly I want to die",
          "my boyfriend will kill me lol"]),
        ("laughing", "the delay on this line makes me want to die lol", ["work is so bad I want to die"]),
        ("news_reaction", "saw a headline this morning about a suicide at my old school, really sad. "
                          "I'm ok though, just want a running club near me",
         ["saw the news about the suicide and I'm thinking of doing the same",
          "saw a headline about a suicide at my old school, really sad, and I want to kill myself too"]),
        ("grief_not_at_risk", "my gran died in april and I miss her loads, I'm not thinking about hurting myself at all, "
                              "I just want someone to talk to",
         ["my gran died in april and I don't want to live without her",
          "my gran died in april and I keep thinking about hurting myself"]),
        ("past_over", "at sixth form I thought about killing myself, that is well behind me now",
         ["at sixth form I thought about killing myself and this month I keep thinking about killing myself again"]),
    ],
    "ur": [
        ("laughing", "کل کا پیپر مجھے مار ڈالے گا 😂 کوئی ٹیوشن سینٹر بتائیں",
         ["میرا شوہر مجھے مار ڈالے گا 😂", "کل کا پیپر مجھے مار ڈالے گا 😂 سچ میں مرنا چاہتا ہوں"]),
        ("news_reaction", "خبروں میں سنا کہ ایک طالب علم نے خودکشی کر لی، بہت دکھ ہوا۔ میں ٹھیک ہوں، کوئی لائبریری بتا دیں",
         ["خبروں میں سنا کہ ایک طالب علم نے خودکشی کر لی، میں بھی مرنا چاہتا ہوں"]),
        ("grief_not_at_risk", "دادی پچھلے مہینے فوت ہو گئیں، بہت یاد آتی ہیں۔ خود کو نقصان پہنچانے کا کبھی نہیں سوچا، بس بات کرنی ہے",
         ["دادی پچھلے مہینے فوت ہو گئیں، اب میں خود کو نقصان پہنچانے کا سوچتی ہوں"]),
        ("past_over", "کالج میں خودکشی کی سوچیں آتی تھیں، لیکن اب بالکل نہیں",
         ["کالج میں خودکشی کی سوچیں آتی تھیں، اور آج کل پھر سے خودکشی کا سوچتی ہوں"]),
    ],
    "ur-Latn": [
        ("laughing", "kal ka paper mujhe maar dalega lol, koi library batao",
         ["mera shohar mujhe maar dalega lol", "kal ka paper mujhe maar dalega lol, sach mein marna chahta hoon"]),
        ("news_reaction", "news mein suna ek larke ne khudkushi kar li, bohat dukh hua, waise main theek hoon",
         ["news mein suna ek larke ne khudkushi kar li, main bhi marna chahta hoon"]),
        ("grief_not_at_risk", "dadi ka inteqal hua, bohat yaad aati hain, khud ko nuksan ka kabhi nahi socha",
         ["dadi ka inteqal hua, ab mujhe bhi marna hai"]),
    ],
    "pa": [
        ("laughing", "ਬੌਸ ਅੱਜ ਮੈਨੂੰ ਮਾਰ ਦੇਊ 😂 ਕੋਈ ਨੌਕਰੀ ਵਾਲਾ ਸੈਂਟਰ ਦੱਸੋ",
         ["ਘਰਵਾਲਾ ਅੱਜ ਮੈਨੂੰ ਮਾਰ ਦੇਊ 😂"]),
        ("news_reaction", "ਅਖ਼ਬਾਰ ਵਿੱਚ ਖ਼ਬਰ ਸੀ ਕਿ ਇੱਕ ਕੁੜੀ ਨੇ ਆਪਣੀ ਜਾਨ ਲੈ ਲਈ, ਮਨ ਬਹੁਤ ਦੁਖੀ ਹੋਇਆ। ਕੀ ਲੈਸਟਰ ਵਿੱਚ ਪੰਜਾਬੀ ਗਰੁੱਪ ਹੈ?",
         ["ਅਖ਼ਬਾਰ ਵਿੱਚ ਖ਼ਬਰ ਸੀ ਕਿ ਇੱਕ ਕੁੜੀ ਨੇ ਆਪਣੀ ਜਾਨ ਲੈ ਲਈ, ਮੈਂ ਵੀ ਆਪਣੀ ਜਾਨ ਲੈਣਾ ਚਾਹੁੰਦੀ ਹਾਂ"]),
        ("grief_not_at_risk", "ਮਾਂ ਪਿਛਲੇ ਸਾਲ ਗੁਜ਼ਰ ਗਏ, ਬਹੁਤ ਯਾਦ ਆਉਂਦੀ। ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨ ਬਾਰੇ ਨਹੀਂ ਸੋਚਦੀ, ਬਸ ਗੱਲ ਕਰਨੀ ਹੈ",
         ["ਮਾਂ ਪਿਛਲੇ ਸਾਲ ਗੁਜ਼ਰ ਗਏ, ਹੁਣ ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨ ਬਾਰੇ ਸੋਚਦੀ ਹਾਂ"]),
        ("past_over", "ਕਾਲਜ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਾਂ ਸਨ, ਪਰ ਹੁਣ ਬਿਲਕੁਲ ਨਹੀਂ",
         ["ਕਾਲਜ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਾਂ ਸਨ, ਅੱਜਕੱਲ੍ਹ ਫੇਰ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦਾ ਹਾਂ"]),
    ],
    "pa-Latn": [
        ("laughing", "boss mainu maar dega haha, koi tuition dasso",
         ["gharwala mainu maar dega haha"]),
        ("news_reaction", "news ch dekhya ek munde ne khudkushi kar lai, bada dukh hoya",
         ["news ch dekhya ek munde ne khudkushi kar lai, main vi marna chahunda"]),
        ("grief_not_at_risk", "dadi guzar gaye pichle mahine, bahut yaad aundi, apne aap nu nuksan pahunchaun bare nahi sochdi",
         ["dadi guzar gaye pichle mahine, apne aap nu nuksan pahunchaun bare sochdi haan"]),
    ],
    "bn": [
        ("laughing", "কালকের পরীক্ষা আমাকে মেরেই ফেলবে 😂 কোনো কোচিং আছে?",
         ["আমার বর আমাকে মেরেই ফেলবে হাহা"]),
        ("laughing", "bus er delay te attohotta korte mon chay lol", []),
        ("news_reaction", "খবরে পড়লাম এক ছেলে আত্মহত্যা করেছে, খুব কষ্ট লাগল। আমি ঠিক আছি, কোনো মহিলা গ্রুপ আছে?",
         ["খবরে পড়লাম এক ছেলে আত্মহত্যা করেছে, আমিও মরে যেতে চাই"]),
        ("grief_not_at_risk", "দাদু গত মাসে মারা গেছেন, খুব মনে পড়ে। নিজের ক্ষতি করার কথা ভাবছি না, শুধু কথা বলতে চাই",
         ["দাদু গত মাসে মারা গেছেন, নিজের ক্ষতি করার কথা ভাবছি"]),
    ],
    "gu": [
        ("laughing", "કાલની ગણિતની પરીક્ષા મને મારી નાખશે 😂 લેસ્ટરમાં કોઈ ટ્યુશન ક્લાસ છે?",
         ["મારો પતિ મને મારી નાખશે 😂", "પરીક્ષા મને મારી નાખશે 😂 અને સાચું કહું તો મારે મરી જવું છે"]),
        ("news_reaction", "છાપામાં વાંચ્યું કે એક યુવાને આત્મહત્યા કરી, બહુ દુઃખ થયું. હું ઠીક છું, વડીલો માટે કોઈ ક્લબ છે?",
         ["છાપામાં વાંચ્યું કે એક યુવાને આત્મહત્યા કરી, મારે પણ મરી જવું છે"]),
        ("grief_not_at_risk", "દાદી ગયા મહિને ગુજરી ગયાં, બહુ યાદ આવે છે. પોતાને નુકસાન પહોંચાડવાનું નથી વિચારતી, ફક્ત વાત કરવી છે",
         ["દાદી ગયા મહિને ગુજરી ગયાં, પોતાને નુકસાન પહોંચાડવાનું વિચારું છું"]),
    ],
    "ta": [
        ("laughing", "நாளைக்கு எக்ஸாம் என்னை கொன்னுடும் 😂 லைப்ரரி எங்கே?",
         ["என் புருஷன் என்னை கொன்னுடுவார் 😂", "மேனேஜர் என்னை கொன்னுடுவார் 😅 எனக்கு சாகணும் போல இருக்கு"]),
        ("news_reaction", "டிவியில ஒரு மாணவியின் தற்கொலை பற்றி பார்த்தேன், மனசுக்கு ரொம்ப கஷ்டமா இருக்கு. வேலை தேடுற இடம் எங்கே?",
         ["டிவியில ஒரு மாணவியின் தற்கொலை பற்றி பார்த்தேன், எனக்கும் சாகணும்"]),
        ("grief_not_at_risk", "பாட்டி போன மாசம் இறந்துட்டாங்க, ரொம்ப ஞாபகம் வருது. என்னை நானே காயப்படுத்த நினைக்கல, பேசணும் அவ்வளவுதான்",
         ["பாட்டி போன மாசம் இறந்துட்டாங்க, என்னை நானே காயப்படுத்த நினைக்கிறேன்"]),
        ("past_over", "ஸ்கூல்ல தற்கொலை பத்தி யோசிப்பேன், இப்போ அப்படி இல்ல",
         ["ஸ்கூல்ல தற்கொலை பத்தி யோசிப்பேன், இப்போ மறுபடியும் தற்கொலை பண்ணணும்னு தோணுது"]),
    ],
    "ar": [
        ("laughing", "المدير رح يقتلني ههههه بس في مكتبة قريبة؟",
         ["زوجي رح يقتلني ههههه", "المدير رح يقتلني ههههه وبصراحة بدي اموت"]),
        ("news_reaction", "سمعت في التلفزيون إنو رجل انتحر بالمدينة، زعلت كتير عليه. بس أنا منيح، بدي أعرف عن مجموعات للأمهات",
         ["سمعت في التلفزيون إنو رجل انتحر، وأنا كمان بفكر أعمل متلو"]),
        ("grief_not_at_risk", "جدي توفي من شهرين ومشتاقله كتير. لا أفكر أبداً في إيذاء نفسي، بس بدي حدا أحكي معه",
         ["جدي توفي من شهرين وأفكر في إيذاء نفسي", "مات جدي وما بدي عيش"]),
        ("past_over", "زمان كنت اجرح حالي وانا بالمدرسة، بس خلص بطلت من خمس سنين",
         ["زمان كنت اجرح حالي، وامبارح رجعت جرحت حالي"]),
        ("past_over", "zaman kont ajra7 7ali w ba3dain ra7et, halla2 mnee7a",
         ["kont ba2zi nafsi zaman w ra7 a2zi nafsi kaman"]),
    ],
    "so": [
        ("laughing", "imtixaanka berri ayaa i dili doona 😂 maktabad ma jirtaa?",
         ["ninkayga ayaa i dili doona 😂"]),
        ("news_reaction", "telefishanka ayaan ku arkay wiil is dilay, aad baan uga naxay",
         ["telefishanka ayaan ku arkay wiil is dilay, anna waxaan rabaa inaan dhinto"]),
        ("grief_not_at_risk", "ayeeyo way dhimatay bishii hore, aad baan u xiisaa, kuma fikirayo inaan is dhaawaco, waxaan rabaa qof ila hadla",
         ["ayeeyo way dhimatay bishii hore, waxaan ku fikirayaa inaan is dhaawaco"]),
        ("past_over", "markaan yaraa ayaan is dhaawici jiray, laakiin way dhammaatay, shan sano ma samayn",
         ["markaan yaraa ayaan is dhaawici jiray, xalay ayaan mar kale is dhaawacay"]),
    ],
    "pl": [
        ("laughing", "szefowa mnie zabije xD znowu się spóźniłam, jest gdzieś kurs angielskiego?",
         ["mój mąż mnie zabije xD"]),
        ("news_reaction", "czytałam w gazecie, że młody chłopak odebrał sobie życie, bardzo smutne. Ja się czuję ok",
         ["czytałam w gazecie, że młody chłopak odebrał sobie życie, też chcę umrzeć"]),
        ("grief_not_at_risk", "babcia zmarła w zeszłym miesiącu i bardzo tęsknię, ale nie chcę się skrzywdzić, chcę tylko porozmawiać",
         ["babcia zmarła w zeszłym miesiącu i chcę zrobić sobie krzywdę",
          "babcia zmarła w zeszłym miesiącu i chcę się skrzywdzić"]),
        ("past_over", "na studiach miałam myśli samobójcze, ale to minęło",
         ["na studiach miałam myśli samobójcze i teraz wróciły"]),
    ],
    "pt": [
        ("laughing", "o chefe vai me matar se eu chegar atrasada de novo kkkk alguém sabe de creche?",
         ["meu marido vai me matar kkkk"]),
        ("news_reaction", "vi no telejornal que um rapaz se suicidou, fiquei muito triste. Eu estou bem",
         ["vi no telejornal que um rapaz se suicidou e eu também quero morrer"]),
        ("grief_not_at_risk", "a minha avó faleceu em março e tenho muitas saudades, não penso em me magoar, só preciso de falar",
         ["a minha avó faleceu em março e penso em me magoar"]),
        ("past_over", "há uns anos eu me cortava, mas isso ficou para trás",
         ["há uns anos eu me cortava e ontem voltei a me cortar"]),
    ],
    "ro": [
        ("laughing", "șeful o să mă omoare =)) știți vreun curs de engleză?",
         ["soțul mă omoară =))"]),
        ("news_reaction", "am citit în ziar despre sinuciderea unui tânăr, m-a întristat tare. Eu sunt bine",
         ["la știri au zis despre sinuciderea unui actor și vreau să mor"]),
        ("grief_not_at_risk", "bunica a murit luna trecută, mi-e tare dor de ea, dar nu mă gândesc să mă rănesc, vreau doar să vorbesc",
         ["bunica a murit luna trecută și mă gândesc să mă rănesc"]),
        ("past_over", "în liceu mă tăiam, dar de mult sunt bine",
         ["în liceu mă tăiam și aseară m-am tăiat din nou"]),
    ],
    "zh": [
        ("laughing", "明天考试老师会杀了我哈哈哈，附近有自习室吗",
         ["我老公会杀了我哈哈", "明天考试老师会杀了我哈哈哈，其实我真的想死"]),
        ("laughing", "排队排了三个钟，我想死 哈哈", []),
        ("news_reaction", "刚在新闻上看到一个大学生跳楼自杀了，好难过。我自己没事，想问问附近有没有华人教会",
         ["刚在新闻上看到一个大学生跳楼自杀了，我也想自杀"]),
        ("grief_not_at_risk", "奶奶上个月去世了，我很想念她，但我不会伤害自己，只想找人聊聊",
         ["爷爷走了以后，我也想伤害自己", "外公去世后我也不想活了"]),
    ],
}
WIDENED_NEAR_MISSES = [(lang, cls, text) for lang, cases in WIDENED.items() for cls, text, _ in cases]
WIDENED_MUST_TRIGGER = [(lang, cls, text) for lang, cases in WIDENED.items() for cls, _, triggers in cases
                        for text in triggers]


def test_every_language_has_the_widened_classes():
    assert sorted(WIDENED) == sorted(LANGUAGES)
    for lang, cases in WIDENED.items():
        assert {"laughing", "news_reaction", "grief_not_at_risk"} <= {cls for cls, _, _ in cases}, lang


@pytest.mark.parametrize("lang, cls, text", NEAR_MISSES + WIDENED_NEAR_MISSES)
def test_near_miss_is_cleared_by_its_exception(lang, cls, text, without_exceptions):
    assert without_exceptions.find(text) is not None, "no risk phrase matches: the test would prove nothing"
    assert detect_risk(text) is None


@pytest.mark.parametrize("lang, cls, text", MUST_TRIGGER + WIDENED_MUST_TRIGGER)
def test_counterpart_still_triggers(lang, cls, text):
    assert detect_risk(text) is not None


# A parent's threat told with laughter is not cleared by laughing-at-it (safety review): abuse,
# honour-based abuse included, is often told as a joke. The family rule still clears a parent's
# anger over marks, lateness or breakage.
PARENT_THREAT_WITH_LAUGHTER = [
    ("en", "my dad will kill me lol"),
    ("ar", "mama hay2telni lol"),
    ("ur-Latn", "abbu mujhe maar dalenge haha"),
    ("pl", "tata mnie zabije xd"),
    ("pt", "a minha mãe vai me matar kkk"),
    ("zh", "我爸会杀了我哈哈"),
]


@pytest.mark.parametrize("lang, text", PARENT_THREAT_WITH_LAUGHTER)
def test_a_parents_threat_with_laughter_still_triggers(lang, text):
    assert detect_risk(text) is not None


# Session 9, the four classes widened so they generalise (en.yml: laughing-at-it-widened,
# not-in-danger, past-over-widened): a friend's, colleague's, teacher's or pet's threat told with
# laughter; past-tense exhaustion ("the office killed me this week 😂"); a conditional or comparison
# hyperbole about an ordinary thing; "I'm not in danger"; past self-harm or thoughts clearly over.
# Laughter is written with each language's own marker (kkkk, rsrs, xD, =)), ههههه, خخخ, hhhh, 哈哈,
# 笑死, 💀...), which the detector reads as "lol". Each near miss matches a risk phrase once the
# exceptions are taken away; each counterpart (a laugh alone, a relative's or partner's threat,
# danger or harm that is back) still triggers. Our own wording; machine-drafted, needs review.
WIDENED_9 = {
    "en": [
        ("friend_threat", "my flatmate says she'll kill me if I forget her birthday again haha",
         ["my brother says he'll kill me if I forget his birthday haha", "my wife will kill me if I'm late lol"]),
        ("friend_threat", "my cat will literally murder me if breakfast is late 😂",
         ["my colleague keeps saying he'll kill me if I tell anyone what he did, lol"]),
        ("hyperbole", "if they play that ringtone one more time I'll kill myself xD",
         ["I want to die lol", "kms lol nobody cares", "i'm going to kill myself tonight haha",
          "if she leaves me I'll kill myself lol"]),
        ("hyperbole", "this lecture is so boring I want to die lmaooo", ["this life is so boring I want to die lol"]),
        ("not_in_danger", "I'm not in danger at all, I just want to talk about work stress",
         ["I was safe but now I'm not", "not in danger from him but I want to die"]),
        ("past_over", "at uni I used to self-harm, it's been five years now and I'm doing well, I'd like to volunteer",
         ["the suicidal thoughts from years ago are back", "I used to cut and started again this week",
          "I self harmed in my teens, I've been well for ten years, but I started again last week",
          "I used to self-harm at school and was fine for years but I relapsed this month"]),
        ("past_over", "I self-harmed loads as a teenager but I've been well for about eight years now, I'd like to give back", []),
        ("past_over", "I had suicidal thoughts when I lost my job but that's all behind me now",
         ["I had suicidal thoughts when I lost my job and they're back this week",
          "I had suicidal thoughts but thats behind me. no it isnt, I want to die"]),
        ("past_over", "years ago I tried to end my life; now I'm training to be a nurse", []),
    ],
    "ur": [
        ("friend_threat", "میری سہیلی کہتی ہے اگر اس کی سالگرہ پر نہ آئی تو مجھے مار ڈالے گی ہاہاہا",
         ["میرا بھائی کہتا ہے اگر رشتے سے انکار کیا تو مجھے مار ڈالے گا ہاہاہا"]),
        ("exhausted", "باس نے مجھے مار ڈالا 😅", []),
        ("hyperbole", "ڈرامہ اتنا بورنگ ہے کہ خودکشی کرنے کو دل کرتا ہے ہاہاہا", ["خودکشی کرنا چاہتا ہوں ہاہاہا"]),
        ("past_over", "کالج کے زمانے میں خود کو نقصان پہنچاتا تھا، اب پانچ سال ہو گئے ہیں اور میں بالکل ٹھیک ہوں",
         ["کالج کے زمانے میں خود کو نقصان پہنچاتا تھا، اب پھر سے شروع کر دیا ہے"]),
        ("past_over", "ملازمت چھوٹنے کے بعد مرنے کے خیال آتے تھے، اب وہ دور گزر گیا", []),
    ],
    "ur-Latn": [
        ("friend_threat", "meri saheli kehti hai agar uski mehndi pe nahi aayi to mujhe maar dalegi hahaha",
         ["mera bhai kehta hai agar shaadi se inkar kiya to mujhe maar dalega hahaha",
          "dost kehta hai agar maine kisi ko bataya to mujhe maar dalega hahaha"]),
        ("hyperbole", "ye drama itna boring hai ke khudkushi karne ka dil karta hai lol",
         ["khudkushi karni hai lol", "ye zindagi itni boring hai ke khudkushi karne ka dil karta hai lol"]),
        ("past_over", "college mein khudkushi ke khayal aate the, ab paanch saal ho gaye aur main bilkul theek hoon",
         ["college mein khudkushi ke khayal aate the, ab phir se aa rahe hain"]),
    ],
    "pa": [
        ("friend_threat", "ਮੇਰੀ ਸਹੇਲੀ ਕਹਿੰਦੀ ਜੇ ਉਹਦੇ ਜਨਮਦਿਨ ਤੇ ਨਾ ਆਈ ਤਾਂ ਮੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦੇਊ ਹਾਹਾ",
         ["ਮੇਰਾ ਭਰਾ ਕਹਿੰਦਾ ਜੇ ਵਿਆਹ ਤੋਂ ਨਾਂਹ ਕੀਤੀ ਤਾਂ ਮੈਨੂੰ ਜਾਨੋਂ ਮਾਰ ਦੇਊ ਹਾਹਾ"]),
        ("past_over", "ਸਕੂਲ ਵੇਲੇ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਛੇ ਸਾਲ ਹੋ ਗਏ ਤੇ ਮੈਂ ਵਧੀਆ ਹਾਂ",
         ["ਸਕੂਲ ਵੇਲੇ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਫੇਰ ਆਉਣ ਲੱਗ ਪਏ"]),
    ],
    "pa-Latn": [
        ("friend_threat", "meri saheli kehndi je main ohde viah te na aayi ta mainu jaan ton maar dungi hahaha",
         ["mera bhra kehnda je main viah ton naah kiti ta mainu jaan ton maar dega hahaha"]),
        ("past_over", "naukri jaan ton baad marne de khayal aunde si, hun oh vela langh gaya", []),
    ],
    "bn": [
        ("friend_threat", "bandhobi bolche or birthday te na gele amake khun kore felbe hahaha",
         ["amar bhai bolche biye te raji na hole amake khun kore felbe hahaha"]),
        ("exhausted", "এই সপ্তাহে অফিস আমাকে মেরেই ফেলেছে 😂", []),
        ("hyperbole", "ei cinema ta eto boring je atmohotta korte mon chay hahaha", ["atmohotta korte chai hahaha"]),
    ],
    "gu": [
        ("friend_threat", "mari bahenpani kahe che jo hu eni party ma na aavu to mane mari nakhshe hahaha",
         ["maro bhai kahe che jo hu lagna ni na padu to mane mari nakhshe hahaha"]),
        ("hyperbole", "aa movie etli boring che ke aatmahatya karvanu mann thay che haha", []),
    ],
    "ta": [
        ("exhausted", "இந்த வாரம் வேலை என்னை கொன்னுடுச்சு 😂", ["என் புருஷன் என்னை கொன்னுடுவார் 😂"]),
        ("hyperbole", "indha padam evlo mokka na thatkolai pannikalaam pola iruku haha", ["thatkolai pannanum haha"]),
        ("past_over", "கல்லூரியில் படிக்கும்போது தற்கொலை எண்ணங்கள் இருந்தன, இப்போது நன்றாக இருக்கிறேன்",
         ["கல்லூரியில் படிக்கும்போது தற்கொலை எண்ணங்கள் இருந்தன, இப்போது மறுபடியும் தற்கொலை பண்ணணும்னு தோணுது"]),
    ],
    "ar": [
        ("friend_threat", "صاحبي قال رح يقتلني اذا ما اجيت عيد ميلاده ههههه",
         ["اخوي قال رح يقتلني اذا ما وافقت على العرس ههههه", "خطيبي رح يقتلني خخخخ"]),
        ("hyperbole", "رح انتحر اذا خسر الفريق كمان مرة خخخخ", ["بدي انتحر الليلة ههههه"]),
        ("not_in_danger", "أنا مش في خطر، بس بدي احكي مع حدا عن الشغل", []),
        ("past_over", "من سبع سنين كنت اجرح حالي، الحمدلله هلق منيحة", []),
    ],
    "so": [
        ("friend_threat", "saaxiibkay wuxuu yiri haddaadan xafladdayda iman waan ku dilayaa hhhh",
         ["walaalkay wuxuu yiri haddaadan guurka aqbalin waan ku dilayaa hhhh"]),
        ("hyperbole", "haddii kooxdayda mar kale laga badiyo waan is dilayaa hhhh", ["waan is dilayaa caawa hhhh"]),
        ("past_over", "sanadood ka hor ayaan is dhaawici jiray, hadda alxamdulillaah waan fiicanahay", []),
    ],
    "pl": [
        ("friend_threat", "koleżanka powiedziała, że mnie zabije, jak nie przyjdę na jej wesele xD",
         ["brat powiedział, że mnie zabije, jak nie wyjdę za niego xD", "mąż mnie zabije xD",
          "kolega powiedział, że mnie zabije, jak komuś powiem co zrobił xD"]),
        ("hyperbole", "jak mój klub znowu przegra to się zabiję XDDD", ["zabiję się dziś w nocy haha", "chcę umrzeć xD"]),
        ("not_in_danger", "nie jestem w niebezpieczeństwie, chcę tylko pogadać o pracy", ["byłam bezpieczna, ale teraz już nie"]),
        ("past_over", "na studiach cięłam się, ale od czterech lat jestem w porządku", []),
        ("past_over", "miałem myśli samobójcze po rozstaniu, ale to już przeszłość",
         ["miałem myśli samobójcze, to już przeszłość, ale dziś znowu chcę umrzeć"]),
    ],
    "ro": [
        ("friend_threat", "colega mea zice că mă omoară dacă nu vin la ziua ei =))",
         ["fratele meu zice că mă omoară dacă nu mă mărit =))", "colegul zice că mă omoară dacă spun ce a făcut =))"]),
        ("hyperbole", "dacă mai pierde echipa mea o dată mă sinucid :))", ["vreau să mor =))"]),
        ("not_in_danger", "nu sunt deloc în pericol, vreau doar să vorbesc despre stres",
         ["eram în siguranță, dar acum nu mai sunt"]),
        ("past_over", "în liceu aveam gânduri de sinucidere, acum de patru ani sunt bine", []),
        ("past_over", "am avut gânduri de sinucidere după divorț, dar au trecut", []),
    ],
    "pt": [
        ("friend_threat", "o meu colega disse que me mata se eu faltar ao jantar de anos dele kkkk",
         ["o meu irmão disse que me mata se eu não casar com ele kkkk", "o meu namorado vai me matar rsrs",
          "o meu colega disse que se eu contar o que ele fez me mata kkkk"]),
        ("hyperbole", "se o meu time perder de novo eu me mato kkkkk", ["quero morrer kkk", "vou me matar hoje rsrs",
                                                                       "se eu perder ele eu me mato kkk",
                                                                       "se ela for embora eu me mato rsrs"]),
        ("hyperbole", "essa série é tão chata que quero morrer rsrs", []),
        ("not_in_danger", "não estou em perigo nenhum, só queria falar com alguém",
         ["eu estava segura mas agora não estou", "não estou em perigo por causa dele mas quero morrer"]),
        ("past_over", "na escola eu me cortava, agora faz quatro anos que estou bem e quero ser voluntária", []),
        ("past_over", "tive pensamentos suicidas depois do divórcio, mas já passou", []),
    ],
    "zh": [
        ("friend_threat", "我同事話我唔幫佢頂更就殺咗我 哈哈哈",
         ["我哥話我唔嫁就殺咗我 哈哈", "我老婆会杀了我哈哈", "同事话我讲出去佢做咗咩就杀咗我 哈哈"]),
        ("hyperbole", "如果我支队再输我就自杀 笑死", ["我今晚就自杀 哈哈"]),
        ("hyperbole", "呢份工做到我想死 哈哈", ["呢份工做到我想死，我今晚想自杀"]),
        ("not_in_danger", "我沒有危險，只係想搵人傾下偈", ["我而家唔安全"]),
        ("past_over", "三年前我曾经自残，现在已经好了，想做义工", ["三年前我曾经自残，上个星期又开始了"]),
    ],
}
# A threat from a sibling, partner or relative told with laughter is never cleared.
RELATIVE_THREAT_WITH_LAUGHTER = [
    ("en", "my sister will kill me if I miss her wedding lol"), ("en", "my boyfriend said he'll kill me if I go out haha"),
    ("en", "my uncle will murder me 😂"), ("en", "my cousin said he'll kill me if I tell anyone 💀"),
    ("ur-Latn", "mera shohar mujhe maar dalega hahaha"), ("ar", "اخوي رح يقتلني ههههه"),
    ("pl", "siostra mnie zabije xD"), ("pt", "o meu marido vai me matar kkkk"), ("ro", "soțul mă omoară =))"),
    ("zh", "我老公会杀了我 笑死"), ("so", "ninkayga ayaa i dili doona hhhh"), ("bn", "আমার বর আমাকে মেরেই ফেলবে হাহাহা"),
]
WIDENED_9_NEAR_MISSES = [(lang, cls, text) for lang, cases in WIDENED_9.items() for cls, text, _ in cases]
WIDENED_9_MUST_TRIGGER = [(lang, cls, text) for lang, cases in WIDENED_9.items() for cls, _, triggers in cases
                          for text in triggers]


def test_every_language_has_the_session_9_classes():
    assert sorted(WIDENED_9) == sorted(LANGUAGES)
    assert {cls for cases in WIDENED_9.values() for cls, _, _ in cases} == {
        "friend_threat", "exhausted", "hyperbole", "not_in_danger", "past_over"}


@pytest.mark.parametrize("lang, cls, text", WIDENED_9_NEAR_MISSES)
def test_session_9_near_miss_is_cleared(lang, cls, text, without_exceptions):
    assert without_exceptions.find(text) is not None, "no risk phrase matches: the test would prove nothing"
    assert detect_risk(text) is None


@pytest.mark.parametrize("lang, cls, text", WIDENED_9_MUST_TRIGGER)
def test_session_9_counterpart_still_triggers(lang, cls, text):
    assert detect_risk(text) is not None


@pytest.mark.parametrize("lang, text", RELATIVE_THREAT_WITH_LAUGHTER)
def test_a_relatives_or_partners_threat_with_laughter_still_triggers(lang, text):
    assert detect_risk(text) is not None


# Exam pressure is a real risk for students: "if I fail I'll kill myself lol" keeps its match, so
# the laughter gets the check-in (signpost_rasa.nlu.risk_verdict) instead of silence. A boring
# revision session or a slow train called deadly with laughter is still cleared.
EXAM_PRESSURE_WITH_LAUGHTER = [
    "if i fail this exam im going to kill myself lol",
    "results day tomorrow, if i get a D i'll kill myself haha",
    "my exam results are out and i want to die 😂",
]


@pytest.mark.parametrize("text", EXAM_PRESSURE_WITH_LAUGHTER)
def test_exam_pressure_with_laughter_keeps_its_match(text):
    assert detect_risk(text) is not None


@pytest.mark.parametrize("text", ["revision is so boring i want to die lol",
                                  "another meeting today, i want to die lol"])
def test_boredom_called_deadly_with_laughter_is_still_cleared(text):
    assert detect_risk(text) is None


# "I was safe, but now I'm not" is danger now in every language, next to the negated-danger
# context. Our own wording; machine-drafted, needs review.
SAFE_THEN_NOT = [
    ("en", "I was safe but now I'm not"), ("pt", "eu estava segura mas agora não estou"),
    ("ro", "eram în siguranță, dar acum nu mai sunt"), ("pl", "byłam bezpieczna, ale teraz już nie"),
    ("zh", "以前我觉得安全，但现在我不安全"), ("ar", "كنت بأمان بس هلق ما عدت بأمان"),
    ("ur", "پہلے میں محفوظ تھی لیکن اب محفوظ نہیں ہوں"), ("ur-Latn", "pehle main mehfooz thi lekin ab mehfooz nahi hoon"),
    ("bn", "আগে নিরাপদ ছিলাম, কিন্তু এখন আমি নিরাপদ নই"), ("pa", "ਪਹਿਲਾਂ ਮੈਂ ਸੁਰੱਖਿਅਤ ਸੀ ਪਰ ਹੁਣ ਸੁਰੱਖਿਅਤ ਨਹੀਂ"),
    ("gu", "પહેલાં હું સુરક્ષિત હતી પણ હવે સુરક્ષિત નથી"), ("ta", "முன்னாடி பாதுகாப்பா இருந்தேன், இப்போ பாதுகாப்பா இல்ல"),
    ("so", "hore waan nabad qabay laakiin hadda ammaan ma ihi"),
]


@pytest.mark.parametrize("lang, text", SAFE_THEN_NOT)
def test_safe_before_but_not_now_triggers(lang, text):
    assert detect_risk(text) is not None


# Someone's cooking, driving or singing "will kill me" is the habit, not the person (session 10).
THEIR_HABIT = ["my housemate's baking is actually going to kill me 😂 any running clubs in Hove?",
               "my uncle's karaoke will kill me one of these days"]
THEIR_HABIT_STILL_TRIGGERS = ["my boyfriend is going to kill me haha", "he keeps driving past my flat, he will kill me",
                              "my dad's temper is going to kill me"]


@pytest.mark.parametrize("text", THEIR_HABIT)
def test_someones_habit_that_will_kill_me_is_cleared(text, without_exceptions):
    assert without_exceptions.find(text) is not None, "no risk phrase matches: the test would prove nothing"
    assert detect_risk(text) is None


@pytest.mark.parametrize("text", THEIR_HABIT_STILL_TRIGGERS)
def test_the_person_or_a_temper_that_will_kill_me_still_triggers(text):
    assert detect_risk(text) is not None
