"""Asking whether a medicine is habit-forming, or whether one may change one's own treatment, is a
request for medication advice in every language: the reply points to a GP, a pharmacist or NHS 111.
Looking for support with a dependence on medicines is not."""
import pytest

from signpost.safety import detect_clinical_request

MEDICATION_QUESTIONS = [
    ("en", "will these tablets make me addicted?"),
    ("en", "can I get hooked on my sleeping pills?"),
    ("ar", "هل يمكنني تغيير علاجي بنفسي؟"),
    ("ar", "هل هذا الدواء يسبب الإدمان؟"),
    ("ar", "بصير ادمن على هالحبوب؟"),
    ("ar", "شو البديل الأحسن لدوائي؟"),
    ("ro", "pot să îmi modific singur tratamentul?"),
    ("ro", "pot schimba medicamentele singur?"),
    ("ro", "pastilele astea creează dependență?"),
    ("ro", "ce pot lua în loc de pastilele mele?"),
    ("pl", "czy mogę sam zmienić leki?"),
    ("pl", "czy te tabletki uzależniają?"),
    ("pl", "czy można się uzależnić od tych leków?"),
    ("pt", "posso mudar o meu tratamento sozinha?"),
    ("pt", "esses remédios viciam?"),
    ("pt", "este medicamento causa dependência?"),
    ("ur", "کیا میں خود اپنی دوا بدل سکتا ہوں؟"),
    ("ur", "کیا اس دوا کی لت لگ جاتی ہے؟"),
    ("ur-Latn", "kya main apni dawai khud badal sakta hoon"),
    ("ur-Latn", "kya in goliyon ki aadat pad jati hai"),
    ("bn", "আমি কি নিজে নিজে ওষুধ বদলাতে পারি?"),
    ("bn", "এই ওষুধে কি আসক্তি হয়?"),
    ("pa", "ਕੀ ਮੈਂ ਆਪਣੀ ਦਵਾਈ ਆਪ ਬਦਲ ਸਕਦਾ ਹਾਂ?"),
    ("pa", "ਕੀ ਇਸ ਦਵਾਈ ਦੀ ਆਦਤ ਪੈ ਜਾਂਦੀ ਹੈ?"),
    ("gu", "શું હું જાતે મારી દવા બદલી શકું?"),
    ("gu", "શું આ દવાની આદત પડી જાય?"),
    ("ta", "இந்த மாத்திரை அடிமையாக்குமா?"),
    ("so", "Ma beddeli karaa daawadayda keligay?"),
    ("so", "Daawadani ma la qabatimaa?"),
    ("zh", "这个药会上瘾吗？"),
    ("zh", "这种药会不会成瘾"),
]

SEARCHES_ABOUT_DEPENDENCE = [
    "is there a support group for people addicted to prescription pills in Leeds",
    "my brother is addicted to painkillers, where can he get help",
    "I was addicted to sleeping pills years ago and I am fine now",
    "my mum changed her medication last week and she is calmer",
    "grup de sprijin pentru dependență de medicamente",
    "czy jest grupa dla osób uzależnionych od leków",
    "مجموعة دعم للمدمنين على الحبوب",
    "grupo de apoio para quem é viciado em remédios",
]


@pytest.mark.parametrize("language,text", MEDICATION_QUESTIONS, ids=[t for _, t in MEDICATION_QUESTIONS])
def test_dependence_and_self_changes_are_medication_questions(language, text):
    request = detect_clinical_request(text)
    assert request is not None
    assert (request.kind, request.language) == ("medication", language)


@pytest.mark.parametrize("text", SEARCHES_ABOUT_DEPENDENCE)
def test_looking_for_support_with_dependence_is_not_a_clinical_request(text):
    assert detect_clinical_request(text) is None
