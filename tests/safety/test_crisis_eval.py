"""The crisis evaluation set: coverage, per-language thresholds, and the evaluate command."""
import json
from collections import Counter

import pytest
import yaml

from signpost.safety import default_lexicons
from signpost.safety.evaluate import (DEFAULT_SET, MAX_FALSE_ALARM_RATE, load_eval_set, main, run, summarise)
from signpost.text.folding import TRADITIONAL_TO_SIMPLIFIED

LANGUAGES = ["en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh", "ur-Latn", "pa-Latn"]
MESSAGES = load_eval_set(DEFAULT_SET)
RESULTS = summarise(run(MESSAGES, default_lexicons()))


def test_set_is_marked_as_machine_drafted():
    assert "MACHINE-DRAFTED, NEEDS COMMUNITY REVIEW" in DEFAULT_SET.read_text(encoding="utf-8")


def test_set_covers_every_language_with_enough_of_each_class():
    assert len(MESSAGES) >= 320
    risk = Counter(m.lang for m in MESSAGES if m.risk)
    other = Counter(m.lang for m in MESSAGES if not m.risk)
    for lang in LANGUAGES:
        assert risk[lang] >= 12, lang
        assert other[lang] >= 12, lang
    assert set(risk) == set(LANGUAGES)


def test_every_risk_kind_appears_in_every_language():
    for lang in LANGUAGES:
        kinds = {m.kind for m in MESSAGES if m.risk and m.lang == lang}
        assert kinds == {"suicide", "self_harm", "harm_from_others", "unsafe_now"}, lang


def test_messages_are_unique():
    texts = [m.text for m in MESSAGES]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_recall_is_complete(lang):
    missed = [m.text for m in MESSAGES if m.lang == lang and m.risk and default_lexicons().detect_risk(m.text) is None]
    assert missed == []
    assert RESULTS[lang].recall == 1.0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_false_alarms_stay_under_three_percent(lang):
    alarms = [m.text for m in MESSAGES if m.lang == lang and not m.risk and default_lexicons().detect_risk(m.text)]
    assert RESULTS[lang].false_alarm_rate < MAX_FALSE_ALARM_RATE, alarms


@pytest.mark.parametrize("lang", LANGUAGES)
def test_detected_kind_matches_the_label(lang):
    wrong = []
    for m in MESSAGES:
        if m.lang == lang and m.risk:
            signal = default_lexicons().detect_risk(m.text)
            if signal and signal.kind != m.kind:
                wrong.append((m.text, m.kind, signal.kind))
    assert wrong == []


def test_chinese_messages_rewritten_in_traditional_characters_get_the_same_answer():
    to_traditional = {}
    for traditional, simplified in TRADITIONAL_TO_SIMPLIFIED.items():
        to_traditional.setdefault(simplified, traditional)
    rewritten = 0
    for m in MESSAGES:
        if m.lang != "zh":
            continue
        traditional = "".join(to_traditional.get(ch, ch) for ch in m.text)
        rewritten += traditional != m.text
        assert (default_lexicons().detect_risk(traditional) is not None) == m.risk, traditional
    assert rewritten >= 10


def test_evaluate_writes_the_report_and_passes(tmp_path, capsys):
    out = tmp_path / "report.json"
    assert main(["--json", str(out), "--no-timing"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["languages"]) == set(LANGUAGES)
    assert report["overall"]["risk_messages"] == sum(1 for m in MESSAGES if m.risk)
    assert report["passed"] is True
    assert "overall" in capsys.readouterr().out


def test_evaluate_fails_when_a_language_misses_a_disclosure(tmp_path, capsys):
    eval_set = tmp_path / "set.yml"
    eval_set.write_text(yaml.safe_dump({"messages": [
        {"lang": "en", "risk": True, "kind": "suicide", "text": "the weather is lovely"},
        {"lang": "en", "risk": False, "why": "search", "text": "is there a group in Leeds"},
    ]}), encoding="utf-8")
    assert main(["--set", str(eval_set), "--no-timing"]) == 1
    assert "missed [en]: the weather is lovely" in capsys.readouterr().out


def test_evaluate_fails_on_false_alarms(tmp_path, capsys):
    eval_set = tmp_path / "set.yml"
    eval_set.write_text(yaml.safe_dump({"messages": [
        {"lang": "pl", "risk": False, "why": "search", "text": "Chcę umrzeć"},
    ]}), encoding="utf-8")
    assert main(["--set", str(eval_set), "--no-timing"]) == 1
    assert "false alarm (pl.want-to-die)" in capsys.readouterr().out


def test_a_malformed_set_names_the_message(tmp_path):
    eval_set = tmp_path / "set.yml"
    eval_set.write_text("messages:\n  - {lang: en, risk: true, text: hello}\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_eval_set(eval_set)
    assert "message 1" in str(error.value) and "kind" in str(error.value)
