"""Keeps the development and evaluation sets out of the training data (without copying the outside ones in).

The development sets live outside this repository (they are a benchmark, not project data). What
the repository keeps is a fingerprint of each message in them: a SHA-256 of its comparable form
(the tokenizer's normalised tokens, so case, spacing and punctuation do not hide a copy). Tests
compare training examples against the fingerprints; nobody can read a case back out of them.

    .venv/bin/python -m tests.leakage DEV_SET.yml [DEV_SET.yml ...]   # rewrites the fingerprint file
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Iterable

import yaml

from signpost.safety.risk_data import read_fresh_set
from signpost.understanding.text import tokenize

TESTS = Path(__file__).resolve().parent
FINGERPRINTS = TESTS / "data" / "development-set-fingerprints.txt"
# Independent evaluation sets kept in this repository: conversation sets written blind, and the fresh
# risk set. (tests/conversations/cases.yml is the project's own regression set, not one of them.)
CONVERSATION_SETS = sorted((TESTS / "conversations").glob("independent-*/cases.yml"))
FRESH_RISK_SET = TESTS / "safety" / "fresh"
# A one- or two-word reply ("hi", "Southwark") is not a copy of anything.
MINIMUM_WORDS = 3


def comparable(text: str) -> str:
    return " ".join(token.norm for token in tokenize(text))


def fingerprint(text: str) -> str | None:
    """The fingerprint of a message long enough to be a copy, else None."""
    words = comparable(text)
    if len(words.split()) < MINIMUM_WORDS:
        return None
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def case_messages(path: Path) -> Iterable[str]:
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
        yield from case.get("turns") or [case.get("text") or ""]


def development_fingerprints() -> frozenset[str]:
    """The outside development sets' fingerprints and those of every evaluation set in tests/."""
    lines = FINGERPRINTS.read_text(encoding="utf-8").splitlines()
    messages = [m for path in CONVERSATION_SETS for m in case_messages(path)]
    messages += [m["text"] for m in read_fresh_set(FRESH_RISK_SET)]
    in_repository = {fingerprint(message) for message in messages} - {None}
    return frozenset(line for line in lines if line and not line.startswith("#")) | in_repository


def copied(texts: Iterable[str]) -> list[str]:
    """The texts whose fingerprint is a development-set message's."""
    known = development_fingerprints()
    return [text for text in texts if fingerprint(text) in known]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    prints = sorted({f for path in argv for f in map(fingerprint, case_messages(Path(path))) if f})
    header = ("# SHA-256 of each development-set message (tests/leakage.py): "
              f"{len(prints)} messages of {MINIMUM_WORDS}+ words from {len(argv)} files\n")
    FINGERPRINTS.write_text(header + "\n".join(prints) + "\n", encoding="utf-8")
    print(f"{len(prints)} fingerprints written to {FINGERPRINTS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
