"""Direct disclosures in the forms people type them: romanised and colloquial spellings, reported
threats, hate attacks at the door, someone on a roof or bridge looking down. Each class is tested
with wording of our own (never an evaluation set's), so a new phrase must cover the class rather
than one sentence. Machine-drafted; the non-English lines need review by speakers, like the lexicons.
"""
import pytest

from signpost.safety import detect_risk

# lang: {class: [messages that must trigger]}
MUST_TRIGGER = {
    "en": {
        # round 10: a refuge whose address he has found; thinking how to die; "just let the pain end";
        # text-speak; a partner gone with the car and a note; a goodbye text and then silence
        "found_at_the_refuge": ["im staying in a refuge in Leeds but he found the address and says hes on his way",
                                "he has found out where the refuge is"],
        "thinking_how_to_die": ["all i think about day and night is how to die"],
        "ways_and_pain_end": ["its 4am and im searching for ways, i just want this pain to end"],
        "text_speak": ["i wnt 2 disapear 4 good", "wanna dissapear 4eva tbh", "no1 wud notice if i killed myself"],
        "left_with_car_and_note": ["my husband took the car and left a note saying look after the kids, he hasnt been himself"],
        "letters_to_the_children": ["my dad says hes tired of life and he wrote letters to the kids last night"],
        "goodbye_then_silence": ["my sister texted forgive me for everything and now shes not answering"],
        "scared_door_broken": ["im so scared, hes drunk and he smashed the bedroom door"],
        "goodbye_as_if_the_last": ["grandad said goodbye like it was the last time and now hes not answering the door"],
        "someone_else_talking_about_it": ["my flatmate keeps posting about ending his life"],
        "edge": ["sat on the top level of the multi storey looking down at the cars",
                 "im up on the bridge railings and i cant make myself come down",
                 "standing on the roof of my building staring down at the road"],
        "danger_waiting": ["three lads are waiting outside my work to batter me tonight",
                           "they are outside the school gates waiting to stab me after"],
        "hate_attack": ["people are throwing bricks at our windows and we are hiding upstairs",
                        "a gang outside keeps screaming go back to your own country at my door"],
        "reported_threat": ["he grabbed me and said he'd finish me off if i call anyone",
                            "he had his hands around my throat again last night"],
        "someone_else_self_harm": ["my little brother is cutting himself in his room right now"],
        "armed_at_the_door": ["my stepdad has a knife and he is blocking the bedroom door"],
    },
    "ur-Latn": {
        "found_at_the_refuge": ["main abhi refuge mein hoon lekin usse address mil gaya, keh raha hai aa raha hoon"],
        "ways_and_pain_end": ["subah ke 4 baje hain, tareeqe dhoondh rahi hoon, bas ye dard khatam ho"],
        "left_with_car_and_note": ["shohar car le kar chale gaye aur parchi chhod gaye ke bachon ka khayal rakhna"],
        "reported_threat_legs": ["woh bahar khara hai, keh raha meri tangein tod dega"],
        "goodbye_as_if_the_last": ["nana ne phone pe khuda hafiz aise kaha jaise aakhri baar ho, ab darwaza nahi khol rahe"],
        "want_to_die": ["yaar sach mein mujhe marna hai ab", "mjhe bs marna hy", "main marna chahti hoon"],
        "dont_want_to_live": ["ab jeena hi nahi mujhe"],
        "reported_threat": ["usne kaha tujhe jaan se maar dunga", "bahar larke khare hain, keh rahe hain aaj raat mujhe maarenge"],
        "edge": ["pul par khada hoon aur neeche paani dekh raha hoon"],
        "armed_at_the_door": ["woh churi le kar darwaze ke samne khara hai"],
        "honour_threat": ["chacha kehte hain rishta na mana to zinda nahi chorenge"],
        "leave_the_world": ["bas ab is duniya se chali jaungi"],
    },
    "pa-Latn": {
        "found_at_the_refuge": ["main shelter vich haan par ohnu pata labh gya, aa reha hai"],
        "ways_and_pain_end": ["raat nu tareeke labh rahi haan, bas eh dard mukk jave"],
        "reported_threat_legs": ["ohne keha meriyan lattan tod dauga je main bahar aayi"],
        "want_to_die": ["mainu bas mrna ae", "menu marna aa hun"],
        "reported_threat": ["ohne phone te keha tenu khatam kar du", "munde bahar khade ne, kehnde aj tainu kuttange"],
        "edge": ["car park di chhat te betha haan, thalle dekh reha haan"],
    },
    "bn": {
        "found_at_the_refuge": ["refuge e thaki ekhon, kintu o amar address peye geche, bolche ashche",
                                "আমি আশ্রয়কেন্দ্রে আছি কিন্তু ও ঠিকানা পেয়ে গেছে, বলছে আসছে"],
        "ways_and_pain_end": ["raat e upay khujchi, shudhu ei kosto sesh hok"],
        "want_to_die_short": ["ami sotti mrte chai"],
        "goodbye_as_if_the_last": ["dadu phone e khoda hafez bollo sheshbar er moto, ekhon dorja khulche na"],
        "left_with_car_and_note": ["স্বামী গাড়ি নিয়ে চলে গেছে আর একটা চিরকুট লিখে গেছে বাচ্চাদের দেখে রেখো"],
        "want_to_die_romanised": ["sotti moira jete ichche korche"],
        "reported_threat_emphatic": ["ও বলেছে আমাকে মেরেই ফেলবে"],
        "method_question": ["kivabe morbo bujhte parchi na", "কীভাবে মরব ভাবছি"],
        "pills": ["ghumer oshudh gula sob kheye felbo aj"],
        "self_harm": ["blade diye hat kete felsi abar", "ছুরি দিয়ে হাত কাটছি"],
        "end_life": ["nijer jibon nite icche korche"],
        "reported_threat": ["o bolse amake aj raate mere felbe"],
        "leave_the_world": ["ami ei prithibi thekei chole jabo"],
    },
    "gu": {
        "found_at_the_refuge": ["hu refuge ma chu pan ene address mali gayu che, kahe che aavu chu",
                                "હું આશ્રયસ્થાનમાં છું પણ એને સરનામું મળી ગયું છે, કહે છે આવું છું"],
        "ways_and_pain_end": ["raate rasto shodhu chu, bas aa dukh puru thay"],
        "better_off_without_me": ["hu na rahu to badha ne ochhi takleef thay"],
        "thinking_of_dying": ["hu aakho divas marvana vishe vichaaru chu"],
        "left_with_car_and_note": ["મારા પતિ ગાડી લઈને ગયા અને ચિઠ્ઠી લખી ગયા કે બાળકોનું ધ્યાન રાખજે"],
        "end_life_romanised": ["aaje raate jindagi khatam karvu che"],
        "self_harm_romanised": ["gai kaale potane nuksan karyu"],
        "self_harm": ["haath par kaapa mukya che fari"],
        "reported_threat": ["eno bhai kahe che tane maarishu", "ene kahyu ke tane puri kari nakhish"],
    },
    "ta": {
        "found_at_the_refuge": ["naan refuge la irukken, avan address kandupidichuttan, varranaam",
                                "நான் காப்பகத்தில இருக்கேன், அவன் முகவரியை கண்டுபிடிச்சுட்டான், வர்றானாம்"],
        "left_with_car_and_note": ["என் கணவர் காரை எடுத்துட்டு போனார், பிள்ளைகளை பார்த்துக்கோன்னு ஒரு கடிதம் வச்சிட்டு"],
        "relative_reports_it": ["amma phone la sonnanga thambi uyira maaichikka porannu"],
        "end_everything": ["inniki raathiri ellam mudichukkanum pola irukku"],
        "end_life": ["inniki ellaam mudichikaren"],
        "self_harm": ["kaiya blade la cut panniten"],
        "reported_threat": ["avanga unna konnuduvom nu sonnanga"],
    },
    "ar": {
        "found_at_the_refuge": ["ana fi malga2 bas howa 3erif el 3enwan w gay", "انا في ملجأ للنساء بس هو عرف العنوان وجاي"],
        "arabizi_egyptian": ["ana bafaker fel ente7ear kol yom", "gozy hay2tlny lw 3eref", "abuya bydrbny w bykhawefny",
                             "adhayt nafsi el leila", "5ayef awy howa kasar el bab w dakhel", "خايفة كتير هو كسر الباب"],
        "wont_be_there_after_an_offer": ["shokran bas mesh 7akoon mawgood lama yekalmoni"],
        "someone_else_worthless_or_gone_quiet": ["sa7bti bet2ool en wogodha malosh lazma",
                                                 "akhoya ba3atli sam7ni 3ala kol 7aga w mesh byrod"],
        "better_off_without_me": ["gharibi 2ali el kol a7san men gheiri w khalas"],
        "letters_to_the_children": ["جوزي تعبان من الحياة وكاتب رسائل لولاده وحاطها بالخزانة"],
        "arabizi_forms": ["wallah bde mout, ta3bet", "sar lazem 2entiher", "ana 3am e2zi 7ali"],
        "kill_myself": ["bafakkar a2tel nafsi", "ana 3ayez a2tel nafsi", "3am fakker 2entir"],
        "want_to_die": ["ana ta3ban w 3ayez amoot", "bdi amoot w khalas"],
        "dont_want_to_live": ["mish 3ayez akoon mawgood", "ma baddi a3ish"],
        "end_life": ["bdi 5alles 7ayati"],
        "self_harm": ["jara7t 7ali mbare7"],
        "danger": ["jozi 3am yedrabni hala2", "امي رح تقتلني اذا عرفت اني بحب"],
        # a negation after "and" (و): ولا / وما / ومش
        "conjunction_negation": ["تعبت من كل شي وما بدي عيش", "خسرت شغلي ومش عايز أعيش"],
    },
    "so": {
        "found_at_the_refuge": ["waxaan joogaa hoy haween laakiin wuxuu helay cinwaanka, wuxuu leeyahay waan imanayaa"],
        "thinking_how_to_die": ["maskaxdayda waxaa ku jira sidii aan isku dili lahaa",
                                "had iyo jeer waxaan ka fakaraa sidii aan nolosha uga bixi lahaa"],
        "self_harm_past_tense": ["shalay ayaan is jaray, gacanta ayaa i xanuunaysa"],
        "dont_want_to_live": ["nolosha ma rabo", "noloshan marabo walaahi", "berri ma rabo inaan arko"],
        "want_to_die": ["hurdo weligeed ah ayaan doonayaa"],
        "reported_threat": ["wuxuu igu yiri waan ku dilayaa caawa"],
        "suicide_word": ["gabadhaydu way is dishay ayay tidhi"],
    },
    "zh": {
        "found_at_the_refuge": ["我住在庇护所，但他找到了地址，说他正在过来"],
        "letters_to_the_children": ["我老公说活得好累，还偷偷写了给孩子的信"],
        "dont_want_to_live": ["wo bu xiang huo le", "ngo m seung sang zou lok heoi", "wo zhen de xiang si le"],
        "suicide_word": ["zui jin zong xiang zi sha"],
        "self_harm": ["wo you ge le zi ji"],
        "danger": ["ta you da wo le", "keoi da ngo, ngo hou geng", "ta da wo xian zai hai zai"],
        # written Cantonese: better off dead, not wanting to live on, cutting (鎅), not lasting the week
        "cantonese_better_off_dead": ["有時諗我死咗仲好過", "不如死咗佢算"],
        "cantonese_dont_want_to_live": ["好攰呀，唔想再活", "唔想醒呀", "ngo zan hai mh soeng sang cyun"],
        "cantonese_self_harm": ["佢喺房度鎅緊自己", "頭先又鎅咗手"],
        "horizon": ["我捱唔過今個禮拜", "我觉得我撑不过这个星期"],
        "plain": ["今晚就了断", "没有我这个废物大家都会开心啲", "她哭着说要去死"],
    },
    "pl": {
        "found_at_the_refuge": ["jestem w ośrodku dla kobiet, ale on znalazł adres i pisze, że jedzie"],
        "thinking_how_to_die": ["ciągle myślę o tym, jak umrzeć", "myślę tylko jak odejść z tego świata na dobre"],
        "cease_to_exist": ["chciałbym po prostu przestać istnieć"],
        "fed_up_with_life": ["mam już dość życia, serio"],
        "never_wake": ["chciałabym już się nie obudzić", "nie chce widzieć jutra, jutra nie chcę doczekać"],
        "end_life": ["dziś w nocy skończę ze sobą", "brat mówi że skończy ze sobą"],
        "danger": ["pobili mnie pod sklepem i dalej tam stoją", "sąsiad grozi że nas pobije dzisiaj"],
        "self_harm": ["mam ochotę się skrzywdzić", "boję się, że znowu skrzywdzę siebie"],
    },
    "pt": {
        "found_at_the_refuge": ["estou numa casa abrigo e ele descobriu a morada, diz que vem a caminho"],
        "thinking_how_to_die": ["penso sempre em como me matar, cada dia pior", "só penso em como desaparecer de vez"],
        "thinking_of_it": ["ando a pensar muito em me matar"],
        "no_reason_to_live": ["já não vejo nenhuma razão para viver"],
        "someone_cutting_now": ["a minha colega tá se cortando no banheiro"],
        "want_to_die": ["so quero morre", "queria dormir e nunca mais acordar"],
        "dont_want_to_live": ["não quero ficar vivo", "n vale a pena viver assim"],
        "self_harm": ["fiz cortes no pulso agora"],
        "danger": ["levei um murro do meu marido agora", "disseram que vão me pegar hoje"],
    },
    "ro": {
        "found_at_the_refuge": ["sunt într-un adăpost pentru femei dar el a aflat adresa și zice că vine"],
        "thinking_how_to_die": ["tot timpul mă gândesc cum să mor"],
        "no_reason_to_live": ["nu mai am nici un rost să mai trăiesc"],
        "someone_wants_to_die": ["fratele meu a scris că vrea să se sinucidă"],
        "someone_cutting_now": ["prietena mea se taie din nou, am văzut sânge"],
        "want_to_die": ["nu mai vreu sa traiesc", "vreau sa dispar pt totdeauna", "sa nu mai deschid ochii niciodata"],
        "danger": ["m-a strâns de gât iar", "fostul strigă că mă omoară", "ma ameninta cu un cutit"],
    },
    "ur": {
        "found_at_the_refuge": ["میں شیلٹر میں ہوں مگر اسے پتہ مل گیا ہے، کہہ رہا ہے آ رہا ہوں"],
        "left_with_car_and_note": ["شوہر گاڑی لے کر چلے گئے، ایک پرچی چھوڑی کہ بچوں کا خیال رکھنا"],
    },
    "pa": {
        "found_at_the_refuge": ["ਮੈਂ ਸ਼ੈਲਟਰ ਵਿੱਚ ਹਾਂ ਪਰ ਉਹਨੂੰ ਪਤਾ ਲੱਭ ਗਿਆ, ਕਹਿੰਦਾ ਆ ਰਿਹਾ ਹਾਂ"],
        "left_with_car_and_note": ["ਪਤੀ ਗੱਡੀ ਲੈ ਕੇ ਚਲਾ ਗਿਆ ਤੇ ਚਿੱਠੀ ਛੱਡ ਗਿਆ ਕਿ ਬੱਚਿਆਂ ਦਾ ਧਿਆਨ ਰੱਖੀਂ"],
    },
}

# Everyday wording that shares words with the new phrases and must stay clear.
MUST_NOT_TRIGGER = [
    ("en", "we had cocktails at a rooftop bar looking down over the city"),
    ("en", "the knife block is by the back door"),
    ("ur-Latn", "garmi mein ye kapde jala dengi, dhoop bohat tez hai"),
    ("ur-Latn", "agle saal duniya ghoomne chala jaunga"),
    ("pl", "ten egzamin mnie załatwi"),
    ("zh", "ta da wo dian hua le"),
    ("zh", "我唔想再等落去，幾時有位？"),
    ("zh", "佢用刀鎅開個盒"),
    ("pl", "uważaj, żeby się nie skrzywdzić na siłowni"),
    ("ro", "pâinea se taie cu cuțitul mare"),
    ("pl", "bateria w telefonie przestała działać"),
    ("pt", "ele está a cortar a relva no jardim"),
    # round 10: the same words in ordinary use
    ("en", "he found our new address for the party"),
    ("en", "i volunteer at a refuge, can you give me the address of the food bank"),
    ("en", "thinking about how to leave work early on friday"),
    ("en", "looking for ways to save money before christmas"),
    ("en", "i want to disappear for a weekend in the lakes"),
    ("en", "my husband left a note on the fridge to pick up milk"),
    ("en", "he took the car to work and left a note saying feed the cat"),
    ("en", "he said forgive me for everything i said yesterday, we made up"),
    ("en", "the kids wrote letters to their grandparents for christmas"),
    ("ur-Latn", "sir dard khatam ho jaye to kaam karunga"),
    ("pa-Latn", "godde de dard layi tareeke labh rahi haan ke dard mukk jave"),
    ("pa-Latn", "cricket khedde hoye lattan toot gayian"),
    ("bn", "matha bethar upay khujchi jate kosto sesh hoy"),
    ("gu", "peeth na dard mate upay shodhu chu jethi dard puru thay"),
    ("ar", "mesh 7akoon mawgood bokra fel maktab"),
    ("ar", "el bab et2asar w kasar el 2efl, hanadah el sabak"),
    ("pl", "szukam adresu schroniska dla zwierząt"),
    ("pl", "myślę jak odejść z tej pracy na dobre"),
    ("pt", "o abrigo de animais mudou de morada"),
    ("pt", "penso em como ir embora de Londres de vez para Portugal"),
    ("ta", "oru podcast la oruthar uyira maaichikitta kadhai kettaen"),
    ("so", "waxaan ka fakarayaa sidii aan uga bixi lahaa guriga subaxda hore"),
    ("ro", "mă gândesc cum să plec în concediu la mare"),
    ("zh", "原谅我迟到了，不要为我担心"),
    ("en", "we said goodbye at the station, last time i saw her was june"),
    ("gu", "aakho divas kaam vishe vichaaru chu"),
    ("zh", "我们在庇护所做义工，想知道捐款地址"),
]

CASES = [(lang, cls, text) for lang, classes in MUST_TRIGGER.items()
         for cls, texts in classes.items() for text in texts]


@pytest.mark.parametrize("lang, cls, text", CASES)
def test_direct_disclosure_triggers(lang, cls, text):
    assert detect_risk(text) is not None


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_everyday_wording_stays_clear(lang, text):
    assert detect_risk(text) is None
