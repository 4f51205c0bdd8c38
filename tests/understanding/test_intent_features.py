"""What the intent classifier reads (signpost/understanding/intent_features.py)."""
from signpost.understanding.intent_features import classifier_text, cues


def test_entity_kinds_found_by_any_language_become_cue_words():
    assert "zzentityplace" in cues("Leeds")
    assert "zzentityfaith" in cues("હિન્દુ")  # Gujarati, whatever language the message is taken for
    assert "zzentityneed" in cues("grupa wsparcia")


def test_length_is_a_cue_and_long_messages_share_one():
    assert "zzlength1" in cues("hello")
    assert "zzlength6" in cues("is there a peer support group for women near me")


def test_the_message_is_folded_before_the_cues():
    text = classifier_text("Zabić SIĘ 幫助")
    assert text.startswith("zabic sie 帮 助")


def test_safety_verdicts_are_not_cues():
    assert not [cue for cue in cues("i want to kill myself") if "risk" in cue or "clinical" in cue]


def test_a_question_about_a_services_details_is_a_cue_in_any_language():
    assert "zzdetails" in cues("address?")
    assert "zzdetails" in cues("地址？")
    assert "zzdetails" in cues("پتہ؟")
    assert "zzdetails" not in cues("I need someone to talk to")
    assert "zzdetails" not in cues("aveți un număr de telefon unde pot vorbi cu cineva?")  # a request
