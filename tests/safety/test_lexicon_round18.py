"""Lexicon round 18: false-alarm classes the fifteenth fresh set (a development set since its blind
score at 145639c) showed, done in every language where the lexicon fired on our own lines. Wording of
our own, with twins on both sides. Machine-drafted; the lines need review by speakers.

1. A fright or stress (a Home Office, DWP or HMRC letter), then "but I'm not thinking of hurting
   myself" ending the message, is the reassurance (round 16 did English with "just ..." after it).
   Without the fright and the "but", with anything after the negation ("until today", "I'm going
   to do it tonight"), or "can't promise I won't", the match stands.
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
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_18_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_18_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
