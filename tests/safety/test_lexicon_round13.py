"""Lexicon round 13 (session 11): the classes the twelfth fresh set found missed or falsely alarmed,
each tested with wording of our own (never the set's sentences), with counterparts on both sides:
every cleared class keeps a risky twin that still triggers, and every new risk class keeps an
ordinary twin that stays clear. Machine-drafted; the non-English lines need review by speakers.

Left out on purpose: an everyday goodbye typed twice ("bye bye", "khuda hafiz khuda hafiz",
"aavjo aavjo", "rab rakha rab rakha", "poyittu varen" twice, "allah hafez" twice) is how people
sign off every day; only the final farewells (বিদায়, ਅਲਵਿਦਾ, وداعاً, żegnajcie, adeus) count twice.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    # "my time is up / has come" after an offer or with thanks, native scripts and Arabizi
    ("bn", "আপনারা খুব দয়ালু, তবে আমার সময় শেষ হয়ে গেছে"),
    ("gu", "તમારો આભાર, પણ મારો સમય પૂરો થઈ ગયો છે"),
    ("pa", "ਤੁਹਾਡਾ ਧੰਨਵਾਦ ਜੀ, ਪਰ ਮੇਰਾ ਸਮਾਂ ਪੂਰਾ ਹੋ ਗਿਆ"),
    ("ta", "ரொம்ப நன்றி, ஆனா என் காலம் முடிஞ்சு போச்சு"),
    ("ar", "وقتي انتهى، شكرا لكم على كل المساعدة"),
    ("ar", "wa2ti khales ya jama3a, shukran ktir"),
    ("pl", "mój czas minął, dzięki że chcieliście pomóc"),
    ("pt", "a minha hora chegou, obrigada pela ajuda de qualquer forma"),
    ("ro", "mi-a venit vremea, mersi oricum de ajutor"),
    ("so", "waqtigayga waa gaaray, mahadsanidiin caawinta"),
    ("zh", "我的时间到了，多谢大家帮忙"),
    # "I won't be there any more for that call"
    ("ur", "بہت شکریہ لیکن اس فون تک میں نہیں رہوں گی"),
    ("pl", "dziękuję, ale nie będzie mnie już na tę rozmowę w piątek"),
    # final farewells twice; a last message; forgive me / look after my mum
    ("ar", "الوداع يا جماعة.. الوداع"),
    ("pa", "ਅਲਵਿਦਾ ਸਭ ਨੂੰ ... ਅਲਵਿਦਾ"),
    ("bn", "বিদায় সবাই... বিদায়"),
    ("pl", "żegnajcie wszyscy. żegnaj"),
    ("pt", "adeus pessoal... adeus"),
    ("en", "ok. this is the last time i message you"),
    ("ar", "ahlan... a5er marra baktoblak"),
    ("en", "thank you for everything, please look after my little sister"),
    ("ar", "شكرا على كل شيء، خلوا بالكم على أبوي"),
    ("so", "mahadsanidiin wax kasta, aabbahay ii daryeela"),
    ("ro", "mulțumesc pentru tot, ai grijă de bunica mea"),
    ("en", "forgive me mum and dad, i love you both"),
    ("ro", "iartă-mă mama și tata, vă iubesc mult"),
    ("pt", "me perdoe pai, te amo muito"),
    ("pl", "przepraszam mamo, przepraszam tato, kocham was bardzo"),
    ("so", "hooyo, aabbo, i cafiya, waan idin jecelahay"),
    ("zh", "多谢你哋咁耐以来嘅照顾，替我同阿明说声对不起"),
    ("zh", "爸爸妈妈，真的对不起，我爱你们"),
    # danger from others now, after an ordinary request
    ("en", "can you help with a housing form? also my flatmate turned up drunk and said he'd smash my face in, scared"),
    ("en", "my ex came over drunk last night and said he will break my arms"),
    ("bn", "বাড়িওয়ালা মদ খেয়ে এসে বলল হাত ভেঙে দেবে, খুব ভয় করছে"),
    ("bn", "landlord matal hoye eshe bollo pa bhenge debe, khub bhoy lagche"),
    ("pa", "ਚਾਚਾ ਨਸ਼ੇ ਵਿੱਚ ਆਇਆ ਤੇ ਕਹਿੰਦਾ ਟੰਗਾਂ ਤੋੜ ਦਊਂਗਾ"),
    ("ta", "அவன் குடிபோதையில வந்து கைய உடைச்சிடுவேன்னு மிரட்டினான்"),
    ("ur", "شوہر شراب پی کر آیا اور کہا ٹانگیں توڑ دوں گا"),
    ("ar", "gozi hadedni eno hay2telni law ro7t le ahli"),
    ("pa-Latn", "mere chacha kehnde je kise nu dasseya taan bebe nu nuksaan karunga"),
    ("ur-Latn", "unhon ne kaha agar kisi ko bataya to ammi ko nuqsan pohanchayega"),
    ("gu", "be raat thi ek gaadi ma koi maru ghar jove che, hu ekli chu"),
    ("ta", "rendu naala oru car la irundhu en veeta paakuraanga, naan thaniya irukken"),
    ("en", "a man has been watching my flat from a van every evening and I'm on my own"),
    # someone else: left saying we'd be better off without him, nobody can find him
    ("bn", "বাবা বলেছে আমরা ওনাকে ছাড়া সুখে থাকব, তারপর থেকে ফোন বন্ধ"),
    ("gu", "ભાઈ કહીને ગયો કે અમે એના વગર સુખી રહીશું, ફોન બંધ છે"),
    ("pa", "ਵੀਰ ਕਹਿ ਗਿਆ ਕਿ ਤੁਸੀਂ ਮੇਰੇ ਬਿਨਾਂ ਖੁਸ਼ ਰਹੋਗੇ, ਫੋਨ ਬੰਦ ਆ"),
    ("ur", "بھائی کہہ کر گیا کہ ہم اس کے بغیر خوش رہیں گے، فون بند ہے"),
    ("ta", "அண்ணன் நாங்க அவன் இல்லாம சந்தோஷமா இருப்போம்னு சொன்னான், எங்க இருக்கான்னு தெரியல"),
    ("zh", "wo baba lian xi bu shang, ta zuotian shuo mei you ta women hui geng hao"),
    ("zh", "我妹妹说放假以后她就不在了，还在朋友圈跟大家告别"),
    ("ro", "fiul meu a zis că nu o să mai fie după vacanță și și-a luat rămas bun de la colegi"),
    ("ta", "தம்பி அம்மாவை பார்த்துக்கோன்னு சொல்லிட்டு இப்போ போன் எடுக்கல"),
    # planning to leave for ever; text-speak without vowels
    ("pa", "ਹੁਣ ਹਮੇਸ਼ਾ ਲਈ ਚਲੇ ਜਾਣ ਦੀ ਸੋਚ ਰਿਹਾ"),
    ("bn", "এখন চিরতরে চলে যাবার চিন্তা করছি"),
    ("gu", "હવે કાયમ માટે ચાલ્યા જવાનું વિચાર કરું છું"),
    ("ur", "اب ہمیشہ کے لیے چلے جانے کا سوچ رہا ہوں"),
    ("en", "i cant tk ths nymore"),
    ("ar", "3ayelti a7san bdooni, ma 7ada ra7 yez3al"),
    ("ar", "عيلتي أحسن بدوني، محد بيزعل"),
    ("ar", "merci ktir 3al ma3lumet bas ana msh ba2i la hal wa2t"),
    # risky twins of the cleared classes: the past is back, the media is me, the threat is a relationship
    ("ar", "أيام المدرسة كانت تجيني أفكار إني أموت، والحين رجعت لي من جديد"),
    ("pl", "na studiach chciałem się zabić i teraz znowu o tym myślę"),
    ("ta", "காலேஜ் படிக்கும்போது சாகணும்னு தோணும், இப்போ மறுபடியும் தோணுது"),
    ("zh", "看了一部关于自杀的纪录片，我自己也想自杀"),
    ("bn", "আমি আত্মহত্যা করতে চাই"),
    ("ar", "أبوي قال بيقتلني إذا طلعت مع واحد"),
    ("pt", "minha mãe disse que me mata se eu namorar com ele"),
    ("ro", "tata a zis că mă omoară dacă mă mai vede cu el"),
    ("ta", "என் கணவர் என்னை கொன்னுடுவாரு, பயமா இருக்கு"),
    # the writer's own thought that being dead would end the suffering (Cantonese, Mandarin)
    ("zh", "我成日都諗，死咗就唔使再受苦"),
    ("zh", "有时候我觉得死了就不用这么痛苦了"),
]

MUST_NOT_TRIGGER = [
    # ordinary twins of the new risk classes
    ("en", "my time is up at this job, I start somewhere new on Monday"),
    ("en", "the appointment time is over, can I book another slot?"),
    ("pl", "mój czas na parkingu się skończył, muszę iść"),
    ("zh", "我的时间到了，轮到我去面试了，等会再聊"),
    ("en", "bye bye then"),
    ("ur-Latn", "khuda hafiz khuda hafiz"),
    ("gu", "સારું, આવજો આવજો"),
    ("en", "this is the last time I write to you about the boiler, please send someone"),
    ("en", "thanks for everything, look after yourself"),
    ("en", "he said he'll break my heart if I move away, he's so dramatic"),
    ("bn", "খেলতে গিয়ে পা ভেঙে গেছে, কোন ক্লিনিকে যাব?"),
    ("pl", "nie będzie mnie na tym spotkaniu, możemy przełożyć?"),
    ("pt", "minha hora chegou no dentista, depois falo"),
    ("zh", "她明天就不在了，出差一个星期"),
    ("pa", "ਅਸੀਂ ਹਮੇਸ਼ਾ ਲਈ ਕੈਨੇਡਾ ਜਾਣ ਦੀ ਸੋਚ ਰਹੇ ਹਾਂ"),
    ("ar", "shukran, bas ana msafer bokra, msh ba2i bi London la hal wa2t"),
    ("ar", "ahli a7san mni bel tabkh, ana ma ba3ref a3mel shi"),
    # past thoughts of dying or self-harm, clearly over, with a request for now
    ("ar", "وأنا صغيرة كنت أفكر أموت، بس صار ماضي، الحين أبي أسأل عن نادي رياضي"),
    ("pl", "w liceum chciałem się zabić, ale to przeszłość, teraz szukam kursu gotowania"),
    ("ro", "în liceu mă gândeam să mă omor, dar a trecut de mult, acum caut un club de șah"),
    ("ta", "ஸ்கூல் படிக்கும்போது சாகணும்னு தோணுச்சு, அது பழைய விஷயம், இப்போ நல்லா இருக்கேன்"),
    ("ta", "pala varusham munnadi ennaiye kayapaduthinen, ippo anju varushama sandhoshama irukken"),
    ("pa", "ਕਾਲਜ ਵੇਲੇ ਮਰਨ ਦੇ ਖਿਆਲ ਆਉਂਦੇ ਸੀ, ਹੁਣ ਉਹ ਬੀਤੇ ਦੀ ਗੱਲ ਹੈ, ਸਭ ਠੀਕ ਹੈ"),
    ("ur", "کالج میں مرنے کے خیال آتے تھے، اب وہ پرانی بات ہے، میں ٹھیک ہوں"),
    # a relative "will kill me" over an ordinary occasion
    ("ar", "جدتي قالت بتذبحني إذا ما نظفت المطبخ قبل العيد"),
    ("pt", "a minha avó disse que vai me matar se eu não for na ceia de ano novo"),
    ("ro", "mama zice că mă omoară dacă nu fac curat înainte să vină musafirii"),
    ("ta", "இந்த ஆபீஸ் என்னை கொல்லுது, தினமும் ஓவர்டைம்"),
    # documentaries and podcasts about suicide with a request to volunteer or take part
    ("bn", "আত্মহত্যা নিয়ে একটা ডকুমেন্টারি দেখলাম। ভলান্টিয়ার হওয়া যায়?"),
    ("ur", "خودکشی سے بچنے والوں پر ایک ڈاکیومنٹری دیکھی، کیا میں رضاکار بن سکتی ہوں؟"),
    ("gu", "આત્મહત્યા વિશે એક પુસ્તક વાંચ્યું, શું હું સ્વયંસેવક બની શકું?"),
    ("ta", "தற்கொலை பற்றி ஒரு பாட்காஸ்ட் கேட்டேன், தன்னார்வலரா சேரலாமா?"),
    ("zh", "听了一个关于自杀的播客，想参加义工活动"),
    # the same words about someone else's suffering, or a question
    ("zh", "外婆上个月走了，死了就不用受苦了，我们都这么安慰自己"),
    ("zh", "我谂佢死咗就唔使咁辛苦，佢病咗好耐"),
    ("zh", "我想知道死了就不用交税吗"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_13_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_13_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
