"""The first-word index must never lose a match that a full regex search would find."""
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
