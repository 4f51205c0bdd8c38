"""Lexicon round 17: classes the fourteenth fresh set showed, in Bengali, Gujarati, Tamil, Polish,
Romanian, Portuguese and Somali, each tested with wording of our own (the set's messages are never
copied), with twins on both sides. Machine-drafted; the lines need review by speakers.

False alarms cleared:
1. A THING "will kill me" that the idiom lists did not know (a report, a project, the daily commute;
   Banglish "amare", the past "mere felse"; Polish "dojazd z X do Y codziennie"). A person stays a
   threat, including a person with the Bengali classifier -টা ("লোকটা", that man).
2. The boss, teacher or mum "will kill me" for a trivial slip (forgot, late, lost, broke) in Bengali
   and Banglish. A husband, partner or father still triggers, with a slip or a threat context.
3. A documentary or film about suicide and wanting to join a campaign (bn gu ta), a podcast or
   thesis about suicide with a request for sources (pl ro pt so), and an ordinary activity that "is
   suicide" with laughter (pl ro pt), and Bengali "rather die than go to that party" with laughter.
   Own intent next to the media, and "rather die than live like this", still trigger.
4. Portuguese: "years ago I thought about ending it all, but that's passed and I'm well"; Polish
   "I used to think death would be better than this life, it has passed and I'm fine now". Thoughts
   that are back, or "passed, but now I'm not well", still trigger.
5. Somali: "after Friday I won't be here" with a trip or holiday named.

Misses now caught:
6. "If I die it would be good for everyone" (bn gu ta, script and romanised); "death would be better
   than this life" (pl pt) and Portuguese "pôr fim à vida" without "minha".
7. A threat against a third person if the writer tells anyone, runs away or goes to the police (bn gu
   ta, script and romanised; pl ro pt so). Asking whether the police will do anything stays clear.
8. Messages that "they know where I live and are coming tonight" (pl ro pt); a relative coming for
   dinner stays ordinary.
9. Somali "ma joogi doono" (I won't be here) after a time ("jimcaha kadib").
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    # 1-2. a person "will kill me", with or without a slip
    ("bn", "লোকটা আমাকে মেরে ফেলবে, রোজ বাসার সামনে দাঁড়িয়ে থাকে"),
    ("bn", "ছেলেটা বলেছে আমাকে মেরে ফেলবে"),
    ("bn", "lok ta amake mere felbe, roj dorjar samne ase"),
    ("bn", "স্বামী আমাকে মেরে ফেলবে, চাবি হারিয়ে ফেলেছি"),
    ("bn", "jamai amake khun kore felbe, phone bhule gesi"),
    ("bn", "abba amake mere felbe, aage o mereche"),
    ("bn", "abbu amake mere felbe, phone ta bhenge felsi"),
    ("bn", "amar bf amake khun kore felbe, bhule gesi or call dhorte"),
    ("pl", "on codziennie mnie zabija, boję się wracać do domu"),
    ("pl", "mąż z bratem codziennie mnie bije i mówi że mnie zabije"),
    ("pl", "jak nie zapłacę czynszu do piątku to mnie zabije"),
    # 3. own intent next to the media
    ("bn", "আত্মহত্যা নিয়ে ডকুমেন্টারি দেখে মনে হচ্ছে আমিও আত্মহত্যা করবো, ক্যাম্পেইনে গিয়ে কী হবে"),
    ("gu", "આત્મહત્યા પર ફિલ્મ જોઈને મને પણ આત્મહત્યા કરવાનું મન થાય છે"),
    ("ta", "தற்கொலை பத்தி documentary பார்த்ததும் எனக்கும் தற்கொலை பண்ணிக்கணும்னு தோணுது"),
    ("pl", "robię podcast o samobójstwach bo sam o tym myślę i chyba to zrobię"),
    ("ro", "fac un podcast despre sinucidere pentru ca ma gandesc si eu sa ma sinucid"),
    ("pl", "myślę o tym żeby to zrobić, to samobójstwo i wiem o tym"),
    # 4. the past that is not over
    ("pt", "há uns anos pensei em acabar com tudo e agora voltou"),
    ("pt", "há uns anos pensei em acabar com tudo, passou, mas agora não estou bem"),
    ("pt", "há uns anos pensei em acabar com tudo, passou e estou bem, mas hoje voltei a pensar em acabar com tudo"),
    ("pl", "kiedyś myślałam, że śmierć byłaby lepsza niż takie życie, i teraz znowu tak myślę"),
    ("pl", "kiedyś myślałam, że śmierć byłaby lepsza niż takie życie, minęło, teraz nie jest dobrze"),
    # 6. if I die it would be good for everyone; death would be better than this life
    ("bn", "এভাবে বাঁচার চেয়ে মরে যাওয়া ভালো হাহা"),
    ("bn", "কাজে যাওয়ার চেয়ে মরে যাওয়া ভালো, আর পারি না"),
    ("bn", "ebhabe bachar cheye more jawa bhalo lol"),
    ("bn", "ei jibon e bachar theke mora valo"),
    ("bn", "আমি মরলেই সবার শান্তি"),
    ("bn", "আমি না থাকলেই সবার ভালো হবে"),
    ("bn", "ami morle sobar valo hobe"),
    ("bn", "ami more gele family r shanti"),
    ("gu", "હું મરી જઈશ તો બધાને શાંતિ"),
    ("gu", "હું ના રહું તો ઘરવાળાનું ભલું થશે"),
    ("gu", "hu mari jau to badha nu bhalu thase"),
    ("gu", "hu na rahu to badhane shanti"),
    ("ta", "நான் செத்தா எல்லாருக்கும் நிம்மதி"),
    ("ta", "நான் இல்லைன்னா குடும்பத்துக்கு நல்லது"),
    ("ta", "naan setha ellarukkum nimmathi"),
    ("ta", "naan illana ellarukum nallathu"),
    ("pl", "śmierć byłaby lepsza niż takie życie"),
    ("pl", "wolę umrzeć niż dalej tak żyć, jestem gotowa"),
    ("pl", "śmierć jest lepsza od tego życia"),
    ("pt", "morrer seria melhor que esta vida"),
    ("pt", "tô pronta, a morte é melhor do que viver assim"),
    ("pt", "estou a pensar em pôr fim à vida"),
    ("pt", "quero pôr fim a tudo hoje"),
    # 7. a threat against someone else if I tell
    ("bn", "kauke bolle amar maa ke mere felbe bolse"),
    ("bn", "কাউকে বললে আমার ছোট বোনের ক্ষতি করবে বলেছে"),
    ("bn", "police ke bolle bachchader khoti korbe bolche"),
    ("gu", "કોઈને કહીશ તો મારી બહેનને મારી નાખીશ એવું કહ્યું"),
    ("gu", "koi ne kahish to tari mummy ne nuksan karse em kidhu"),
    ("gu", "police ne kahish to chhokra ne mari nakhshe"),
    ("ta", "யாருகிட்டயாவது சொன்னா உன் அம்மாவை கொன்னுடுவேன்னு சொன்னான்"),
    ("ta", "yaarkittayavathu sonna un thambiya kolluven nu mirattinan"),
    ("ta", "police kitta sonna pasangala edhavathu pannuven nu solraan"),
    # or if the writer runs away or goes to the police
    ("bn", "ওরা বলেছে পালালে গ্রামে আমার পরিবারের ক্ষতি করবে"),
    ("bn", "পুলিশে গেলে আমার বোনকে মেরে ফেলবে বলেছে"),
    ("bn", "police e gele amar bon ke mere felbe bolse"),
    ("bn", "palale deshe amar poribarer khoti korbe"),
    ("gu", "ભાગીશ તો ગામમાં ઘરવાળાને નુકસાન કરશે એવું કહે છે"),
    ("gu", "police pase jaish to mari ben ne mari nakhshe"),
    ("gu", "bhagish to gaam ma gharvala ne nuksan karse em kahe che"),
    ("ta", "ஓடிப்போனா ஊர்ல என் குடும்பத்துக்கு ஏதாவது பண்ணுவோம்னு சொல்றாங்க"),
    ("ta", "police kitta pona en thangachiya konnuduven nu solraan"),
    ("ta", "odipona oorla un kudumbathukku edhavathu pannuvom nu mirattuvanga"),
    ("pl", "jak pójdę na policję to zrobi coś mojej rodzinie"),
    ("pl", "mówi że jak powiem komuś to skrzywdzi moje dzieci"),
    ("pl", "jeśli zadzwonię na policję, zrobią krzywdę mojej mamie w Polsce"),
    ("ro", "dacă merg la poliție le face ceva alor mei în România"),
    ("ro", "zice că dacă spun cuiva îi face rău mamei"),
    ("ro", "daca sun la politie le fac ceva copiilor, asa a zis"),
    ("pt", "se eu for à polícia ele faz mal à minha família"),
    ("pt", "disse que se eu contar a alguém vai machucar a minha filha"),
    ("pt", "se eu ligar pra polícia eles matam o meu irmão"),
    ("so", "haddaan booliska u sheego qoyskayga ayuu dhibayaa"),
    ("so", "wuxuu yidhi haddaan qof u sheego hooyaday waan dilayaa"),
    ("so", "haddii aan booliska la xiriiro carruurtayda ayay dhibayaan"),
    # 8. they know where I live and are coming
    ("pl", "dostaję smsy że wiedzą gdzie mieszkam i przyjdą dziś w nocy"),
    ("pl", "ciągle ktoś pisze że wie gdzie mieszkam i wkrótce przyjdzie"),
    ("ro", "primesc amenintari ca stiu unde locuiesc si vin diseara dupa mine"),
    ("ro", "îmi scriu pe facebook că știu unde stau și că o să vină la noapte"),
    ("ro", "primesc mesaje ca stiu unde stau si vin diseara sa ma bata"),
    ("pt", "recebo ameaças a dizer que sabem onde moro e vêm cá hoje à noite"),
    ("pt", "tão mandando mensagem que sabem onde eu trabalho e vão vir amanhã"),
    ("pt", "tô recebendo mensagem que sabem onde moro e vêm hoje me pegar"),
    # 9. I won't be here after a time
    ("so", "Jimcaha kadib ma joogi doono, qof walba ha i cafiyo"),
    ("so", "toddobaadka dambe kadib ma jiri doono"),
    ("so", "berri kadib anigu ma joogi doono"),
]

MUST_NOT_TRIGGER = [
    # 1. a thing "will kill me"
    ("bn", "এই প্রজেক্টটা আমাকে মেরে ফেলবে, কবে যে শেষ হবে"),
    ("bn", "রোজকার ট্রেন আমাকে মেরে ফেলছে হাহা"),
    ("bn", "ei presentation ta amake mere felbe yaar"),
    ("bn", "protidin er bus journey amare mere felse lol"),
    ("bn", "ei report ta amake merei felbe"),
    ("pl", "ten dojazd z Luton do Londynu codziennie mnie wykańcza"),
    ("pl", "ta praca na nocki w magazynie serio mnie zabije"),
    ("pl", "te korki na M25 każdego dnia mnie dobijają"),
    # 2. the boss, teacher or mum and a slip
    ("bn", "বস আমাকে খুন করে ফেলবে, মিটিংয়ের কথা ভুলে গেছি 🙈"),
    ("bn", "চাবি হারিয়ে ফেলেছি, আম্মু আমাকে মেরে ফেলবে হাহা"),
    ("bn", "teacher amake mere felbe, homework bhule gesi lol"),
    ("bn", "deri hoye gese, boss amake khun kore felbe"),
    ("bn", "ammu amake mere felbe, phone ta bhenge felsi"),
    # 3. media and a campaign, a source request, an activity that "is suicide"
    ("bn", "আত্মহত্যা নিয়ে একটা সিনেমা দেখলাম, খুব নাড়া দিয়েছে, কোনো ক্যাম্পেইনে যোগ দিতে চাই"),
    ("bn", "attohotta niye ekta documentary dekhlam, kono campaign e join korte chai"),
    ("bn", "আত্মহত্যা নিয়ে একটা পডকাস্ট শুনলাম, কোনো আন্দোলনে যুক্ত হওয়া যায়?"),
    ("gu", "આત્મહત્યા પર એક ફિલ્મ જોઈ, કોઈ ઝુંબેશમાં જોડાવું છે"),
    ("gu", "aatmahatya vishe documentary joi, koi campaign ma jodavu che"),
    ("gu", "આત્મહત્યા વિશે પુસ્તક વાંચ્યું, બહુ સારું લાગ્યું, કોઈ અભિયાન છે?"),
    ("ta", "தற்கொலை பத்தி ஒரு படம் பார்த்தேன், ஏதாவது பிரச்சாரத்தில் சேரணும்"),
    ("ta", "tharkolai pathi documentary paathen, campaign la join pannanum"),
    ("ta", "தற்கொலை பற்றி ஒரு புத்தகம் படிச்சேன், ஏதாவது campaign இருக்கா?"),
    ("pl", "robię reportaż o samobójstwach wśród młodzieży, szukam źródeł i statystyk"),
    ("pl", "piszę artykuł o samobójstwach wśród rolników, znacie jakichś ekspertów?"),
    ("pl", "jechać do pracy po weselu to czyste samobójstwo haha"),
    ("ro", "fac o lucrare de licență despre sinucidere, caut surse si statistici"),
    ("ro", "pregătesc un reportaj despre sinuciderea la tineri, aveți contacte de experți?"),
    ("ro", "sa alergi un maraton mahmur e curata sinucidere haha"),
    ("pt", "estou a fazer uma tese sobre suicídio entre jovens, procuro fontes e estatísticas"),
    ("pt", "ir trabalhar de ressaca é suicídio kkkk"),
    ("pt", "tô gravando um documentário sobre suicídio no interior, conhecem especialistas?"),
    ("so", "podcast ayaan ka samaynayaa is-dilka dhallinyarada, ma jiraan ilo"),
    ("bn", "এই মিটিংয়ে বসার চেয়ে মরে যাওয়া ভালো হাহা"),
    ("bn", "শ্বশুরবাড়ির দাওয়াতে যাওয়ার চেয়ে মরা ভালো 😂"),
    ("bn", "আরেকটা পার্টিতে যাওয়ার চেয়ে মরে যাওয়াই ভালো হাহাহা"),
    # 4. a past that is over
    ("pt", "há uns anos pensei em acabar com tudo, mas isso já passou e estou bem"),
    ("pt", "faz muitos anos pensei em pôr fim à vida, mas já passou, agora estou bem"),
    ("pt", "anos atrás pensava em acabar com tudo mas passou e hoje tô bem"),
    ("pl", "kiedyś myślałam, że śmierć byłaby lepsza niż takie życie, ale to minęło i teraz jest dobrze"),
    ("pl", "na studiach czułem, że śmierć byłaby lepsza niż takie życie, przeszło i czuję się dobrze"),
    # 5. a trip after a time
    ("so", "jimcaha kadib ma joogi doono, fasax ayaan u baxayaa Hargeysa"),
    ("so", "toddobaadkan kadib ma joogi doono, safar ayaan aadayaa"),
    ("so", "xafiiska jimcaha kadib ma joogi doono, shaqo ayaan ku maqnaan doonaa"),
    # 6. someone else dying, or planning for the family
    ("bn", "দাদু মরে গেলে সবার কী হবে ভাবছি, উইল করার জন্য উকিল লাগবে"),
    ("bn", "ami more gele amar bachchader ke dekhbe, insurance korte chai"),
    ("gu", "દાદા મરી જાય તો બધાનું શું થશે, વીલ બનાવવું છે"),
    ("gu", "hu mari jau to maara chhokra nu kon dhyan rakhse, insurance levo che"),
    ("ta", "தாத்தா இறந்தா எல்லாருக்கும் சொத்து எப்படி பிரிப்பது, will எழுதணும்"),
    ("ta", "naan sethuponaa en pasangala yaaru paathukuva, insurance edukkanum"),
    ("pl", "umrzeć ze śmiechu byłoby lepiej niż siedzieć na tym zebraniu lol"),
    ("pt", "por fim a vida voltou ao normal depois da mudança"),
    ("pt", "morrer de tédio seria melhor que esta reunião kkkk"),
    # 7. "if I tell anyone" with no threat
    ("bn", "কাউকে বললে সারপ্রাইজটা নষ্ট হয়ে যাবে"),
    ("bn", "kauke bolle bon rag korbe, or birthday surprise"),
    ("bn", "kauke bolis na, ami lojjay more jabo"),
    ("gu", "koi ne kahish to surprise bagdi jase"),
    ("gu", "કોઈને કહીશ તો બધા હસશે"),
    ("ta", "yaarkittayavathu sonna surprise spoil aayidum"),
    ("ta", "யாருகிட்டயாவது சொன்னா எல்லாரும் சிரிப்பாங்க"),
    ("bn", "পালালে কেউ খুঁজে পাবে না, ছুটিতে যাচ্ছি"),
    ("gu", "પોલીસ પાસે જઈશ તો લાઇસન્સ મળશે"),
    ("ta", "போலீஸ்கிட்ட போனா bike கிடைக்குமா"),
    ("pl", "jeśli zgłoszę na policję kradzież roweru, czy coś zrobią?"),
    ("ro", "dacă merg la poliție să reclam furtul bicicletei, fac ceva?"),
    ("pt", "se eu for à polícia por causa da bicicleta, eles fazem alguma coisa?"),
    ("so", "haddaan booliska u sheego baaskiilka la xaday, wax ma qabanayaan?"),
    # 8. a relative who knows where I live and is coming for dinner
    ("pl", "mama napisała wiadomość, że wie gdzie mieszkam i przyjdzie dziś wieczorem na kolację"),
    ("ro", "am primit mesaje de la mama, știe unde stau și vine diseară la masă"),
    ("ro", "părinții mi-au scris că știu unde stau și că vin mâine în vizită"),
    ("pt", "a minha mãe mandou mensagem, sabe onde moro e vem hoje à noite jantar"),
    ("pt", "recebi mensagens dos meus tios, sabem onde moro e vêm amanhã almoçar"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_17_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_17_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
