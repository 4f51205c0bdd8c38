"""Reading the annotated examples of data/nlu/<lang>.yml the way Rasa does.

Rasa's own parser lives in the Rasa environment; the product tests run without it, so this
follows its annotation grammar (rasa/shared/nlu/training_data/entities_parser.py):
  [text](entity)  [text](entity:value)  [text]{"entity": e, "value": v}  [text][{...}, {...}]
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

import yaml

ENTITY_ANNOTATION = re.compile(
    r"\[(?P<entity_text>[^\]]+?)\]"
    r"(\((?P<entity>[^:)]+?)(?:\:(?P<value>[^)]+))?\)|\{(?P<entity_dict>[^}]+?)\}|\[(?P<list_entity_dicts>.*?)\])"
)

# (entity, value, start, end)
Annotation = Tuple[str, str, int, int]


@dataclass(frozen=True)
class Example:
    intent: str
    annotated: str
    text: str
    entities: Tuple[Annotation, ...]


def parse_example(intent: str, annotated: str) -> Example:
    text_parts: List[str] = []
    entities: List[Annotation] = []
    position = 0
    length = 0
    for match in ENTITY_ANNOTATION.finditer(annotated):
        before = annotated[position : match.start()]
        text_parts.append(before)
        length += len(before)
        entity_text = match.group("entity_text")
        start, end = length, length + len(entity_text)
        if match.group("entity"):
            entities.append((match.group("entity"), match.group("value") or entity_text, start, end))
        elif match.group("entity_dict"):
            attributes = json.loads("{" + match.group("entity_dict") + "}")
            entities.append((attributes["entity"], attributes.get("value", entity_text), start, end))
        else:
            for attributes in json.loads("[" + match.group("list_entity_dicts") + "]"):
                entities.append((attributes["entity"], attributes.get("value", entity_text), start, end))
        text_parts.append(entity_text)
        length = end
        position = match.end()
    text_parts.append(annotated[position:])
    return Example(intent, annotated, "".join(text_parts), tuple(entities))


def load_examples(path: Path) -> List[Example]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = []
    for block in document["nlu"]:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                examples.append(parse_example(block["intent"], line[2:]))
    return examples


def annotate(text: str, entities) -> str:
    """text with entities (objects with entity, start, end; non-overlapping spans) written in the
    annotation style of data/nlu: the kind of entity and its span, never its value ([Leeds](place),
    [Urdu][{"entity": "service_language"}, {"entity": "community"}] for a span of two kinds). Values
    come from the lexicon alone: a value in the training data would be a Rasa synonym, and the same
    words mean different values in different messages."""
    spans: dict = {}
    for found in entities:
        kinds = spans.setdefault((found.start, found.end), [])
        if found.entity not in kinds:
            kinds.append(found.entity)
    parts, position = [], 0
    for (start, end), kinds in sorted(spans.items()):
        if start < position:
            raise ValueError(f"overlapping entities in {text!r} at {start}")
        span = text[start:end]
        parts.append(text[position:start])
        if len(kinds) == 1:
            parts.append(f"[{span}]({kinds[0]})")
        else:
            parts.append(f"[{span}][" + ", ".join(json.dumps({"entity": kind}) for kind in kinds) + "]")
        position = end
    parts.append(text[position:])
    return "".join(parts)


def spans(entities) -> list:
    """(entity, start, end) of each annotation or extracted entity, once each, in order."""
    return sorted({(e[0], e[2], e[3]) if isinstance(e, tuple) else (e.entity, e.start, e.end) for e in entities})


def reannotate(source: str, language: str) -> Tuple[str, int]:
    """source (the text of a data/nlu file) with every example whose annotations differ from what
    extract_entities finds rewritten to match it; other lines are kept byte for byte."""
    from signpost.understanding import extract_entities

    lines, changed = [], 0
    intent = None
    for line in source.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("- intent:"):
            intent = stripped.split(":", 1)[1].strip()
        if stripped.startswith("- ") and intent and not stripped.startswith("- intent:"):
            example = parse_example(intent, stripped[2:])
            found = extract_entities(example.text, language=language)
            if spans(found) != spans(example.entities):
                indent = line[: len(line) - len(line.lstrip())]
                ending = line[len(line.rstrip("\r\n")) :]
                line = f"{indent}- {annotate(example.text, found)}{ending}"
                changed += 1
        lines.append(line)
    return "".join(lines), changed


if __name__ == "__main__":
    # .venv/bin/python -m tests.understanding.training_data data/nlu/ta.yml ...: rewrite in place
    import sys

    for name in sys.argv[1:]:
        path = Path(name)
        text, count = reannotate(path.read_text(encoding="utf-8"), path.stem)
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {count} examples re-annotated")
