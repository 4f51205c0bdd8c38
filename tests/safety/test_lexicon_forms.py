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
        "want_to_die": ["yaar sach mein mujhe marna hai ab", "mjhe bs marna hy", "main marna chahti hoon"],
        "dont_want_to_live": ["ab jeena hi nahi mujhe"],
        "reported_threat": ["usne kaha tujhe jaan se maar dunga", "bahar larke khare hain, keh rahe hain aaj raat mujhe maarenge"],
        "edge": ["pul par khada hoon aur neeche paani dekh raha hoon"],
        "armed_at_the_door": ["woh churi le kar darwaze ke samne khara hai"],
        "honour_threat": ["chacha kehte hain rishta na mana to zinda nahi chorenge"],
        "leave_the_world": ["bas ab is duniya se chali jaungi"],
    },
    "pa-Latn": {
        "want_to_die": ["mainu bas mrna ae", "menu marna aa hun"],
        "reported_threat": ["ohne phone te keha tenu khatam kar du", "munde bahar khade ne, kehnde aj tainu kuttange"],
        "edge": ["car park di chhat te betha haan, thalle dekh reha haan"],
    },
    "bn": {
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
        "end_life_romanised": ["aaje raate jindagi khatam karvu che"],
        "self_harm_romanised": ["gai kaale potane nuksan karyu"],
        "self_harm": ["haath par kaapa mukya che fari"],
        "reported_threat": ["eno bhai kahe che tane maarishu", "ene kahyu ke tane puri kari nakhish"],
    },
    "ta": {
        "end_everything": ["inniki raathiri ellam mudichukkanum pola irukku"],
        "end_life": ["inniki ellaam mudichikaren"],
        "self_harm": ["kaiya blade la cut panniten"],
        "reported_threat": ["avanga unna konnuduvom nu sonnanga"],
    },
    "ar": {
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
        "self_harm_past_tense": ["shalay ayaan is jaray, gacanta ayaa i xanuunaysa"],
        "dont_want_to_live": ["nolosha ma rabo", "noloshan marabo walaahi", "berri ma rabo inaan arko"],
        "want_to_die": ["hurdo weligeed ah ayaan doonayaa"],
        "reported_threat": ["wuxuu igu yiri waan ku dilayaa caawa"],
        "suicide_word": ["gabadhaydu way is dishay ayay tidhi"],
    },
    "zh": {
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
        "cease_to_exist": ["chciałbym po prostu przestać istnieć"],
        "fed_up_with_life": ["mam już dość życia, serio"],
        "never_wake": ["chciałabym już się nie obudzić", "nie chce widzieć jutra, jutra nie chcę doczekać"],
        "end_life": ["dziś w nocy skończę ze sobą", "brat mówi że skończy ze sobą"],
        "danger": ["pobili mnie pod sklepem i dalej tam stoją", "sąsiad grozi że nas pobije dzisiaj"],
        "self_harm": ["mam ochotę się skrzywdzić", "boję się, że znowu skrzywdzę siebie"],
    },
    "pt": {
        "thinking_of_it": ["ando a pensar muito em me matar"],
        "no_reason_to_live": ["já não vejo nenhuma razão para viver"],
        "someone_cutting_now": ["a minha colega tá se cortando no banheiro"],
        "want_to_die": ["so quero morre", "queria dormir e nunca mais acordar"],
        "dont_want_to_live": ["não quero ficar vivo", "n vale a pena viver assim"],
        "self_harm": ["fiz cortes no pulso agora"],
        "danger": ["levei um murro do meu marido agora", "disseram que vão me pegar hoje"],
    },
    "ro": {
        "no_reason_to_live": ["nu mai am nici un rost să mai trăiesc"],
        "someone_wants_to_die": ["fratele meu a scris că vrea să se sinucidă"],
        "someone_cutting_now": ["prietena mea se taie din nou, am văzut sânge"],
        "want_to_die": ["nu mai vreu sa traiesc", "vreau sa dispar pt totdeauna", "sa nu mai deschid ochii niciodata"],
        "danger": ["m-a strâns de gât iar", "fostul strigă că mă omoară", "ma ameninta cu un cutit"],
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
]

CASES = [(lang, cls, text) for lang, classes in MUST_TRIGGER.items()
         for cls, texts in classes.items() for text in texts]


@pytest.mark.parametrize("lang, cls, text", CASES)
def test_direct_disclosure_triggers(lang, cls, text):
    assert detect_risk(text) is not None


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_everyday_wording_stays_clear(lang, text):
    assert detect_risk(text) is None
