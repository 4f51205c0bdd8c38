"""Lexicon round 18: false-alarm classes the fifteenth fresh set (a development set since its blind
score at 145639c) showed, done in every language where the lexicon fired on our own lines. Wording of
our own, with twins on both sides. Machine-drafted; the lines need review by speakers.

1. A fright or stress (a Home Office, DWP or HMRC letter), then "but I'm not thinking of hurting
   myself" ending the message, is the reassurance (round 16 did English with "just ..." after it).
   Without the fright and the "but", with anything after the negation ("until today", "I'm going
   to do it tonight"), or "can't promise I won't", the match stands.
2. A podcast, series, novel or film about suicide (someone who lost a son or a brother to it, a
   novel read for a course) with a reaction, a request for something to read, or the course; wanting
   to do it too, or "I want to die" beside it, still triggers.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    ('en', "scared about the DWP letter but i'm not thinking of hurting myself, i'm going to do it"),
    ('en', "i'm scared and i can't promise i won't hurt myself"),
    ('ar', 'مش بفكر أأذي نفسي، رح اعملها الليلة'),
    ('ar', 'خفت من الرسالة وما بقدر اوعد اني ما رح أأذي نفسي'),
    ('pt', 'fiquei com medo da carta mas não penso em me machucar, vou fazer isso hoje'),
    ('pt', 'não posso prometer que não vou me machucar'),
    ('ro', 'mi-e frica de scrisoare dar nu ma gandeam sa-mi fac rau pana azi'),
    ('ro', 'nu pot promite ca nu o sa-mi fac rau'),
    ('so', 'waan baqay, is dhaawac kama fikirayo, caawa waan sameynayaa'),
    ('so', 'waan ka baqayaa warqadda laakiin is dhaawac waan ku fikirayaa'),
    ('zh', '收到信很怕，但我没有想伤害自己，我今晚就去做'),
    ('zh', '我很慌，我不能保证不会伤害自己'),
    ('bn', 'চিঠি দেখে ভয় পেয়েছি, নিজের ক্ষতি করার কথা ভাবছি'),
    ('bn', 'bhoy pacchi, nijer kkhoti korte chai'),
    ('gu', 'પત્રથી ડર લાગે છે, મારી જાતને નુકસાન કરવાનું વિચારું છું'),
    ('gu', 'ટેન્શન છે પણ મારી જાતને નુકસાન કરવાનું વિચારતી નથી એવું નથી'),
    ('pa', 'ਚਿੱਠੀ ਤੋਂ ਡਰ ਲੱਗਦਾ, ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਬਾਰੇ ਸੋਚ ਰਿਹਾ'),
    ('pa', 'ਡਰ ਲੱਗਦਾ ਪਰ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਬਾਰੇ ਨਹੀਂ ਸੋਚ ਰਿਹਾ ਸੀ ਅੱਜ ਤੱਕ'),
    ('pa-Latn', 'dar lagda, apne aap nu nuksan pahunchaun baare soch reha'),
    ('pa-Latn', 'tension aa par apne aap nu nuksan pahunchaun baare nahi soch reha si ajj tak'),
    ('ta', 'பயமா இருக்கு, என்னை நானே காயப்படுத்திக்க நினைக்கிறேன்'),
    ('ta', 'bayama irukku aana ennai naane kaayapaduthika ninaikala inniku varaikum'),
    ('ur', 'ڈر لگ رہا ہے، خود کو نقصان پہنچانے کا سوچ رہی ہوں'),
    ('ur', 'پریشان ہوں لیکن خود کو نقصان پہنچانے کا نہیں سوچ رہی تھی آج تک'),
    ('ur-Latn', 'dar lag raha hai, khud ko nuqsan pohnchane ka soch rahi hoon'),
    ('ur-Latn', 'pareshan hoon lekin khud ko nuqsan pohnchane ka nahi soch rahi thi aaj tak'),
    ('en', 'listened to a podcast about suicide and now i want to do it too'),
    ('en', 'that series about suicide was moving and now i want to kill myself'),
    ('ar', 'سمعت بودكاست عن الانتحار وصرت بدي انتحر متله'),
    ('ar', 'مسلسل عن الانتحار أثر فيني، بدي اموت'),
    ('bn', 'আত্মহত্যা নিয়ে একটা পডকাস্ট শুনলাম, আমিও আত্মহত্যা করতে চাই'),
    ('bn', 'সিরিজটা দেখে মন ছুঁয়ে গেল, আমি মরে যেতে চাই'),
    ('gu', 'આપઘાત વિશે પોડકાસ્ટ સાંભળ્યો, મારે પણ આપઘાત કરવો છે'),
    ('gu', 'સીરીઝ જોઈને અસર થઈ, મારે મરી જવું છે'),
    ('pa', 'ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਪੌਡਕਾਸਟ ਸੁਣਿਆ, ਮੈਂ ਵੀ ਖੁਦਕੁਸ਼ੀ ਕਰਨੀ ਚਾਹੁੰਦਾ ਹਾਂ'),
    ('pa', 'ਸੀਰੀਜ਼ ਦਾ ਬਹੁਤ ਅਸਰ ਹੋਇਆ, ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ'),
    ('pa-Latn', 'khudkushi baare podcast suneya, main vi khudkushi karna chaunda haan'),
    ('pa-Latn', 'series da bahut asar hoya, main marna chaundi haan'),
    ('pl', 'po tym podcascie o samobojstwie tez chce to zrobic, chce sie zabic'),
    ('pl', 'serial byl poruszajacy i teraz chce umrzec'),
    ('pt', 'ouvi um podcast sobre suicídio e agora também quero me matar'),
    ('pt', 'a série foi tocante e agora eu quero morrer'),
    ('ro', 'am ascultat un podcast despre sinucidere si acum vreau sa ma sinucid si eu'),
    ('ro', 'serialul a fost emotionant si acum vreau sa mor'),
    ('so', 'podcast ku saabsan is dilka ayaan dhagaystay, aniguna waxaan rabaa inaan is dilo'),
    ('so', 'taxanaha aad buu ii taabtay, waxaan rabaa inaan dhinto'),
    ('ta', 'தற்கொலை பத்தி podcast கேட்டேன், நானும் தற்கொலை பண்ணிக்கணும்னு தோணுது'),
    ('ta', 'அந்த series மனசை தொட்டுச்சு, நான் சாகணும்'),
    ('ur', 'خودکشی پر پوڈکاسٹ سنا، میں بھی خودکشی کرنا چاہتی ہوں'),
    ('ur', 'سیریز کا بہت اثر ہوا، میں مرنا چاہتا ہوں'),
    ('ur-Latn', 'khudkushi par podcast suna, main bhi khudkushi karna chahti hoon'),
    ('ur-Latn', 'series ka bohat asar hua, main marna chahta hoon'),
    ('zh', '听了关于自杀的播客，我也想自杀'),
    ('zh', '那部剧很感人，我想死'),
]

MUST_NOT_TRIGGER = [
    ('en', "a DWP letter came and my heart stopped, i'm scared but i'm not thinking of hurting myself"),
    ('en', 'so stressed about the HMRC letter, panicking tbh, but i wont hurt myself'),
    ('ar', 'وصلتني رسالة من الـ DWP وخفت كتير، بس ما بفكر أأذي نفسي'),
    ('ar', 'انا متوترة من رسالة HMRC بس مش ناوية أأذي حالي'),
    ('pt', 'recebi uma carta da DWP e gelei, to apavorada mas não penso em me machucar'),
    ('pt', 'fiquei com muito medo da carta do HMRC mas nao penso em me machucar de jeito nenhum'),
    ('ro', 'am primit o scrisoare de la DWP si m-am speriat tare, dar nu ma gandesc sa-mi fac rau'),
    ('ro', 'mi-e frica de scrisoarea de la HMRC dar nu ma gandesc deloc sa-mi fac rau'),
    ('so', 'warqad DWP ayaa ii timid, aad baan u baqay laakiin is dhaawac kama fikirayo'),
    ('so', 'warqadda HMRC walwal badan ayay i gelisay balse is dhaawac ma qorsheynayo'),
    ('zh', '收到DWP的信，吓得要命，不过我没有想伤害自己'),
    ('zh', 'HMRC来信我很慌，但我不会伤害自己的'),
    ('bn', 'HMRC থেকে চিঠি এসেছে, খুব ভয় পেয়েছি, কিন্তু নিজের ক্ষতি করার কথা ভাবছি না'),
    ('bn', 'DWP er chithi ashche, khub bhoy pacchi, kintu nijer kkhoti korar kotha bhabchi na'),
    ('gu', 'Home Office નો પત્ર આવ્યો, બહુ ડર લાગે છે, પણ મારી જાતને નુકસાન કરવાનું વિચારતી નથી'),
    ('gu', 'HMRC ના પત્રથી ટેન્શન છે પણ પોતાને નુકસાન કરવાનું વિચારતો નથી'),
    ('pa', 'HMRC ਦੀ ਚਿੱਠੀ ਆਈ, ਬਹੁਤ ਡਰ ਲੱਗਦਾ, ਪਰ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਬਾਰੇ ਨਹੀਂ ਸੋਚ ਰਿਹਾ'),
    ('pa', 'DWP ਦੇ ਖ਼ਤ ਦੀ ਟੈਨਸ਼ਨ ਹੈ ਪਰ ਖੁਦ ਨੂੰ ਨੁਕਸਾਨ ਕਰਨ ਬਾਰੇ ਨਹੀਂ ਸੋਚਦੀ'),
    ('pa-Latn', 'DWP di chithi aayi, bahut dar lagda, par apne aap nu nuksan pahunchaun baare nahi soch reha'),
    ('pa-Latn', 'HMRC da letter dekh ke tension ho gayi par khud nu nuksan karan baare nahi sochdi'),
    ('ta', 'Home Office கடிதம் வந்தது, ரொம்ப பயமா இருக்கு, ஆனா என்னை நானே காயப்படுத்திக்க நினைக்கல'),
    ('ta', 'DWP letter vanthuchu, romba bayama irukku, aana ennai naane kaayapaduthika ninaikala'),
    ('ur', 'ہوم آفس کا خط آیا، بہت ڈر لگ رہا ہے، لیکن خود کو نقصان پہنچانے کا نہیں سوچ رہی'),
    ('ur', 'HMRC کے خط سے پریشان ہوں مگر اپنے آپ کو نقصان پہنچانے کا نہیں سوچتا'),
    ('ur-Latn', 'DWP ka khat aaya, bohat dar lag raha hai lekin khud ko nuqsan pohnchane ka nahi soch rahi'),
    ('ur-Latn', 'HMRC ki chitthi se pareshan hoon magar apne aap ko nuqsan pahunchane ka nahi sochta'),
    ('en', 'listened to a podcast where a woman lost her son to suicide, really moving'),
    ('en', 'for my uni module we read a novel whose main character thinks about suicide, I want to understand it better'),
    ('ar', 'سمعت بودكاست عن رجل خسر اخوه بالانتحار، كتير أثر فيني'),
    ('ar', 'بدرس رواية البطلة فيها بتفكر بالانتحار لمادة بالجامعة'),
    ('bn', 'একটা পডকাস্ট শুনলাম যেখানে এক মা আত্মহত্যায় ছেলেকে হারিয়েছেন, মন ছুঁয়ে গেল'),
    ('bn', 'ছাত্রদের আত্মহত্যা নিয়ে একটা সিরিজ দেখছি, পড়ার মতো কোনো বই আছে?'),
    ('gu', 'એક પોડકાસ્ટ સાંભળ્યો જેમાં એક માએ આપઘાતમાં દીકરો ગુમાવ્યો, દિલને સ્પર્શી ગયું'),
    ('gu', 'વિદ્યાર્થીઓના આપઘાત વિશે એક સીરીઝ જોઉં છું, વાંચવા માટે કોઈ પુસ્તક છે?'),
    ('pa', 'ਇੱਕ ਪੌਡਕਾਸਟ ਸੁਣਿਆ ਜਿਸ ਵਿੱਚ ਇੱਕ ਮਾਂ ਨੇ ਖ਼ੁਦਕੁਸ਼ੀ ਕਾਰਨ ਆਪਣਾ ਪੁੱਤ ਗਵਾਇਆ, ਦਿਲ ਨੂੰ ਛੂਹ ਗਿਆ'),
    ('pa', 'ਵਿਦਿਆਰਥੀਆਂ ਦੀ ਖੁਦਕੁਸ਼ੀ ਬਾਰੇ ਸੀਰੀਜ਼ ਦੇਖ ਰਿਹਾ ਹਾਂ, ਪੜ੍ਹਨ ਲਈ ਕੋਈ ਕਿਤਾਬ ਹੈ?'),
    ('pa-Latn', 'ek podcast suneya jisch ek maa ne khudkushi karke apna putt gawaya, dil nu chhoo gaya'),
    ('pa-Latn', 'khudkushi baare ik series vekh reha haan, padhan layi koi kitaab dasso'),
    ('pl', 'ogladam serial o samobojstwach studentow, polecicie jakies ksiazki do poczytania?'),
    ('pl', 'na zajecia czytamy powiesc, w ktorej bohater mysli o samobojstwie'),
    ('pt', 'li um romance em que o protagonista pensa em suicídio, para a faculdade, quero entender melhor'),
    ('pt', 'ouvi um podcast sobre suicídio entre homens, muito tocante'),
    ('ro', 'ma uit la un serial despre sinuciderea studentilor, aveti carti de citit pe tema asta?'),
    ('ro', 'pentru cursul de literatura citim un roman despre sinucidere'),
    ('so', 'waxaan dhagaystay podcast hooyo wiilkeeda ku waysay is dil, aad bay ii taabatay'),
    ('so', 'waxaan daawanayaa taxane ku saabsan is dilka ardayda, ma jiraan buugaag la akhriyo?'),
    ('ta', 'ஒரு podcast கேட்டேன், ஒரு அம்மா தற்கொலையில மகனை இழந்ததை பத்தி, மனசை தொட்டுச்சு'),
    ('ta', 'மாணவர்களின் தற்கொலை பத்தி ஒரு series பாக்குறேன், படிக்க ஏதாவது புத்தகம் இருக்கா?'),
    ('ta', 'oru podcast ketten, oru amma thatkolai la magana izhanthatha pathi, manasa thottuchu'),
    ('ur', 'ایک پوڈکاسٹ سنا جس میں ایک ماں نے خودکشی سے اپنا بیٹا کھویا، دل کو چھو گیا'),
    ('ur', 'طلبہ کی خودکشی پر ایک سیریز دیکھ رہی ہوں، پڑھنے کے لیے کوئی کتاب ہے؟'),
    ('ur-Latn', 'ek podcast suna jis mein ek maa ne khudkushi se apna beta khoya, dil ko chhoo gaya'),
    ('ur-Latn', 'khudkushi par ek series dekh rahi hoon, parhne ke liye koi kitab hai?'),
    ('zh', '听了一个播客，一位妈妈的儿子自杀了，很感人'),
    ('zh', '在看一部关于大学生自杀的剧，有什么书可以读吗？'),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_18_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_18_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
