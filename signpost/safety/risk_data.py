"""The semantic risk layer's own training data: data/safety/risk_training/<lang>.yml.

Each file names its `language` and lists messages under the four classes the layer tells apart:

  self                the person writing is at risk (suicide, self-harm, not safe now)
  someone_else        the person is worried about someone else who is at risk now
  danger_from_others  someone is hurting, threatening or holding the person now
  none                not a disclosure: requests, idioms ("this commute will kill me"), grief,
                      service names, everyday uses of the same words

A malformed file raises RiskDataError naming the file and the problem.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

RISK_CLASSES = ("self", "someone_else", "danger_from_others")
CLASSES = ("none",) + RISK_CLASSES


class RiskDataError(ValueError):
    pass


def training_directory(safety_dir: Path) -> Path:
    return Path(safety_dir) / "risk_training"


def load_file(path: Path) -> Tuple[str, List[Tuple[str, str]]]:
    """(language, [(text, class), ...]) from one file."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RiskDataError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(raw, dict) or not isinstance(raw.get("language"), str):
        raise RiskDataError(f"{path}: needs a `language:` code and lists of messages per class")
    unknown = set(raw) - set(CLASSES) - {"language"}
    if unknown:
        raise RiskDataError(f"{path}: unknown class {sorted(unknown)}; the classes are {list(CLASSES)}")
    examples: List[Tuple[str, str]] = []
    for label in CLASSES:
        items = raw.get(label) or []
        if not isinstance(items, list):
            raise RiskDataError(f"{path}: `{label}` must be a list of messages")
        for number, text in enumerate(items, 1):
            if not isinstance(text, str) or not text.strip():
                raise RiskDataError(f"{path}: `{label}` item {number} is not a message: {text!r}")
            examples.append((text.strip(), label))
    return raw["language"], examples


def load_directory(directory: Path) -> Dict[str, List[Tuple[str, str]]]:
    """Every file's examples by language; a language may have several files (<lang>.yml, <lang>-round2.yml)."""
    files = sorted(Path(directory).glob("*.yml"))
    if not files:
        raise RiskDataError(f"{directory}: no risk training files (<lang>.yml)")
    by_language: Dict[str, List[Tuple[str, str]]] = {}
    for path in files:
        language, examples = load_file(path)
        by_language.setdefault(language, []).extend(examples)
    return by_language


def directory_fingerprint(*directories: Path) -> str:
    """A hash of every data file (YAML, CSV) under the directories, so a change retrains what reads them."""
    digest = hashlib.sha256()
    for directory in directories:
        for path in sorted(p for p in Path(directory).rglob("*") if p.suffix in (".yml", ".yaml", ".csv")):
            digest.update(path.relative_to(directory).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_fresh_set(directory: Path) -> List[dict]:
    """A fresh risk evaluation set (<lang>.yaml files in the format of tests/safety/fresh/README.md:
    `language`, `risk` items with a `class` of self / someone_else / danger_from_others, `safe`
    items) as messages with `language`, `text`, `risk` and `class`. No directory, or no files, is an
    empty set: a fresh set is put there only after training froze. A malformed file raises
    ValueError naming the file and the item."""
    directory = Path(directory)
    messages = []
    for path in sorted(directory.glob("*.y*ml")) if directory.is_dir() else []:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("language"), str):
            raise ValueError(f"{path}: expected `language`, `risk` and `safe` lists")
        for section, risk in (("risk", True), ("safe", False)):
            items = data.get(section) or []
            if not isinstance(items, list):
                raise ValueError(f"{path}: `{section}` must be a list of items with `text` and `class`")
            for number, item in enumerate(items, 1):
                if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
                    raise ValueError(f"{path}: `{section}` item {number} has no `text`: {item!r}")
                if risk and item.get("class") not in RISK_CLASSES:
                    raise ValueError(f"{path}: `risk` item {number} has class {item.get('class')!r}, "
                                     f"not one of {list(RISK_CLASSES)}")
                messages.append({"language": data["language"], "text": item["text"], "risk": risk,
                                 "class": item.get("class")})
    return messages


def without_copies(messages: List[dict], seen: set) -> Tuple[List[dict], List[dict]]:
    """The messages whose text (case-folded) is not in `seen`, and those that are."""
    kept, left_out = [], []
    for message in messages:
        (left_out if message["text"].strip().casefold() in seen else kept).append(message)
    return kept, left_out
