import pytest

from signpost.language import detect_language


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
])
def test_short_ambiguous_or_unsupported_messages_keep_the_current_language(text):
    assert detect_language(text) is None
