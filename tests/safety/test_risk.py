"""detect_risk: what must trigger, what must not, and what a signal carries."""
import pytest

from signpost.safety import RiskSignal, detect_clinical_request, detect_risk


@pytest.mark.parametrize("message, kind", [
    ("I don't want to live", "suicide"),
    ("I dont want to be here anymore but please dont send the police", "suicide"),
    ("I can't go on any more, I've been saving up pills", "suicide"),
    ("I'm not safe tonight", "unsafe_now"),
    ("I'm not going to make it through tonight", "unsafe_now"),
    ("he's going to kill me", "harm_from_others"),
    ("my husband hits me", "harm_from_others"),
    ("I'm not safe at home", "harm_from_others"),
    ("kms", "suicide"),
    ("unalive", "suicide"),
    ("sucide", "suicide"),
    ("wanna die", "suicide"),
    ("end it all", "suicide"),
    ("better off without me", "suicide"),
    ("saving up pills", "suicide"),
    ("hurt myself", "self_harm"),
    ("cutting", "self_harm"),
    ("khudkushi", "suicide"),
    ("mar jana chahta hoon", "suicide"),
    ("jeena nahi chahti", "suicide"),
    ("zindagi khatam", "suicide"),
])
def test_disclosures_trigger(message, kind):
    signal = detect_risk(message)
    assert signal is not None, message
    assert signal.kind == kind


@pytest.mark.parametrize("message", [
    "this traffic is killing me",
    "I'm dying to find a group",
    "my dad died last year",
    "I could kill for a coffee",
    "dead tired",
    "the crisis house in Leeds",
    "I'm looking for a crisis café",
    "my phone is dying",
    "killing it at work",
    "suicide prevention training for staff",
    "my brother has been sectioned",
    "I want to end things with my girlfriend, is there relationship counselling",
    "we lost our neighbour to suicide last spring and the children have questions",
    "Is there help for people who self harm in Bristol",
])
def test_idioms_services_and_bereavement_do_not_trigger(message):
    assert detect_risk(message) is None


@pytest.mark.parametrize("message", [
    "I'm not going to make it through tonight",
    "I'm not suicidal, I just want to die",
    "I don't want to die but I keep thinking about killing myself",
    "my dad died last year and now I want to die too",
    "suicide prevention is what I need, I'm suicidal",
    "this traffic is killing me and honestly I want to kill myself",
])
def test_first_person_statements_are_never_negated_away(message):
    assert detect_risk(message) is not None


@pytest.mark.parametrize("message", [
    "I W A N T  to die" .replace(" ", "", 6),   # "IWANT to die": no word "want", but "die" alone is not a phrase
])
def test_words_must_be_whole(message):
    assert detect_risk(message) is None


@pytest.mark.parametrize("message", [
    "I WANT TO DIE",
    "i want to dieeeee",
    "i want to die.......",
    "I want\u200b to die",
    "Ｉ want to die",
    "i  want   to die",
])
def test_normalisation_variants_still_trigger(message):
    assert detect_risk(message) is not None


def test_signal_names_the_entry_not_the_words():
    message = "Honestly? I wanna kill myself tonight."
    signal = detect_risk(message)
    assert isinstance(signal, RiskSignal)
    assert message[signal.span[0]:signal.span[1]] == "kill myself"
    assert signal.language == "en"
    # however it was worded, the log line carries the same entry id
    ids = {detect_risk(m).phrase_id for m in [message, "KILL MYSELFFF", "gonna top myself", "kms"]}
    assert ids == {"en.kill-myself"}


def test_earliest_disclosure_is_reported():
    signal = detect_risk("my husband hits me and I want to die")
    assert signal.kind == "harm_from_others"


def test_language_of_the_matching_lexicon():
    assert detect_risk("Chcę się zabić").language == "pl"
    assert detect_risk("main marna chahta hoon").language == "ur-Latn"
    assert detect_risk("ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ").language == "pa"
    assert detect_risk("我不想活了").language == "zh"


def test_mixed_language_messages():
    assert detect_risk("yaar I just want to end it all, kuch samajh nahi aata") is not None
    assert detect_risk("Sometimes میں مرنا چاہتی ہوں") is not None
    assert detect_risk("我真的想kms") is not None


def test_traditional_chinese_input_is_understood():
    assert detect_risk("我真的不想活了，想自殺").kind == "suicide"
    assert detect_risk("他說要殺了我").kind == "harm_from_others"
    assert detect_risk("我又開始傷害自己").kind == "self_harm"


def test_a_request_that_is_also_a_risk_is_risk_not_clinical():
    message = "I'm going to take all my tablets"
    assert detect_risk(message) is not None
    assert detect_clinical_request(message) is None


@pytest.mark.parametrize("message", ["", "   ", "?!", "🙂🙂🙂", "a" * 5000])
def test_empty_odd_and_long_input(message):
    assert detect_risk(message) is None


def test_module_docstring_example_holds():
    import doctest

    import signpost.safety

    assert doctest.testmod(signpost.safety).failed == 0


# Wordings the fresh NLU test set (tests/nlu_fresh) found both layers missing; these are
# variants of them, so the fresh set itself stays a test.
@pytest.mark.parametrize("message, kind", [
    ("ana mish 3ayza a3ish", "suicide"),                      # Arabizi: I don't want to live
    ("سأؤذي نفسي الليلة", "self_harm"),                       # Arabic future: I will hurt myself
    ("mam dość wszystkiego, chyba to skończę", "suicide"),    # Polish: enough of everything, I'll end it
    ("naane ennai kayapaduthitu irukken", "self_harm"),       # Tanglish: hurting myself
    ("சாக வேணும் போல இருக்கு", "suicide"),                     # colloquial Tamil: I feel I want to die
])
def test_wordings_the_fresh_test_set_found_missing_now_trigger(message, kind):
    signal = detect_risk(message)
    assert signal is not None and signal.kind == kind


@pytest.mark.parametrize("message", [
    "mesh 3ayez akol dilwa2ty",          # I don't want to eat now
    "dziś to skończę, obiecuję",         # I'll finish it today, promise
    "mam dość wszystkiego w tej pracy",  # I'm fed up with everything at this job
    "சாப்பிட வேணும்",                    # I need to eat
    "سأؤذي مشاعرك إذا قلت ذلك",          # I'll hurt your feelings if I say that
])
def test_their_everyday_neighbours_do_not(message):
    assert detect_risk(message) is None
