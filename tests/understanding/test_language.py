import pytest

from signpost.understanding.language import detect_language, looks_romanised_south_asian


@pytest.mark.parametrize("text, language", [
    ("Hi, I'm looking for a women's group near me", "en"),
    ("Szukam kogoś, z kim mogę porozmawiać", "pl"),
    ("am nevoie de ajutor, nu mai pot", "ro"),
    ("Preciso de ajuda para encontrar um grupo", "pt"),
    ("Waxaan u baahanahay qof aan la hadlo", "so"),
    ("مجھے کسی سے بات کرنی ہے", "ur"),
    ("أحتاج إلى شخص أتحدث معه", "ar"),
    ("ਮੈਨੂੰ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ", "pa"),
    ("আমার কারো সাথে কথা বলা দরকার", "bn"),
    ("મારે કોઈની સાથે વાત કરવી છે", "gu"),
    ("எனக்கு யாரிடமாவது பேச வேண்டும்", "ta"),
    ("我需要找人聊聊", "zh"),
    ("我需要找人聊聊，在曼徹斯特", "zh"),
])
def test_the_language_of_a_sentence(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "ok", "yes", "Leeds", "SW9", "M13 0AA", "thanks a lot", "", "123",
    "mujhe koi baat karne wala chahiye",      # romanised Urdu: not Somali
    "je cherche un groupe de soutien",        # French is not supported: not claimed as Romanian
    "https://example.org",
    "Sheffield?", "Bradford?", "in Leeds", "London ok", "0800 123 4567", "07700 900123",
    "Leeds, Bradford, Wakefield",             # a list of places is in no language
    "Tower Hamlets or Newham",
    "koi urdu bolne wala counsellor hai manchester mein?",  # romanised: not flipped to Urdu script
    "Dziękuję", "Obrigado", "Soomaali", "po polsku",  # one or two words: too little to tell
    "mainu birmingham vich kise naal gal karni aa",  # romanised Punjabi: not Somali or Tagalog
])
def test_short_ambiguous_or_unsupported_messages_keep_the_current_language(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("text, language", [
    ("I need someone to talk to in Leeds", "en"),          # places aside, enough words remain
    ("Szukam grupy wsparcia w Bradford albo w Leeds", "pl"),
    ("مانچسٹر", "ur"),                                      # a name in its script is evidence
    ("লন্ডন", "bn"),
])
def test_place_names_do_not_decide_but_do_not_hide_the_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text, expected", [
    ("koi urdu bolne wala counsellor hai manchester mein?", True),
    ("mujhe madad chahiye, bahut pareshan hoon", True),
    ("the main road in Leeds", False),                    # "main" is English too
    ("main hoon", True),
    ("mainu kise naal gal karni aa", True),  # romanised Punjabi
    ("what is on the menu", False),
    ("I need a counsellor", False),
    ("", False),
])
def test_romanised_south_asian_text_is_recognised(text, expected):
    assert looks_romanised_south_asian(text) is expected
