"""The pattern language: what each construct matches, and the errors for malformed patterns."""
import re

import pytest

from signpost.safety.normalise import fold
from signpost.safety.patterns import PatternError, compile_pattern, parse, parse_list


def matches(pattern, text, lists=None):
    return re.search(compile_pattern(pattern, lists or {}), fold(text)) is not None


def test_words_match_whole_words_only():
    assert matches("kill myself", "I want to kill myself")
    assert not matches("kill", "I have no skills")
    assert not matches("die", "I'm on a diet")


def test_star_continues_a_word_and_prefix_star_begins_one():
    assert matches("suicid*", "feeling suicidal")
    assert not matches("suicid*", "unsuicidal")  # the star only extends the end
    assert matches("*انتحار", "أفكر بالانتحار")


def test_alternatives_and_optional_parts():
    assert matches("(want|wanna) (to)? die", "i wanna die")
    assert matches("(want|wanna) (to)? die", "i want to die")
    assert matches("end [my own] life", "end life")
    assert matches("end [my own] life", "end my own life")
    assert not matches("(want|wanna) to die", "I want die")


def test_gaps_allow_a_bounded_number_of_words():
    assert matches("husband ~2 hits me", "my husband often really hits me")
    assert not matches("husband ~2 hits me", "my husband is a man who hits me")


def test_chinese_literals_match_inside_running_text():
    assert matches("不想活", "我真的不想活了")
    assert matches("结束 ~4 生命", "我想结束自己的生命")


def test_a_match_never_starts_on_a_space_when_an_optional_start_is_absent():
    match = re.search(compile_pattern("(i am)? scared", {}), fold("so scared"))
    assert match.start() == 3


def test_numbers_of_two_or_more_digits():
    assert matches("took # pills", "I took 30 pills")
    assert not matches("took # pills", "I took 2 pills")


def test_anchors_match_the_whole_message():
    assert matches("^cutting$", "cutting")
    assert not matches("^cutting$", "cutting the grass")


def test_named_lists_expand():
    lists = {"pills": parse_list(["tablets", "sleeping pills"], lambda i: f"phrase {i}")}
    assert matches("saving ~2 {pills}", "saving up my sleeping pills", lists)


def test_words_grouped_in_one_alternation_keep_their_own_boundaries():
    lists = {
        "meds": parse_list(["tablets", "sleeping pills", "tab*", "{names}"], lambda i: f"phrase {i}"),
        "names": parse_list(["diazepam", "*pam", "lustral"], lambda i: f"phrase {i}"),
    }
    pattern = "took (all|a whole box of) {meds} (now|tonight)"
    for text in ["took all tablets now", "took a whole box of sleeping pills tonight", "took all tabs now",
                 "took all lorazepam tonight", "took all Lustral now"]:
        assert matches(pattern, text, lists), text
    for text in ["took all pills now", "took all stablets now", "took all sleeping now",
                 "took all diazepamx now", "took allow tablets now", "took all tablets nowhere"]:
        assert not matches(pattern, text, lists), text


@pytest.mark.parametrize("pattern, complaint", [
    ("(want|wanna to die", "never closed"),
    ("want) to die", "unexpected ')'"),
    ("(want|) to die", "empty alternative"),
    ("ki*ll", "'*' may only start or end a word"),
    ("~2 die", "cannot start"),
    ("want ~40 die", "must be 1..12"),
    ("want? die", "must follow a ')'"),
    ("(a|b]", "closed by"),
    ("!!!", "empty once normalised"),
    ("[my] ~2 husband", "write two patterns"),
])
def test_malformed_patterns_are_refused_with_the_column(pattern, complaint):
    with pytest.raises(PatternError) as error:
        parse(pattern)
    assert complaint in str(error.value)


def test_unknown_list_is_named():
    with pytest.raises(PatternError) as error:
        compile_pattern("take {pils}", {"pills": []})
    assert "unknown list {pils}" in str(error.value)
    assert "pills" in str(error.value)
