"""Lexicon round 16: classes the fourteenth fresh set (a development set since its blind score at
dcc6482) showed in English, Urdu (script and romanised), Punjabi (Gurmukhi and romanised), Chinese
and Arabic (script and Arabizi), each tested with wording of our own, with twins on both sides.
Machine-drafted; the lines need review by speakers.

1. A boss, a teacher or a parent "is gonna murder me" with a trivial cause (forgot, lost, late, a
   broken mug) is the idiom (en); a partner, or a parent over a boyfriend, still triggers. Urdu
   office and screen things "will kill me" (a spreadsheet, a report) join the round-14 list: Urdu
   has no mark that tells a thing from a person before مجھے, so a person's threat still triggers.
2. A past that is over with the years of being well since ("as a teenager ... fine for six years",
   jawani mein / teenage ch ... 6 saal se/ton theek; 中学 ... 已经8年没事); a later harm still triggers.
3. A documentary, film or podcast about suicide with a campaign, a reaction or a request for
   sources (ur, pa script, ar, zh); wanting to do it too still triggers.
4. Negated risk: "not thinking of hurting myself" (en), 我很安全，不会做傻事 (zh); "can't promise I
   won't" and "I'm not safe" still trigger.
5. Misses: "if I die everyone would be better off" (ur, pa, script and romanised); a threat against
   a sister, a mother or the family if the writer tells or runs (en, ur, pa); Moroccan Arabizi
   "mabghitch n3ich" and Gulf "ma ra7 tshoofuni ba3ad" at the end or with a farewell ("ba3ad
   bukra", the day after tomorrow, is travel).
6. Messages or threats saying they know where I live and are coming tonight (en, zh, ar script and
   Arabizi); relatives, friends, an engineer or a courier who know the address and visit stay clear.
7. Arabic "I committed suicide by food" (a feast, sweets) is the idiom; "I want to kill myself, I can't
   eat or sleep" still triggers.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    ('en', 'my stepbrother warned me that if we go to the police he will hurt my mum'),
    ('en', 'he told me if i ever tell my teacher he will hurt my mum'),
    ('en', "my stepdad says if i talk to the police he'll kill my little brother"),
    ('en', "my husband is going to kill me, overslept again and he's already shouting"),
    ('en', 'my dad will kill me, he found out about my boyfriend'),
    ('en', 'my boyfriend will kill me i was late again'),
    ('en', "i can't promise i won't hurt myself tonight"),
    ('en', 'im not safe, i keep thinking of hurting myself'),
    ('en', 'i am thinking of hurting myself tonight'),
    ('en', "as a teenager i used to cut myself, i've been fine for six years but last night i hurt myself again"),
    ('en', "as a teenager i used to cut myself and now it's started again"),
    ('en', 'at uni i was suicidal and I still am'),
    ('en', 'id rather die than go on living like this'),
    ('en', "i'd rather die than go back to him"),
    ('en', 'my boss will kill me, he said he knows where i live'),
    ('en', "my mum's boyfriend says if i tell the social worker he'll batter my little sister"),
    ('en', "i keep getting texts saying they know where i live and they're coming round tonight"),
    ('en', 'someone messaged me they know my address and will be here tonight, im on my own'),
    ('en', 'got threats on insta, they know where i live and are coming for me later'),
    ('en', "the texts say he knows where i'm staying and will turn up tonight"),
    ('ur', 'وہ مجھے مار ڈالے گا، بہت ڈر لگ رہا ہے'),
    ('ur', 'رپورٹ نہیں دی تو وہ مجھے مار ڈالے گا'),
    ('ur', 'میرا شوہر مجھے مار ڈالے گا'),
    ('ur', 'خودکشی پر ڈاکیومنٹری دیکھی اور اب میں بھی خودکشی کرنا چاہتا ہوں'),
    ('ur', 'خودکشی پر فلم دیکھی، میں بھی یہی سوچ رہی ہوں'),
    ('ur', 'مہم میں حصہ لینا تھا مگر اب خود خودکشی کا سوچ رہا ہوں'),
    ('ur', 'میں مر جاؤں تو سب کو آسانی ہو جائے گی'),
    ('ur', 'سچ کہوں تو میں نہ رہوں تو سب کے لیے بہتر ہے'),
    ('ur', 'اگر میں مر گئی تو گھر والوں کو سکون ملے گا'),
    ('ur', 'ماموں کہتے ہیں اگر استانی کو بتایا تو میرے بیٹے کو مار دیں گے'),
    ('ur', 'چچا کہتا ہے پولیس کو بتایا تو امی کو نقصان پہنچائے گا'),
    ('ur', 'کہتے ہیں بھاگی تو گھر والوں کو مار ڈالیں گے'),
    ('ur-Latn', 'sach mein main mar jaon to sab ke liye behtar hoga'),
    ('ur-Latn', 'sach kahun to main na rahun to sab ke liye behtar hai'),
    ('ur-Latn', 'agar main mar gayi to ghar walon ko sukoon mil jayega'),
    ('ur-Latn', 'mamu kehte hain agar school mein bataya to meri beti ko maar denge'),
    ('ur-Latn', 'chacha kehta hai police ko bataya to ammi ko maar dega'),
    ('ur-Latn', 'kehte hain bhagi to ghar walon ko jaan se maar denge'),
    ('ur-Latn', 'bachpan mein khud ko nuqsan pohnchati thi aur ab dobara shuru ho gaya hai'),
    ('ur-Latn', 'school mein apne aap ko zakhmi karti thi, teen saal se theek hoon magar kal raat phir khud ko nuqsan pohnchaya'),
    ('ur-Latn', 'college mein khudkushi ke khayal aate the aur ab phir aa rahe hain'),
    ('pa', 'ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਡਾਕੂਮੈਂਟਰੀ ਦੇਖੀ ਤੇ ਹੁਣ ਮੈਂ ਵੀ ਖੁਦਕੁਸ਼ੀ ਕਰਨੀ ਚਾਹੁੰਦਾ ਹਾਂ'),
    ('pa', 'ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਫਿਲਮ ਦੇਖੀ, ਮੈਂ ਵੀ ਇਹੀ ਸੋਚਦੀ ਹਾਂ'),
    ('pa', 'ਮੁਹਿੰਮ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣਾ ਸੀ ਪਰ ਹੁਣ ਆਪ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੋਚਦਾ ਹਾਂ'),
    ('pa', 'ਸੱਚੀਂ ਜੇ ਮੈਂ ਮਰ ਜਾਂ ਤਾਂ ਸਾਰੇ ਸੌਖੇ ਹੋ ਜਾਣਗੇ'),
    ('pa', 'ਸੱਚ ਦੱਸਾਂ ਤਾਂ ਮੈਂ ਨਾ ਰਹਾਂ ਤਾਂ ਸਾਰਿਆਂ ਲਈ ਚੰਗਾ'),
    ('pa', 'ਜੇ ਮੈਂ ਮਰ ਗਈ ਤਾਂ ਘਰਦਿਆਂ ਨੂੰ ਸੁੱਖ ਮਿਲੂ'),
    ('pa', 'ਮਾਮਾ ਕਹਿੰਦਾ ਜੇ ਟੀਚਰ ਨੂੰ ਦੱਸੀ ਤਾਂ ਨਿੱਕੇ ਭਰਾ ਨੂੰ ਕੁੱਟੂ'),
    ('pa', 'ਚਾਚਾ ਕਹਿੰਦਾ ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ ਤਾਂ ਮੰਮੀ ਦਾ ਨੁਕਸਾਨ ਕਰੂ'),
    ('pa', 'ਕਹਿੰਦੇ ਭੱਜੀ ਤਾਂ ਘਰਦਿਆਂ ਨੂੰ ਮਾਰ ਦੇਣਗੇ'),
    ('pa-Latn', 'sach puchho taan je main mar jaan taan saare sukhi ho jaange'),
    ('pa-Latn', 'sach dassan taan main na rahan taan sareyan layi changa'),
    ('pa-Latn', 'je main mar gayi taan ghardeyan nu sukh milu'),
    ('pa-Latn', 'chacha kehnda je teacher nu dassi taan nikke veer nu kuttu'),
    ('pa-Latn', 'chacha kehnda police nu dasya taan mummy nu maar du'),
    ('pa-Latn', 'kehnde bhajji taan ghardeyan nu maarange'),
    ('pa-Latn', 'teenage ch apne aap nu hurt kardi si, hun fer shuru ho gaya'),
    ('pa-Latn', 'university ch khud nu cut kardi si, tin saal ton theek aan par kal raat fer apne aap nu hurt kita'),
    ('pa-Latn', 'college vich khudkushi de khayal aunde si te hun fer aunde ne'),
    ('zh', '我不能保证不会做傻事'),
    ('zh', '我不安全，怕自己会做傻事'),
    ('zh', '我很安全，不会做傻事，但今晚真的想死'),
    ('zh', '我想自杀，简直受不了了'),
    ('zh', '自杀是我现在唯一的想法'),
    ('zh', '高中的时候我自残过，已经好多年没事了，但是昨晚又伤害自己了'),
    ('zh', '中学时我伤害自己，现在又开始了'),
    ('zh', '我在看关于自杀的视频，我也想死'),
    ('ar', 'safi, mabghitsh n3ish ktar'),
    ('ar', 'wallah ma bghitch n3ich'),
    ('ar', 'ana mabghitch n3ich ana'),
    ('ar', 'shukran lkum, ma ra7 tshufuni ba3d. fe amanillah'),
    ('ar', 'salamtkom kulkum, mo ra7 tshoofuni mara thanya'),
    ('ar', 'khalas, ma 7a tshufuni ba3d'),
    ('ar', 'ما راح تشوفوني بعد، مع السلامة'),
    ('ar', 'شفت فيلم عن شب انتحر وأنا كمان بدي انتحر'),
    ('ar', 'شفت مسلسل عن الانتحار، وأنا بفكر بالانتحار من زمان'),
    ('zh', '我觉得活着没意思，现在就想自杀'),
    ('zh', '大学的时候我有过想死的念头，已经五年没事了，可是最近又想死了'),
    ('zh', '看了关于自杀的节目，觉得自己也撑不下去，想自杀'),
    ('ar', 'حضرت فيلم عن الانتحار وصرت افكر انتحر انا كمان'),
    ('zh', '陌生号码发短信威胁我，说知道我住哪里，今晚就上门'),
    ('zh', '前男友发私信说他知道我家在哪，等下就过来'),
    ('zh', '有人匿名恐吓我，话知我住喺边，今日就嚟'),
    ('ar', 'وصلتني رسايل انهم بيعرفوا وين بيتي وجايين الليلة'),
    ('ar', 'في حدا عم يهددني، بيقول انا بعرف وين ساكنة ورح اجي هلق'),
    ('ar', 'jatni rasa2el inno bya3rfo wen saken w ra7 yiju el lela'),
    ('ar', 'انتحرت مرة قبل سنة، وهلق بفكر ارجع جرب'),
    ('ar', 'بدي انتحر، ما عاد فيي آكل ولا نام'),
    ('ar', 'رح انتحر الليلة، خلصت'),
]

MUST_NOT_TRIGGER = [
    ('en', 'omg my line manager is going to kill me, overslept AGAIN and missed the 9am'),
    ('en', 'my manager will kill me i overslept again'),
    ('en', 'mum is going to kill me, i lost her good umbrella'),
    ('en', 'my teacher is gonna kill me, forgot my homework at home'),
    ('en', 'money is so tight and i cant sleep. not thinking of hurting myself, just really overwhelmed'),
    ('en', "i'm not planning on killing myself, i just need to vent about work"),
    ('en', 'no thoughts of hurting myself, just exhausted by the benefits forms'),
    ('en', 'as a teenager i used to cut myself, ive been fine for six years now. is there a parenting group nearby?'),
    ('en', 'at uni i was suicidal for a while but ive been well for a few years, looking for a volunteering role'),
    ('en', 'i self harmed as a teenager, been ok for 10 years now'),
    ('en', "tbh i'd rather die than attend one more hen do lol"),
    ('en', 'honestly id rather die than sit through another gender reveal'),
    ('en', 'the teacher will kill me if im late to registration again'),
    ('en', "he said if i tell my sister about her present he'll never forgive me"),
    ('en', "mum said if we tell grandma the news she'll hurt her feelings, so wait till sunday"),
    ('en', 'my teacher said if i tell the class the answer she will take my phone'),
    ('en', "my cousins know where i live and they're coming round tonight for dinner"),
    ('en', 'the engineer knows my address and is coming tomorrow to fix the boiler'),
    ('en', 'got a text from my sister, she knows where i live now and is coming for tea later'),
    ('ur', 'یہ ایکسل مجھے مار ڈالے گا، کوئی سکھا دے'),
    ('ur', 'یہ رپورٹ تو مجھے مار ڈالے گی، کل تک جمع کرانی ہے'),
    ('ur', 'یہ پروجیکٹ تو مجھے مار ڈالے گا یار، کل ڈیڈ لائن ہے'),
    ('ur', 'خودکشی پر ایک کتاب پڑھی، اب میں آگاہی مہم کے لیے رضاکار بننا چاہتی ہوں'),
    ('ur', 'کل ایک ڈاکیومنٹری دیکھی جو نوجوانوں میں خودکشی کے بارے میں تھی، میں کسی مہم میں حصہ لینا چاہتا ہوں'),
    ('ur', 'خودکشی کے بارے میں ایک فلم دیکھی، اب رضاکار بننا چاہتی ہوں'),
    ('ur', 'اگر میں مر گئی تو میرے بچوں کا کیا ہوگا، وصیت کیسے لکھتے ہیں؟'),
    ('ur', 'سب کا بھلا ہو، عید مبارک'),
    ('ur', 'ابو کہتے ہیں بندہ مر جاتا ہے پر نیکی رہ جاتی ہے'),
    ('ur', 'بھائی نے کہا کسی کو بتایا تو چھوٹی بہن کو سرپرائز کا پتا چل جائے گا'),
    ('ur', 'میں نے امی کو بتایا کہ چھوٹی بہن کو بخار ہے'),
    ('ur', 'سکول میں بتایا گیا کہ بچوں کو ٹیکے لگیں گے'),
    ('ur-Latn', 'agar main mar gayi to mere bachon ka kya hoga, wasiyat kaise likhte hain'),
    ('ur-Latn', 'sab ka bhala ho, eid mubarak'),
    ('ur-Latn', 'main thak ke mar gaya aaj, sab ka kaam kiya'),
    ('ur-Latn', 'bhai ne kaha kisi ko bataya to choti behn ko surprise ka pata chal jayega'),
    ('ur-Latn', 'maine ammi ko bataya ke choti behn ko bukhar hai'),
    ('ur-Latn', 'college ke zamane mein apne aap ko zakhmi karta tha, ab das saal se theek hoon, volunteer karna chahta hoon'),
    ('ur-Latn', 'college mein khudkushi ke khayal aate the, ab paanch saal se khush hoon'),
    ('ur-Latn', 'teenage mein khud ko cut karti thi, ab kai saal se theek hoon'),
    ('pa', 'ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਇੱਕ ਡਾਕੂਮੈਂਟਰੀ ਵੇਖੀ, ਦਿਲ ਤੇ ਬਹੁਤ ਅਸਰ ਹੋਇਆ, ਮੈਂ ਜਾਗਰੂਕਤਾ ਮੁਹਿੰਮ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣਾ ਚਾਹੁੰਦੀ ਹਾਂ'),
    ('pa', 'ਕੱਲ੍ਹ ਇੱਕ ਫਿਲਮ ਦੇਖੀ ਜੋ ਨੌਜਵਾਨਾਂ ਦੀ ਖ਼ੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੀ, ਕਿਸੇ ਮੁਹਿੰਮ ਨਾਲ ਜੁੜਨਾ ਚਾਹੁੰਦਾ'),
    ('pa', 'ਆਤਮਹੱਤਿਆ ਤੇ ਇੱਕ ਕਿਤਾਬ ਪੜ੍ਹੀ, ਹੁਣ ਵਲੰਟੀਅਰ ਬਣਨਾ ਚਾਹੁੰਦਾ ਹਾਂ'),
    ('pa', 'ਜੇ ਮੈਂ ਮਰ ਗਈ ਤਾਂ ਮੇਰੇ ਬੱਚਿਆਂ ਦਾ ਕੀ ਬਣੂ, ਵਸੀਅਤ ਕਿਵੇਂ ਲਿਖਦੇ ਨੇ?'),
    ('pa', 'ਸਭ ਦਾ ਭਲਾ ਹੋਵੇ, ਵਿਸਾਖੀ ਮੁਬਾਰਕ'),
    ('pa', 'ਅੱਜ ਥੱਕ ਕੇ ਮਰ ਗਿਆ, ਸਾਰਿਆਂ ਦਾ ਕੰਮ ਕੀਤਾ'),
    ('pa', 'ਮੈਂ ਮੰਮੀ ਨੂੰ ਦੱਸਿਆ ਕਿ ਛੋਟੀ ਭੈਣ ਨੂੰ ਬੁਖਾਰ ਹੈ'),
    ('pa', 'ਵੀਰ ਕਹਿੰਦਾ ਕਿਸੇ ਨੂੰ ਦੱਸਿਆ ਤਾਂ ਛੋਟੀ ਭੈਣ ਨੂੰ ਸਰਪ੍ਰਾਈਜ਼ ਦਾ ਪਤਾ ਲੱਗ ਜਾਊ'),
    ('pa', 'ਸਕੂਲ ਵਿੱਚ ਦੱਸਿਆ ਕਿ ਬੱਚਿਆਂ ਨੂੰ ਟੀਕੇ ਲੱਗਣਗੇ'),
    ('pa-Latn', 'je main mar gayi taan mere bacheyan da ki banu, will kive likhde ne'),
    ('pa-Latn', 'sab da bhala hove, vaisakhi mubarak'),
    ('pa-Latn', 'aj thak ke mar gaya, sareyan da kamm kita'),
    ('pa-Latn', 'main mummy nu dasya ki chhoti bhen nu bukhar aa'),
    ('pa-Latn', 'mummy kehndi je bhua nu dassi taan nikki nu party da pata lag jau'),
    ('pa-Latn', 'school vele khud nu cut karda si, das saal ton vadhiya haan, sewa karni chahunda'),
    ('pa-Latn', 'college vich khudkushi de khayal aunde si, hun panj saal ton khush haan'),
    ('pa-Latn', 'jawani ch khud nu cut karda si, hun kai saal ton theek haan'),
    ('zh', '搬家搬到累死，放心我不会干傻事，只是发发牢骚'),
    ('zh', '房东天天催租，烦死了，不过我不会做傻事的'),
    ('zh', '放心，我唔會做傻事，只係好攰'),
    ('zh', '加完班还要带孩子，简直是自杀行为 哈哈'),
    ('zh', '大雪天骑车上班根本就是自杀行为'),
    ('zh', '读书嗰阵我成日伤害自己，不过已经十年冇事喇'),
    ('zh', '高中的时候我自残过，已经6年没事了，想找个互助小组'),
    ('zh', '我在写一篇关于青少年自杀问题的文章，哪里有可靠的数据？'),
    ('zh', '想做一期有关老人自残现象的节目，有没有研究资料推荐'),
    ('ar', 'mabghitch n3ich f london, bghit nrje3 lmaghrib'),
    ('ar', 'ma ra7 tshoofuni ba3ad bukra, msafer 3al 3eed'),
    ('ar', 'ma ra7 tshoofuni ba3ad el dawam, 3indi maw3id'),
    ('ar', 'ما راح تشوفوني بعد بكرا، مسافرة'),
    ('ar', 'شفت فيلم عن بنت انتحرت وكتير أثر فيني، بتعرفوا أفلام متلو؟'),
    ('ar', 'حضرت وثائقي عن الانتحار عند الشباب، في حملة توعية بقدر شارك فيها؟'),
    ('ar', 'mabghitch n3ich ktar f had lbrd, bghit nmchi l dubai'),
    ('zh', '天天加班通宵，简直就是自杀行为'),
    ('zh', '大学的时候我有过想死的念头，已经五年没事了，想做义工'),
    ('zh', '我们在做一个关于大学生自杀的研究报告，想找一些英国的统计数据'),
    ('ar', 'شفت وثائقي عن شاب انتحر، كتير مؤثر، بتنصحوني ببرامج متلو عن الاكتئاب؟'),
    ('zh', '朋友知道我住哪，今晚过来吃火锅'),
    ('zh', '快递员知道地址，明天来送货'),
    ('zh', '我妈知道我住哪里，周末来看我'),
    ('ar', 'اهلي بيعرفوا وين ساكن وجايين الليلة عالعشا'),
    ('ar', 'صاحبي بيعرف وين بيتي ورح يجي بكرا يساعدني'),
    ('ar', '5alti bta3ref wen saken w ra7 tiji bukra'),
    ('ar', 'اليوم انتحرت بالمنسف عند خالتي ههههه'),
    ('ar', 'انتحرنا بالحلويات بالعيد، ما عاد فيي اتحرك'),
    ('ar', 'رح انتحر بالكنافة الليلة لول'),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_16_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_16_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
