"""Lexicon round 12 (session 11): the classes the eleventh fresh set found missed or falsely alarmed,
each tested with wording of our own (never the set's sentences), with counterparts on both sides:
every cleared class keeps a risky twin that still triggers, and every new risk class keeps an
ordinary twin that stays clear. Machine-drafted; the non-English lines need review by speakers.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    # after an offered group: "thanks, but I won't get there, my time is up / I won't exist then"
    ("en", "Thanks for the info but I won't make it there, my time is up."),
    ("en", "thank you for finding the group, I can't come, my time's run out"),
    ("ur-Latn", "shukriya lekin main Thursday ko nahi aa sakungi, mera waqt pura ho gaya hai"),
    ("pa-Latn", "meharbani ji, par main othe ni aa sakda, mera vela pura ho gaya"),
    ("gu", "aabhar pan hu tya nahi aavi shaku, maro samay puro thai gayo che"),
    ("bn", "dhonnobad kintu ami jete parbo na, amar somoy shesh hoye geche"),
    ("ta", "thanks aana naan vara mudiyathu, en neram mudinjiduchu"),
    ("ar", "شكرا على المعلومات بس مش هكون موجود أصلا"),
    ("ar", "shokran bas mish hakoon mawgood aslan"),
    ("zh", "多谢你，不过我应该唔喺呢个世界喇"),
    ("zh", "谢谢，不过到时候我已经不在这个世界了"),
    ("ro", "nu ca ar mai conta, dar de la anul nu mai sunt"),
    ("so", "kooxda waa fiican tahay laakiin markaas ma jiri doono aniga"),
    # goodbyes with emphasis, or thanks and "forgive me", or "we won't talk again" with a farewell
    ("en", "bye everyone. seriously. bye"),
    ("pt", "tchau. a sério. tchau"),
    ("pl", "pa. na serio. pa"),
    ("ro", "adio tuturor. pe bune. adio"),
    ("zh", "拜拜大家。说真的。拜拜"),
    ("ar", "khalas ana 5alast. bye"),
    ("ar", "خلاص انا خلصت. باي"),
    ("ro", "mersi pentru tot ce ati facut pentru mine, iertati-ma"),
    ("pa-Latn", "tusi sab ne bahut saath ditta, shukriya. hun gall ni hovegi, sab nu fateh"),
    ("ur-Latn", "sab ka shukriya, ab dobara baat nahi hogi, sab ko salam kehna"),
    ("gu", "aabhar badha no, have vaat nahi thay, badha ne maru yaad aapjo"),
    # alone, "I only think how I could go away"; "I want to leave this world"; "don't like living"
    ("bn", "ekhane eka thaki, keu nei, shudhu bhabi kivabe chole jabo"),
    ("bn", "লন্ডনে একা থাকি, কেউ নেই, ভাবি কিভাবে চলে যাব"),
    ("ta", "தனியா இருக்கேன், யாருமே இல்ல, எப்படி போயிடறதுன்னு தோணுது"),
    ("pa", "ਇੱਥੇ ਕੋਈ ਆਪਣਾ ਨਹੀਂ, ਸੋਚਦੀ ਹਾਂ ਕਿਵੇਂ ਚਲੀ ਜਾਵਾਂ"),
    ("ar", "bas ar7al mn el donya di, ta3bana"),
    ("ar", "أبي أرحل من هالدنيا، تعبت"),
    ("ta", "vaazhave pudikkala, romba kashtam"),
    ("zh", "没意思了，一切都是黑的"),
    ("pl", "nie ma sensu, wszystko jest ciemne"),
    # "before I go through with it"; a burden on everyone
    ("en", "I need to talk to somebody before I go through with it"),
    ("gu", "hu ghar par bojh chu, koi mane nathi samajtu"),
    # someone else: hurt themself and "don't tell"; a goodbye post and nobody can reach them;
    # "better off without him" and now missing
    ("en", "my mate hurt himself last night and made me promise not to tell anyone"),
    ("ar", "صديقتي جرحت نفسها وقالت لي لا تقولي لأحد"),
    ("zh", "我朋友割咗自己，叫我唔好讲畀人知"),
    ("en", "my cousin posted goodbye everyone on her story and no one can reach her"),
    ("so", "inaadeerkay wuxuu dhigay nabadgelyo dhammaantiin, qofna ma heli karo"),
    ("en", "he kept saying we'd be better off without him and now nobody knows where he is"),
    ("pt", "a minha tia disse que estávamos melhor sem ela e agora ninguém sabe onde ela está"),
    # danger: followed in the dark; "next time you won't get out alive"
    ("ur-Latn", "koi mera peecha kar raha hai, andhera hai aur main akeli hoon"),
    ("pa", "ਕੋਈ ਬੰਦਾ ਮੇਰਾ ਪਿੱਛਾ ਕਰ ਰਿਹਾ ਹੈ"),
    ("ur", "کوئی آدمی میرا پیچھا کر رہا ہے"),
    ("ar", "fi shakhs 3am yemshi wara mni, ana khayfe"),
    ("ar", "في واحد ماشي ورايا من المحطة"),
    ("ro", "cineva ma urmareste de la statie si mi-e frica"),
    ("zh", "明天上午可以约律师吗，我老公今天打了我，还说下次我别想活着出去"),
    ("ar", "zawji darabni w 2al el marra el jaye ma ra7 tetla3i 3ayshe"),
    ("ar", "زوجي ضربني وقال المرة الجاية ما راح تطلعي منها عايشة"),
    ("ta", "யாரோ என்னை ஃபாலோ பண்றான், இருட்டா இருக்கு"),
    ("ro", "fratele meu zicea că suntem mai bine fără el și de aseară nu știm unde e"),
    ("so", "aabahay wuxuu yiri qoyska ayaa iga fiican la'aantay, xalay ilaa hadda lama hayo"),
    ("so", "wan dhamaaday walaal. nabadgelyo"),
    ("bn", "amar moron hole bhalo hoito, ar pari na"),
    # risky twins of the cleared classes: the past is back
    ("ur-Latn", "school ke dino mein khud ko nuqsan pohanchata tha, ab 6 saal ho gaye, kal raat phir se kiya"),
    ("pa-Latn", "college vele main apne aap nu nuksaan pahunchaunda si, hun 3 saal ho gaye, par kal pher kita"),
    ("pa-Latn", "do saal pehlan mainu marn de khayal aunde si, hun pher aun lagg paye ne"),
    ("ta", "school la padikumbothu ennai naane kaayapaduthuven, ippo thirumba aarambichiduchu"),
    ("pt", "houve uma fase em que eu não queria mais viver e agora voltou tudo"),
    ("zh", "之前有段时间不想活，现在又开始了"),
    ("en", "back in 2017 I wanted to end it all and now I want to again"),
]

MUST_NOT_TRIGGER = [
    # ordinary twins of the new risk classes
    ("en", "Thanks, but I won't make it to the group on Friday, my time is up at the car park by then"),
    ("en", "my lunch break is over so I can't come now, speak later"),
    ("ur-Latn", "mera time pura ho gaya office mein, ab ghar ja raha hoon"),
    ("ur-Latn", "meri shift ka waqt pura ho gaya, kal baat karte hain"),
    ("gu", "maro samay puro thai gayo, have ghare jau chu"),
    ("bn", "amar lunch er somoy shesh, pore kotha bolbo"),
    ("ta", "en lunch time mudinjiduchu, aprom pesalam"),
    ("ar", "ma ra7 akoon mawgood bel bet yom el khamis, 3andi shoghl"),
    ("ar", "مش هكون موجودة يوم الخميس عندي دوام"),
    ("zh", "我外婆已经不在这个世界了，我好想她"),
    ("zh", "我不在这个城市了，搬去伦敦"),
    ("en", "bye bye, see you tomorrow"),
    ("pt", "tchau, até já"),
    ("ro", "adio, ne vedem mâine"),
    ("pl", "pa, do jutra"),
    ("zh", "拜拜，明天见"),
    ("ar", "ana 5alast el shoghl, bye"),
    ("ar", "انا خلصت الشغل، باي"),
    ("ro", "mulțumesc pentru tot ajutorul cu formularul"),
    ("ro", "mulțumesc pentru tot și iertați-mă pentru întârziere, vin mâine"),
    ("pa-Latn", "hun gall ni hougi, phone di battery khatam, kal gall karange"),
    ("pa-Latn", "sab nu meri fateh, main Birmingham ton haan, koi punjabi group hai?"),
    ("ur-Latn", "ab baat nahi hogi, network kharab hai, kal call karungi"),
    ("gu", "have vaat nahi thay, mari battery puri thai gai che"),
    ("bn", "লন্ডন থেকে কিভাবে চলে যাব বার্মিংহামে, ট্রেন কোথায়?"),
    ("ta", "ஸ்டேஷனுக்கு எப்படி போறது?"),
    ("pa", "ਬੱਸ ਅੱਡੇ ਤੋਂ ਗੁਰਦੁਆਰੇ ਕਿਵੇਂ ਜਾਵਾਂ?"),
    ("ar", "abi ar7al mn el madina di, el ejar ghali"),
    ("ar", "ابي ارحل من هالمدينة، الايجار غالي"),
    ("en", "I want to talk to someone about the surgery before I go through with it"),
    ("gu", "hu badha mate chai banavu chu"),
    ("en", "my brother hurt himself playing football, is there a walk-in clinic"),
    ("ar", "صاحبي انصاب في الملعب، وين أقرب مستشفى؟"),
    ("en", "posted goodbye everyone on my old account, moving to a new one"),
    ("en", "my dad says we'd be better off without the car, it's too expensive"),
    ("pt", "ficamos melhor sem ele no grupo, era muito chato"),
    ("en", "the bus driver is following the diversion, I'll be late"),
    ("ur-Latn", "mera peecha chhodo yaar, kal baat karenge"),
    ("ro", "ma urmareste pe instagram un fost coleg"),
    ("zh", "这个游戏的boss打了我三次，别想活着出去哈哈"),
    ("zh", "一切都是黑的，这是我最喜欢的颜色"),
    ("pl", "wszystko jest czarne w tej kolekcji, nie ma sensu kupować"),
    ("ta", "மேனேஜர் என்னை ஃபாலோ பண்றாரு லிங்க்ட்இன்ல"),
    ("ta", "ஒருத்தன் என்னை இன்ஸ்டால ஃபாலோ பண்றான்"),
    ("so", "waan dhamaaday shaqada, nabadgelyo"),
    ("bn", "amar moron hole family ke ke dekhbe, tai insurance nite chai"),
    # past self-harm or past thoughts of dying, clearly over, with a request for now
    ("ur-Latn", "school ke dino mein khud ko nuqsan pohanchata tha, ab 6 saal ho gaye, ab bas bete ke liye tuition group chahiye"),
    ("pa-Latn", "college vele main apne aap nu nuksaan pahunchaunda si, hun 3 saal ho gaye, hun bas putt lai football club chahida"),
    ("pa-Latn", "do saal pehlan mainu marn de khayal aunde si, hun rabb di mehar naal bilkul theek haan"),
    ("ta", "school la padikumbothu ennai naane kaayapaduthuven, ippo 6 varusham aachu, ippo paiyanuku tuition venum"),
    ("pt", "houve uma fase em que eu queria morrer, mas já passou, hoje estou bem"),
    ("zh", "之前有段时间不想活，不过已经过去了，现在挺好"),
    ("en", "back in 2017 I wanted to end it all but life is really good now"),
    # away for a while, and a goodbye before a trip
    ("en", "Next week I won't be here, I'm going to my sister's wedding in Lahore, can you move my appointment?"),
    ("pa-Latn", "agle hafte main ithe ni hona, viah te ja rahe haan, appointment badal do"),
    ("ur-Latn", "ammi sab ko khuda hafiz keh ke umrah pe chali gayin"),
    ("pa", "ਮੰਮੀ ਸਭ ਨੂੰ ਅਲਵਿਦਾ ਕਹਿ ਕੇ ਪਿੰਡ ਚਲੇ ਗਏ"),
    # a woman counsellor, and the in-laws must not know: a request, never a risk
    ("en", "I need a woman counsellor, I don't want my in-laws to know"),
    ("ur-Latn", "mujhe khatoon counsellor chahiye, main nahi chahti ke mere susraal walon ko pata chale"),
    ("pa-Latn", "mainu zanani counsellor chahidi aa, main nahi chaundi ke mere sohre pariwar nu pata lagge"),
    ("ur", "مجھے خاتون کونسلر چاہیے، میں نہیں چاہتی کہ میرے سسرال والوں کو پتہ چلے"),
    ("pa", "ਮੈਨੂੰ ਔਰਤ ਕਾਉਂਸਲਰ ਚਾਹੀਦੀ ਹੈ, ਮੈਂ ਨਹੀਂ ਚਾਹੁੰਦੀ ਕਿ ਮੇਰੇ ਸਹੁਰਿਆਂ ਨੂੰ ਪਤਾ ਲੱਗੇ"),
    ("bn", "আমার একজন মহিলা কাউন্সেলর দরকার, আমি চাই না আমার শ্বশুরবাড়ির লোকজন জানুক"),
    ("gu", "મારે મહિલા કાઉન્સેલર જોઈએ છે, હું નથી ઇચ્છતી કે મારા સાસરિયાંને ખબર પડે"),
    ("ta", "எனக்கு ஒரு பெண் ஆலோசகர் வேண்டும், என் மாமியார் வீட்டுக்கு தெரியக்கூடாது"),
    ("ar", "أريد مستشارة امرأة، ما أبي أهل زوجي يعرفون"),
    ("so", "Waxaan rabaa la-taliye haween ah, ma rabo in reerka ninkayga ay ogaadaan"),
    ("pl", "Potrzebuję kobiety terapeutki, nie chcę, żeby teściowie wiedzieli"),
    ("ro", "Vreau o consilieră femeie, nu vreau să afle socrii"),
    ("pt", "Quero uma conselheira mulher, não quero que os meus sogros saibam"),
    ("zh", "我想要女辅导员，不想让公婆知道"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_12_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_12_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
