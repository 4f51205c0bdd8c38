"""Custom NLU components: deterministic entities and the safety override.

Pipeline order (bot/config.yml): SignpostLanguageDetector, SignpostIntentClassifier
(signpost_rasa/intent_classifier.py), FallbackClassifier, SignpostEntityExtractor,
SemanticRiskClassifier (signpost_rasa/risk.py), SafetyOverride. SafetyOverride comes last so that
no later component can lower a crisis trigger.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from signpost import safety
from signpost.safety.normalise import laughs
from signpost.text.words import word_count
from signpost.understanding import best_reading, extract_entities
from signpost.understanding.annotations import annotate
from signpost.understanding.language import SUPPORTED, detect_language, warm_up

CRISIS_INTENT = "crisis"
CLINICAL_INTENT = "ask_clinical"
FALLBACK_INTENT = "nlu_fallback"
DEFAULT_LANGUAGE = "en"
LANGUAGE_ENTITY = "conversation_language"


def widget_language(message: Message) -> Optional[str]:
    """The language the widget asked for ("ur", "en-GB"), when it sent a supported one."""
    metadata = message.get("metadata") or {}
    language = metadata.get("language") if isinstance(metadata, dict) else None
    if not isinstance(language, str):
        return None
    primary = language.replace("_", "-").split("-")[0].lower()
    return primary if primary in SUPPORTED else None


class _ProcessOnly(GraphComponent):
    """A component with nothing to train: it only annotates messages at prediction time."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class SignpostLanguageDetector(_ProcessOnly, EntityExtractorMixin):
    """The language to answer in: what the message is written in when that is clear, else the
    widget's setting. Emitted as the conversation_language entity, which fills the language slot;
    with neither, the slot keeps its value (a place name or "ok" does not flip the language)."""

    def __init__(self) -> None:
        warm_up()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            language = detect_language(message.get(TEXT) or "") or widget_language(message)
            if language is None:
                continue
            message.set("language", language, add_to_output=True)
            entity = {"entity": LANGUAGE_ENTITY, "value": language, "confidence_entity": 1.0}
            message.set(ENTITIES, message.get(ENTITIES, []) + self.add_extractor_name([entity]), add_to_output=True)
        return messages


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class SignpostEntityExtractor(_ProcessOnly, EntityExtractorMixin):
    """Entities for need, place, language, community, gender, faith, time, fees, referral, ordinal, age,
    with canonical values, and what else the actions need of the message (readings, place_answer,
    a place's confirm: signpost.understanding.annotations), so the action server reads no text again.

    Read with the lexicon of the message's language when it is known (detected, or set by the
    widget); otherwise, as for most short answers, with whichever lexicon accounts for most of the
    message ("grupa wsparcia w Leeds" is Polish to the lexicons even when too short to detect).
    """

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            language = message.get("language") or widget_language(message)
            if language:
                entities = extract_entities(text, language=language)
            else:
                _, entities = best_reading(text, SUPPORTED, preferred=DEFAULT_LANGUAGE)
            found = [
                {
                    "entity": e.entity,
                    "value": e.value,
                    "start": e.start,
                    "end": e.end,
                    "confidence_entity": 1.0,
                }
                for e in entities
            ]
            for key, value in annotate(text, [language] if language else SUPPORTED, found).items():
                message.set(key, value, add_to_output=True)
            if found:
                entities = message.get(ENTITIES, []) + self.add_extractor_name(found)
                message.set(ENTITIES, entities, add_to_output=True)
        return messages


def top_model_intent(message: Message) -> Optional[str]:
    """The classifier's best intent, looking past the FallbackClassifier's nlu_fallback."""
    for ranked in message.get(INTENT_RANKING_KEY) or []:
        if ranked.get(INTENT_NAME_KEY) != FALLBACK_INTENT:
            return ranked.get(INTENT_NAME_KEY)
    intent = message.get(INTENT) or {}
    return intent.get(INTENT_NAME_KEY)


def model_crisis_confidence(message: Message) -> float:
    """The classifier's probability for the crisis intent, wherever it ranks."""
    for ranked in message.get(INTENT_RANKING_KEY) or []:
        if ranked.get(INTENT_NAME_KEY) == CRISIS_INTENT:
            return float(ranked.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    return 0.0


RISK_FOR_LEXICON_KIND = {"harm_from_others": "danger_from_others"}


def semantic_risk(message: Message) -> Optional[Dict[str, Any]]:
    """The semantic layer's verdict (signpost_rasa/risk.py); None when it did not run."""
    return message.get("semantic_risk")


@dataclass(frozen=True)
class Thresholds:
    classifier_crisis: float   # the intent classifier's P(crisis) from which it alone is a crisis
    classifier_check: float    # ... from which it gets a check-in
    semantic_crisis: float     # the semantic layer's P(risk) from which it alone is a crisis
    semantic_check: float      # ... from which it gets a check-in
    semantic_clear: float = 0.0  # below this the semantic layer sets aside a lexicon match in a long message (0: never)
    semantic_clear_min_words: int = 8  # ... of at least this many words (signpost.text.words.word_count)
    classifier_check_semantic_floor: float = 0.0  # the classifier's check-in band asks only from here


# Lexicon kinds the semantic layer may set aside: the writer's own risk. The semantic layer reads
# threats from others poorly ("my uncle will kill me if he finds out" scores 0.03), so those always stand.
SEMANTIC_CLEARS_LEXICON_KINDS = frozenset({"suicide", "self_harm"})
# The lexicon entry id (in every language) of a relapse: "a few years ago I hurt myself, now it has
# started again". The semantic layer reads the past in it as over and scores it near 0, so it never
# sets this match aside.
RELAPSE_ENTRY_ID = "relapse"


def is_relapse(phrase_id: str) -> bool:
    """Whether a risk signal's phrase_id ("<language>.<entry id>") is the relapse entry."""
    return phrase_id.rsplit(".", 1)[-1] == RELAPSE_ENTRY_ID


# Lexicon kinds laughter turns into a check-in: the writer's own risk, and a threat from someone
# (CrisisPolicy asks the danger check-in for that one). "Not safe now" is never asked about.
LAUGHTER_CHECKS_LEXICON_KINDS = SEMANTIC_CLEARS_LEXICON_KINDS | {"harm_from_others"}


def risk_verdict(lexicon_kind: Optional[str], classifier_p: float, semantic: Optional[Dict[str, Any]],
                 thresholds: Thresholds, words: int = 0, laughing: bool = False,
                 clinical: bool = False, relapse: bool = False) -> Tuple[str, str]:
    """("crisis" | "check" | "none", who it is for) from the three layers; `words` is the message's
    length (signpost.text.words.word_count), `laughing` whether it carries a laughter marker
    (signpost.safety.normalise.laughs), `clinical` whether the clinical lexicon reads it as a
    question about medication or diagnosis (signpost.safety.detect_clinical_request), `relapse`
    whether the lexicon's match is a relapse (is_relapse).

    Any layer alone makes a crisis: a lexicon match, or either model at its crisis threshold.
    Below that, either model at its check-in threshold asks the person directly, the classifier
    only when the semantic layer does not rule risk out (P(risk) at least
    classifier_check_semantic_floor): the classifier weighs words, and its uncertain band alone
    asked far more ordinary messages than risky ones (docs/safety.md). One exception: a lexicon
    match of the writer's own risk in a long message (at least semantic_clear_min_words) does not
    stand when the semantic layer, which reads the whole message, is all but sure it is no
    disclosure (P(risk) < semantic_clear) and the classifier is below its check-in threshold: a
    risk word in the news, a film, a joke about traffic or a past that is over, next to a request.
    Short messages keep the lexicon's word: the semantic layer scores terse disclosures near 0,
    and so does a relapse, whose past it reads as over: that match is never set aside.
    Chosen so that no development risk message is lost (docs/safety.md). A lexicon match of the
    writer's own risk, or of a threat from someone, in a message that laughs ("if they lose again
    I'll kill myself xD", "my mum said she'll murder me if I'm late again lol") is asked about,
    not assumed: a check-in (for a threat, ("check", "danger_from_others"): CrisisPolicy asks
    whether anyone is hurting or threatening them, with 999 and the domestic abuse helpline),
    unless a model alone says crisis. Laughter never clears a risk word: people mask real
    distress, and abuse, with "lol", so it only ever turns the crisis response into a direct
    question that carries the lines for that risk. A medication or diagnosis question
    with only a model's uncertain band raised gets the clinical answer, which points to a GP, a
    pharmacist and NHS 111 option 2, instead of the check-in: the semantic layer puts "should I
    stop my tablets?" at 0.7, near overdose wording. Who the crisis is for
    comes from the lexicon's kind when it says danger from others, else from the semantic
    layer's most likely risk class.
    """
    semantic = semantic or {}
    risk_for = RISK_FOR_LEXICON_KIND.get(lexicon_kind or "", semantic.get("for") or "self")
    semantic_p = float(semantic.get("probability") or 0.0)
    if (lexicon_kind in SEMANTIC_CLEARS_LEXICON_KINDS and not relapse and "probability" in semantic
            and semantic_p < thresholds.semantic_clear and words >= thresholds.semantic_clear_min_words
            and classifier_p < thresholds.classifier_check):
        lexicon_kind = None
    if classifier_p >= thresholds.classifier_crisis or semantic_p >= thresholds.semantic_crisis:
        return "crisis", risk_for
    if lexicon_kind is not None:
        return ("check" if laughing and lexicon_kind in LAUGHTER_CHECKS_LEXICON_KINDS else "crisis"), risk_for
    semantic_doubts = "probability" not in semantic or semantic_p >= thresholds.classifier_check_semantic_floor
    uncertain = (classifier_p >= thresholds.classifier_check and semantic_doubts) or semantic_p >= thresholds.semantic_check
    if uncertain and not clinical:
        return "check", risk_for
    return "none", risk_for


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetyOverride(_ProcessOnly):
    """Sets the crisis intent when any layer sees risk; marks the uncertain band for a check-in.

    The layers: the risk lexicon (signpost.safety), the intent classifier's probability for
    `crisis`, and the semantic layer (SemanticRiskClassifier). Any one alone at its crisis
    threshold makes the message a crisis, and a crisis intent is never replaced; `crisis_for`
    says who it is for (self, someone_else, danger_from_others). Between a model's check-in
    threshold and its crisis threshold the message keeps the classifier's best non-crisis
    intent but carries `risk_check`, and CrisisPolicy asks the person before anything else runs
    (so an unsure score never becomes start_over, a clinical refusal or a plain search).
    Thresholds and how they were chosen: bot/config.yml and docs/safety.md. Requests for
    diagnosis or medication advice that carry no risk become ask_clinical.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # the thresholds bot/config.yml sets and docs/safety.md explains
        return {
            "classifier_crisis_confidence": 0.9,
            "classifier_check_confidence": 0.4,
            "semantic_crisis_probability": 0.9,
            "semantic_check_probability": 0.65,
            "semantic_clear_probability": 0.02,
            "semantic_clear_min_words": 8,
            "classifier_check_semantic_floor": 0.3,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The lexicons and the folding tables: read at run time, but fingerprinted so that a
        cached model is never paired with lexicons it was not validated against."""
        from signpost.safety.risk_data import directory_fingerprint
        from signpost.text import folding

        return directory_fingerprint(safety.DATA_DIR) + folding.fingerprint()

    def __init__(self, config: Optional[Dict[Text, Any]] = None) -> None:
        config = {**self.get_default_config(), **(config or {})}
        self.thresholds = Thresholds(
            classifier_crisis=float(config["classifier_crisis_confidence"]),
            classifier_check=float(config["classifier_check_confidence"]),
            semantic_crisis=float(config["semantic_crisis_probability"]),
            semantic_check=float(config["semantic_check_probability"]),
            semantic_clear=float(config["semantic_clear_probability"]),
            semantic_clear_min_words=int(config["semantic_clear_min_words"]),
            classifier_check_semantic_floor=float(config["classifier_check_semantic_floor"]),
        )
        if not (self.thresholds.classifier_check <= self.thresholds.classifier_crisis
                and self.thresholds.semantic_clear <= self.thresholds.semantic_check
                <= self.thresholds.semantic_crisis
                and 0.0 <= self.thresholds.classifier_check_semantic_floor < self.thresholds.semantic_check):
            raise ValueError(f"SafetyOverride in bot/config.yml: a check-in threshold is above its crisis threshold, or the clear threshold or the classifier check-in's semantic floor above the semantic check-in: {config}")
        # Load now, so a broken lexicon stops the server at start-up, not at the first message.
        safety.default_lexicons()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text:
                continue
            crisis_confidence = model_crisis_confidence(message)
            message.set("model_intent", top_model_intent(message), add_to_output=True)
            message.set("model_crisis_confidence", crisis_confidence, add_to_output=True)
            risk = safety.detect_risk(text)
            # a risk disclosure is never a clinical request (detect_clinical_request would look again)
            clinical = risk is None and safety.detect_clinical_request(text) is not None
            verdict, risk_for = risk_verdict(risk.kind if risk else None, crisis_confidence,
                                             semantic_risk(message), self.thresholds, word_count(text),
                                             laughing=laughs(text), clinical=clinical,
                                             relapse=risk is not None and is_relapse(risk.phrase_id))
            if verdict == "crisis":
                self._set_intent(message, CRISIS_INTENT)
                message.set("crisis_for", risk_for, add_to_output=True)
                if risk is not None:
                    message.set("risk", {"kind": risk.kind, "phrase_id": risk.phrase_id}, add_to_output=True)
                continue
            if verdict == "check":
                message.set("risk_check", True, add_to_output=True)
                message.set("crisis_for", risk_for, add_to_output=True)
                if risk is not None:  # the lexicon's word laughed about: CrisisPolicy picks the check-in by its kind
                    message.set("risk", {"kind": risk.kind, "phrase_id": risk.phrase_id}, add_to_output=True)
            if clinical:
                self._set_intent(message, CLINICAL_INTENT)
            elif (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == CRISIS_INTENT:
                self._take_next_guess(message)
        return messages

    @staticmethod
    def _take_next_guess(message: Message) -> None:
        """The classifier's best intent other than crisis, or nlu_fallback when it has none."""
        others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != CRISIS_INTENT]
        intent = others[0] if others else {INTENT_NAME_KEY: FALLBACK_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, others, add_to_output=True)

    @staticmethod
    def _set_intent(message: Message, name: str) -> None:
        intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)
