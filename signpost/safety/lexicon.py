"""Loading and compiling the phrase lexicons in data/safety/.

Layout:
    data/safety/risk/<lang>.yml       risk phrases and the contexts that show a phrase is not a risk
    data/safety/clinical/<lang>.yml   requests for diagnosis, symptom interpretation or medication advice
    data/safety/medications.yml       shared lists (medication names), usable as {name} in any lexicon

A lexicon file:
    language: en                 # must match the file name
    lists:                       # optional named phrase lists, used in patterns as {name}
      partner: [husband, wife, "boy friend"]
    entries:
      - id: want-to-die          # unique within the file; reported as "<language>.<id>"
        kind: suicide            # one of the kinds of that lexicon family
        patterns: ["(i|im) ~2 want to die"]
    exceptions:                  # contexts that show an overlapping match is not a disclosure
      - id: killing-it
        reason: idiom            # idiom | third_party | bereavement | service_name | everyday | search
                                 # | past_recovered | media
        patterns: ["killing it (at|in) (work|school)"]

Every file is checked completely on load; any fault raises LexiconError naming the file, the
entry and the pattern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

import yaml

from .index import PhraseIndex
from .normalise import HAN
from .patterns import (Choice, Item, ListRef, PatternError, ParsedLists, Word, first_keys, literals, parse, parse_list,
                       to_regex)

RISK_KINDS = frozenset({"suicide", "self_harm", "harm_from_others", "unsafe_now"})
CLINICAL_KINDS = frozenset({"diagnosis", "medication", "symptoms"})
EXCEPTION_REASONS = frozenset({"idiom", "third_party", "bereavement", "service_name", "everyday", "search",
                               "past_recovered", "media", "negated"})

_LANGUAGE_TAG = re.compile(r"^[a-z]{2}(-[A-Z][a-z]{3})?$")

# Scripts a lexicon can be written in; a lexicon is only run on text containing one of its scripts.
SCRIPTS: Dict[str, str] = {
    "latin": "a-z\u00c0-\u024f\u1e00-\u1eff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "bengali": "\u0980-\u09ff",
    "gurmukhi": "\u0a00-\u0a7f",
    "gujarati": "\u0a80-\u0aff",
    "tamil": "\u0b80-\u0bff",
    "devanagari": "\u0900-\u097f",
    "han": HAN,
}
_SCRIPT_OF_CHAR = [(name, re.compile(f"[{ranges}]")) for name, ranges in SCRIPTS.items()]


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Phrase:
    """One compiled pattern, with the entry it belongs to."""

    phrase_id: str  # "<language>.<entry id>"
    kind: str       # risk or clinical kind, or the exception reason
    language: str
    regex: "re.Pattern[str]"


@dataclass(frozen=True)
class Lexicon:
    language: str
    path: Path
    scripts: FrozenSet[str]
    phrases: Tuple[Phrase, ...]
    exceptions: Tuple[Phrase, ...]
    phrase_index: PhraseIndex
    exception_index: PhraseIndex
    script_probe: "re.Pattern[str]"


def _scripts_of(text: str) -> FrozenSet[str]:
    return frozenset(name for name, probe in _SCRIPT_OF_CHAR if probe.search(text))


def _required_scripts(items: Sequence[Item], lists: Mapping) -> FrozenSet[str]:
    """Scripts that every match of a parsed pattern contains: those of its words, and those common
    to all alternatives of its groups and lists. Optional parts require nothing."""
    required: set = set()
    for item in items:
        if isinstance(item, Word):
            required |= _scripts_of(item.text)
        elif (isinstance(item, Choice) and not item.optional) or isinstance(item, ListRef):
            alternatives = item.alternatives if isinstance(item, Choice) else lists.get(item.name, ())
            common = [_required_scripts(alternative, lists) for alternative in alternatives]
            if common:
                required |= frozenset.intersection(*common)
    return frozenset(required)


def _gate_scripts(items: Sequence[Item], lists: Mapping, keys: Optional[set]) -> FrozenSet[str]:
    """The scripts a message must contain for the pattern to have a chance: the scripts it
    requires, or else those of the words it can start with (of all its words if it can start
    anywhere). A shared list of medicine names in every script, further on in a Chinese
    pattern, must not make the Chinese lexicon run on every English message."""
    required = _required_scripts(items, lists)
    if required:
        return required
    words = [token for _, token in keys] if keys is not None else literals(items, lists)
    return _scripts_of(" ".join(words))


def _load_yaml(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as error:
        raise LexiconError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at the top level")
    return data


def load_shared_lists(path: Path) -> ParsedLists:
    """The lists of a shared file such as medications.yml, parsed."""
    data = _load_yaml(path)
    return _parse_lists(data.get("lists", {}), path)


def _parse_lists(raw, path: Path) -> ParsedLists:
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: 'lists' must be a mapping of name to a list of phrases")
    parsed: ParsedLists = {}
    for name, phrases in raw.items():
        if not isinstance(phrases, list) or not phrases:
            raise LexiconError(f"{path}: list {name!r} must be a non-empty list of phrases")
        try:
            parsed[str(name)] = parse_list(phrases, lambda i, name=name: f"list {name!r} phrase {i + 1}")
        except PatternError as error:
            raise LexiconError(f"{path}: {error}") from None
    return parsed


def _compile_entries(raw, path: Path, language: str, section: str, allowed: FrozenSet[str],
                     kind_key: str, lists: Mapping, seen: set) -> List[Tuple[Phrase, Optional[set], FrozenSet[str]]]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise LexiconError(f"{path}: '{section}' must be a list")
    compiled = []
    for position, entry in enumerate(raw, start=1):
        where = f"{path}: {section} item {position}"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: expected a mapping with id, {kind_key} and patterns")
        unknown = set(entry) - {"id", kind_key, "patterns", "note"}
        if unknown:
            raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
        entry_id = entry.get("id")
        if not isinstance(entry_id, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", entry_id):
            raise LexiconError(f"{where}: id must be lower-case letters, digits and hyphens, got {entry_id!r}")
        where = f"{path}: {section} {entry_id!r}"
        if entry_id in seen:
            raise LexiconError(f"{where}: duplicate id")
        seen.add(entry_id)
        kind = entry.get(kind_key)
        if kind not in allowed:
            raise LexiconError(f"{where}: {kind_key} must be one of {sorted(allowed)}, got {kind!r}")
        patterns = entry.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise LexiconError(f"{where}: patterns must be a non-empty list")
        for number, pattern in enumerate(patterns, start=1):
            if not isinstance(pattern, str):
                raise LexiconError(f"{where} pattern {number}: expected a string, got {type(pattern).__name__}")
            try:
                items = parse(pattern)
                source = to_regex(items, lists)
                regex = re.compile(source)
            except (PatternError, re.error) as error:
                raise LexiconError(f"{where} pattern {number}: {error}") from None
            keys = first_keys(items, lists)
            compiled.append((Phrase(f"{language}.{entry_id}", kind, language, regex), keys,
                             _gate_scripts(items, lists, keys)))
    return compiled


def load_lexicon(path: Path, kinds: FrozenSet[str], shared_lists: Optional[ParsedLists] = None) -> Lexicon:
    """Load and compile one lexicon file whose entries must have one of `kinds`."""
    data = _load_yaml(path)
    unknown = set(data) - {"language", "lists", "entries", "exceptions"}
    if unknown:
        raise LexiconError(f"{path}: unknown top-level keys {sorted(unknown)}")
    language = data.get("language")
    if not isinstance(language, str) or not _LANGUAGE_TAG.match(language):
        raise LexiconError(f"{path}: language must be an ISO 639-1 code, optionally with a script "
                           f"(e.g. 'ur' or 'ur-Latn'), got {language!r}")
    if path.stem != language:
        raise LexiconError(f"{path}: language {language!r} does not match the file name")
    lists: ParsedLists = dict(shared_lists or {})
    own_lists = _parse_lists(data.get("lists", {}), path)
    clash = set(own_lists) & set(lists)
    if clash:
        raise LexiconError(f"{path}: lists {sorted(clash)} are already defined in the shared lists")
    lists.update(own_lists)
    seen: set = set()
    phrases = _compile_entries(data.get("entries"), path, language, "entries", kinds, "kind", lists, seen)
    if not phrases:
        raise LexiconError(f"{path}: no entries")
    exceptions = _compile_entries(data.get("exceptions"), path, language, "exceptions",
                                  EXCEPTION_REASONS, "reason", lists, seen)
    scripts = frozenset().union(*(gate for _, _, gate in phrases + exceptions))
    probe = re.compile("[" + "".join(SCRIPTS[name] for name in sorted(scripts)) + "]")
    return Lexicon(language, path, scripts,
                   tuple(phrase for phrase, _, _ in phrases), tuple(phrase for phrase, _, _ in exceptions),
                   PhraseIndex([phrase.regex for phrase, _, _ in phrases], [keys for _, keys, _ in phrases]),
                   PhraseIndex([phrase.regex for phrase, _, _ in exceptions], [keys for _, keys, _ in exceptions]),
                   probe)


# When lexicons match at the same place (romanised Urdu and Punjabi share words, Urdu and
# Shahmukhi Punjabi share script), the one earlier here is reported; others follow alphabetically.
LANGUAGE_ORDER = ("en", "ur", "bn", "pa", "gu", "ta", "ar", "so", "pl", "ro", "pt", "zh", "ur-Latn", "pa-Latn")


def _language_rank(path: Path) -> Tuple[int, str]:
    rank = LANGUAGE_ORDER.index(path.stem) if path.stem in LANGUAGE_ORDER else len(LANGUAGE_ORDER)
    return rank, path.stem


def load_directory(directory: Path, kinds: FrozenSet[str],
                   shared_lists: Optional[ParsedLists] = None) -> Tuple[Lexicon, ...]:
    """Every <lang>.yml lexicon in `directory`, compiled with the given shared lists."""
    if not directory.is_dir():
        raise LexiconError(f"{directory}: lexicon directory not found")
    lexicons = tuple(load_lexicon(path, kinds, shared_lists)
                     for path in sorted(directory.glob("*.yml"), key=_language_rank))
    if not lexicons:
        raise LexiconError(f"{directory}: no lexicon files (*.yml)")
    return lexicons

