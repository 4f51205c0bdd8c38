"""Deterministic detection of risk disclosures and clinical requests, in every supported language.

The Rasa server runs `detect_risk` on every message before anything else; it depends on nothing
but the standard library, PyYAML and the lexicon files in data/safety/ (see docs/safety.md).

    >>> detect_risk("i dont want to be here anymore")
    RiskSignal(kind='suicide', language='en', phrase_id='en.dont-want-to-live', span=(2, 22))

Signals carry the id of the lexicon entry that matched, never the matched words: log the
phrase_id, not the message.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Tuple

from .detector import PhraseDetector, clinical_detector, risk_detector
from .lexicon import load_shared_lists
from .normalise import normalise

DATA_DIR = Path(os.environ.get("SIGNPOST_SAFETY_DATA", Path(__file__).resolve().parents[2] / "data" / "safety"))

__all__ = ["RiskSignal", "ClinicalRequest", "SafetyLexicons", "detect_risk", "detect_clinical_request",
           "default_lexicons", "DATA_DIR"]


@dataclass(frozen=True)
class RiskSignal:
    kind: str              # "suicide" | "self_harm" | "harm_from_others" | "unsafe_now"
    language: str          # lexicon language that matched, e.g. "ur" or "ur-Latn" (romanised)
    phrase_id: str         # "<language>.<entry id>", never the matched text
    span: Tuple[int, int]  # character offsets in the message as received


@dataclass(frozen=True)
class ClinicalRequest:
    kind: str              # "diagnosis" | "medication" | "symptoms"
    language: str
    phrase_id: str
    span: Tuple[int, int]


class SafetyLexicons:
    """The lexicons of one data directory (data/safety/ by default): risk/, clinical/ and the
    shared lists in medications.yml, if present."""

    def __init__(self, directory: Path):
        directory = Path(directory)
        self.directory = directory
        shared_path = directory / "medications.yml"
        shared = load_shared_lists(shared_path) if shared_path.exists() else None
        self.risk: PhraseDetector = risk_detector(directory / "risk", shared)
        self.clinical: PhraseDetector = clinical_detector(directory / "clinical", shared)

    def detect_risk(self, text: str) -> Optional[RiskSignal]:
        match = self.risk.find(text)
        if match is None:
            return None
        return RiskSignal(match.phrase.kind, match.phrase.language, match.phrase.phrase_id, match.span)

    def detect_clinical_request(self, text: str) -> Optional[ClinicalRequest]:
        """A request for diagnosis, symptom interpretation or medication advice.

        A message that is also a risk disclosure ("can I take all my tablets at once") is never a
        clinical request: this returns None for it, so a clinical reply can never stand in for the
        crisis response. Callers check detect_risk first.
        """
        normalised = normalise(text, laughter=True)
        if self.risk.find(text, normalised) is not None:
            return None
        match = self.clinical.find(text, normalised)
        if match is None:
            return None
        return ClinicalRequest(match.phrase.kind, match.phrase.language, match.phrase.phrase_id, match.span)


@lru_cache(maxsize=1)
def default_lexicons() -> SafetyLexicons:
    """The lexicons in DATA_DIR, loaded and compiled once per process."""
    return SafetyLexicons(DATA_DIR)


def detect_risk(text: str) -> Optional[RiskSignal]:
    """The first sign of risk in `text`, or None."""
    return default_lexicons().detect_risk(text)


def detect_clinical_request(text: str) -> Optional[ClinicalRequest]:
    """The first request for diagnosis, symptom interpretation or medication advice, or None."""
    return default_lexicons().detect_clinical_request(text)
