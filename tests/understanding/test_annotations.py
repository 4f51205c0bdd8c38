"""What the NLU reads in a message beside its entities (signpost.understanding.annotations), which
the actions use as it is instead of reading the text again."""
import pytest

from signpost.understanding import extract_entities
from signpost.understanding.annotations import NOTHING, annotate, answered_place, reading_in, readings


def entities(text, language="en"):
    return [{"entity": e.entity, "value": e.value, "start": e.start, "end": e.end}
            for e in extract_entities(text, language)]


def test_what_a_message_rules_out_is_read_but_fills_no_entity():
    text = "Bradford, not Leeds"
    found = entities(text)
    assert [(e["entity"], e["value"]) for e in found] == [("place", "Bradford")]
    read = annotate(text, ["en"], found)["readings"]["en"]
    assert read["ruled_out"] == [{"entity": "place", "value": "Leeds"}]
    assert not read["correction"]


def test_only_and_the_cues():
    assert readings("only women please", ["en"])["en"]["only"] is True
    assert readings("actually I meant Leeds", ["en"])["en"]["correction"] is True
    said = readings("I'd rather not say where I live", ["en"])["en"]
    assert said["no_answer"] and said["about_place"]
    assert readings("can we continue in Urdu", ["en"])["en"]["switch_language"] is True


def test_with_the_language_unknown_every_language_is_read_and_the_conversation_picks():
    found = readings("nie wiem", ["en", "pl", "ur"])
    assert set(found) == {"pl"} and found["pl"]["no_answer"]
    parsed = {"readings": found}
    assert reading_in(parsed, "pl")["no_answer"] is True
    assert reading_in(parsed, "en") == NOTHING  # an English conversation: "nie wiem" says nothing it knows


def test_a_message_that_reads_as_nothing_keeps_no_reading():
    assert readings("peer support in Leeds", ["en", "pl"]) == {}
    assert reading_in({}, "en") == NOTHING  # a button's payload never went through the NLU


def test_a_misspelt_place_to_ask_about_is_marked():
    unsure, sure = entities("peer support in Shefiild"), entities("a group in Manchster")
    annotate("peer support in Shefiild", ["en"], unsure)
    annotate("a group in Manchster", ["en"], sure)
    assert [(e["value"], e.get("confirm")) for e in unsure if e["entity"] == "place"] == [("Sheffield", True)]
    assert [(e["value"], e.get("confirm")) for e in sure if e["entity"] == "place"] == [("Manchester", None)]


def test_a_bare_answer_names_its_place_even_misspelt():
    assert answered_place("Hackney.") == "Hackney"
    assert answered_place("Shefiild") == "Sheffield"
    assert answered_place("hello there") is None
    assert annotate("Shefiild", ["en"], [])["place_answer"] == "Sheffield"
    # a message that names a place entity needs no bare reading
    assert "place_answer" not in annotate("Leeds", ["en"], entities("Leeds"))


@pytest.mark.parametrize("language, text, place", [
    ("ta", "மெர்ட்டன்ல தமிழ்ல பேசுற ஏதாவது சப்போர்ட் இருக்கா?", "Merton"),
    ("ta", "லண்டனில் ஏதாவது குழு இருக்கா?", "London"),
    ("bn", "ব্র্যাডফোর্ডে রাতে খোলা থাকে এমন কোনো জায়গা আছে?", "Bradford"),
    ("gu", "લેસ્ટરમાં કોઈ ગ્રુપ છે?", "Leicester"),
    ("pl", "czy jest grupa wsparcia w Londynie?", "London"),
])
def test_a_place_with_its_case_ending_is_searched_not_asked_about(language, text, place):
    # an inflected name is the name, not a misspelling: no "Did you mean ...?" before the results
    found = entities(text, language)
    annotate(text, [language], found)
    assert [(e["value"], e.get("confirm", False)) for e in found if e["entity"] == "place"] == [(place, False)]


@pytest.mark.parametrize("answer, place", [
    ("هانلي", "Hanley"),  # a neighbourhood no list spells in Arabic, by its sound alone
    ("ہانلی؟", "Hanley"),
    ("ਲੈਸਟਰ", "Leicester"),
])
def test_a_bare_answer_in_another_script_names_its_place_by_its_sound(answer, place):
    assert answered_place(answer) == place


@pytest.mark.parametrize("answer", ["بالکل", "ਬਿਲਕੁਲ", "মিরপুর", "ہاں", "مزید", "தவறு", "شكرا"])
def test_everyday_words_said_alone_are_no_place(answer):
    assert answered_place(answer) is None
