"""What every per-language entity test needs: the entities of a text in one language, and the
per-language cases of entity_cases/<lang>.yml."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Tuple

import yaml

from signpost.understanding import extract_entities

CASES_DIR = Path(__file__).with_name("entity_cases")


def entity_finder(language: str) -> Tuple[Callable, Callable]:
    """(found, values) for one language: found(text, language=that) -> [(entity, value)], in text
    order; values(text, entity) -> the values of that entity."""

    def found(text: str, language: str = language) -> List[Tuple[str, str]]:
        return [(e.entity, e.value) for e in extract_entities(text, language=language)]

    def values(text: str, entity: str) -> List[str]:
        return [value for name, value in found(text) if name == entity]

    return found, values


def load_entity_cases(path: Path) -> Tuple[list, list]:
    """(finds, not_found) of one entity_cases file, each row checked."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if set(document) != {"finds", "not_found"}:
        raise ValueError(f"{path}: expected finds: and not_found: lists, found {sorted(document)}")
    finds, not_found = [], []
    for number, row in enumerate(document["finds"] or [], 1):
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[2], list)):
            raise ValueError(f"{path}: finds row {number}: expected [text, entity, [values]], got {row!r}")
        finds.append(tuple(row))
    for number, row in enumerate(document["not_found"] or [], 1):
        if not (isinstance(row, list) and len(row) in (1, 2)):
            raise ValueError(f"{path}: not_found row {number}: expected [text] or [text, entity], got {row!r}")
        not_found.append((row[0], row[1] if len(row) == 2 else None))
    return finds, not_found
