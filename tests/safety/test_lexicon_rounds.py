"""Every lexicon round's own lines (tests/safety/lexicon_rounds/round<N>.yml, the round's classes in
the file's header): each must_trigger line is risk, each must_not_trigger line stays clear."""
from pathlib import Path

import pytest
import yaml

from signpost.safety import detect_risk

ROUNDS_DIR = Path(__file__).parent / "lexicon_rounds"


def _cases(key):
    cases = []
    for path in sorted(ROUNDS_DIR.glob("round*.yml")):
        lines = yaml.safe_load(path.read_text(encoding="utf-8"))[key]
        lines_per_lang = {}
        for line in lines:
            lines_per_lang[line["lang"]] = lines_per_lang.get(line["lang"], 0) + 1
            case_id = f"{path.stem}-{line['lang']}-{lines_per_lang[line['lang']]:03d}"
            cases.append(pytest.param(line["lang"], line["text"], id=case_id))
    return cases


@pytest.mark.parametrize("lang, text", _cases("must_trigger"))
def test_round_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", _cases("must_not_trigger"))
def test_round_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
