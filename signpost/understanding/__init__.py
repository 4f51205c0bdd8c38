"""What a message asks for, as canonical entity values, found with a lexicon and the gazetteer.

    from signpost.understanding import extract_entities
    extract_entities("any Urdu speaking counsellor in Leeds?")
    # [Entity("service_language", "ur", ...), Entity("need", "talking_therapy", ...),
    #  Entity("place", "Leeds", ...)]

Importable on Python 3.10 with only the standard library and PyYAML: the Rasa server's custom
NLU components call it on every message.
"""
from __future__ import annotations

from .entities import Entity, best_reading, extract_entities, readings, says_only
from .lexicon import Lexicon, LexiconError, load_lexicon

__all__ = ["Entity", "Lexicon", "LexiconError", "best_reading", "extract_entities", "load_lexicon", "readings", "says_only"]
