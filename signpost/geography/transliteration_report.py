"""The figures data/README.md quotes for transliteration.py: python -m signpost.geography.transliteration_report

- recall: each curated spelling of script_names.csv (not Chinese), looked up by its sound alone
  (no location word needed), and in a sentence of its language ("<name> میں ...", "<name>-এ" ...)
  with a gazetteer that has no curated spellings (GeoNames' own remain), with and without the
  transliteration;
- false places: every non-Latin line of the training text (data/nlu/*.yml and
  data/safety/risk_training/*.yml, read only), the places the transliteration adds to what the
  gazetteer finds without it; which of them are place names is for a person to read (--list).
"""

from __future__ import annotations

import argparse
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from . import inflections
from .data import read_script_names
from .gazetteer import Gazetteer
from .model import Place
from .names import is_latin, normalise_name

LANGUAGES = ("ur", "ar", "bn", "pa", "gu", "ta")
# A sentence of each language with the name where a user writes it (attached endings as written).
SENTENCES = {
    "ur": "{} میں کوئی اردو بولنے والا کونسلر ہے؟",
    "ar": "هل توجد مساعدة في {} للنساء؟",
    "bn": "{}-এ কোনো সাপোর্ট গ্রুপ আছে?",
    "pa": "{} ਵਿੱਚ ਕੋਈ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਕੌਂਸਲਰ ਹੈ?",
    "gu": "{}માં કોઈ સપોર્ટ ગ્રુપ છે?",
    "ta": "{} அருகில் தமிழ் பேசும் ஆலோசகர் இருக்கிறாரா?",
}
TRAINING_TEXT = ("data/nlu/*.yml", "data/safety/risk_training/*.yml")


def gazetteer_without_curated_spellings(transliterated: bool = True) -> Gazetteer:
    return Gazetteer.from_files(curated_spellings=False, transliterate=transliterated)


def _right(found: Optional[Place], wanted: Place) -> bool:
    """The place, or one inside it ("بارکنگ", Barking, for Barking and Dagenham)."""
    if found is None:
        return False
    inside = wanted.kind != "town" and set(found.local_authorities) <= set(wanted.local_authorities)
    return found.key == wanted.key or inside


def _form(name: str, language: str) -> str:
    words = normalise_name(name).split()
    # Gurmukhi is read as typed (transliteration keeps its nasal signs), the rest folded
    return " ".join(unicodedata.normalize("NFC", w) if language == "pa" else inflections.fold(w) for w in words)


def recall() -> Dict[str, Counter]:
    full = Gazetteer.from_files()
    index = full._matcher._transliterated
    plain = gazetteer_without_curated_spellings()
    before = gazetteer_without_curated_spellings(transliterated=False)
    counts: Dict[str, Counter] = {language: Counter() for language in LANGUAGES}
    for record in read_script_names():
        if record.language not in counts:
            continue
        wanted = full.resolve(record.place)
        count = counts[record.language]
        for name in record.names:
            count["spellings"] += 1
            found = index.place([_form(name, record.language)], language=record.language)
            count["by sound"] += _right(found, wanted)
            count["by sound, wrong"] += found is not None and not _right(found, wanted)
            text = SENTENCES[record.language].format(name)
            for label, gazetteer in (("in text", plain), ("in text without it", before)):
                mentions = gazetteer.find_in_text(text, record.language)
                count[label] += any(_right(mention.place, wanted) for mention in mentions)
                count[label + ", wrong"] += any(not _right(mention.place, wanted) for mention in mentions)
    return counts


def _lines(root: Path) -> List[Tuple[str, str]]:
    lines = []
    for pattern in TRAINING_TEXT:
        for path in sorted(root.glob(pattern)):
            language = path.name.split(".")[0].split("-")[0]
            for line in path.read_text(encoding="utf-8").splitlines():
                text = line.strip()
                text = text[2:] if text.startswith("- ") else text
                text = text.strip().strip("\"'")
                if text and not is_latin(text) and not text.split(":")[0].isascii():
                    lines.append((language, text))
    return lines


def false_places(root: Path) -> Tuple[Counter, Counter, List[Tuple[str, str, str, str]]]:
    """Lines per language, places the transliteration adds per language, and each of them."""
    with_it = Gazetteer.from_files()
    without = Gazetteer.from_files()
    without._matcher._transliterated = None
    lines, added, found = Counter(), Counter(), []
    for language, text in _lines(root):
        lines[language] += 1
        known = {(mention.start, mention.end) for mention in without.find_in_text(text, language)}
        for mention in with_it.find_in_text(text, language):
            if (mention.start, mention.end) not in known:
                added[language] += 1
                found.append((language, mention.text, mention.place.name, text))
    return lines, added, found


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the repository (for the training text)")
    parser.add_argument("--list", action="store_true", help="print every place the transliteration adds")
    args = parser.parse_args(argv)
    print("recall over script_names.csv (right / spellings; wrong)")
    for language, count in recall().items():
        n = count["spellings"]
        print(
            f"  {language}: {n} spellings; by sound {count['by sound']} ({count['by sound'] / n:.0%}), "
            f"wrong {count['by sound, wrong']}; in text {count['in text']} ({count['in text'] / n:.0%}), "
            f"wrong {count['in text, wrong']}; in text without it {count['in text without it']} "
            f"({count['in text without it'] / n:.0%}), wrong {count['in text without it, wrong']}"
        )
    lines, added, found = false_places(args.root)
    print("places added on the training text (lines; places added)")
    for language in sorted(lines):
        print(f"  {language}: {lines[language]}; {added[language]}")
    if args.list:
        for language, word, place, text in found:
            print(f"  {language} {word} -> {place}: {text}")


if __name__ == "__main__":
    main()
