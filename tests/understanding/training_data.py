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
