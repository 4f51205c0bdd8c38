"""The first-word index and the per-lexicon script check must never lose a match a full regex search finds."""
import yaml

from signpost.safety import default_lexicons
from signpost.safety.evaluate import DEFAULT_SET, load_eval_set
from signpost.safety.index import MessageWords
from signpost.safety.normalise import fold
from pathlib import Path

PROMPTS = yaml.safe_load((Path(__file__).parent / "clinical_prompts.yml").read_text(encoding="utf-8"))
MESSAGES = [m.text for m in load_eval_set(DEFAULT_SET)] + [p["text"] for p in PROMPTS["prompts"] + PROMPTS["ordinary"]]


def test_index_finds_every_first_match_a_full_search_finds():
    lexicons = default_lexicons()
    checked = 0
    for text in MESSAGES:
        folded = fold(text)
        words = MessageWords.of(folded)
        for lexicon in lexicons.risk.lexicons + lexicons.clinical.lexicons:
            indexed = {(number, match.start()) for number, match in lexicon.phrase_index.matches(words)}
            for number, regex in enumerate(lexicon.phrase_index.regexes):
                full = regex.search(folded)
                if full:
                    checked += 1
                    assert (number, full.start()) in indexed, (lexicon.language, lexicon.phrases[number].phrase_id, text)
    assert checked > 400


def test_a_lexicon_runs_on_every_message_one_of_its_phrases_could_match():
    # Lexicons are skipped for messages without their scripts (signpost/safety/lexicon.py); that
    # shortcut must never hide a match, including a shared list of medicine names in every script.
    lexicons = default_lexicons()
    checked = 0
    for text in MESSAGES:
        folded = fold(text)
        for lexicon in lexicons.risk.lexicons + lexicons.clinical.lexicons:
            for phrase in lexicon.phrases + lexicon.exceptions:
                if phrase.regex.search(folded):
                    checked += 1
                    assert lexicon.script_probe.search(folded), (lexicon.language, phrase.phrase_id, text)
    assert checked > 400
