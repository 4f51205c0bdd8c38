"""Custom NLU components: deterministic entities and the safety override.

Pipeline order (bot/config.yml): SignpostLanguageDetector, SignpostIntentClassifier
(signpost_rasa/intent_classifier.py), FallbackClassifier, SignpostEntityExtractor, SafetyOverride.
SafetyOverride comes last so that no later component can lower a crisis trigger.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

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
from signpost.language import SUPPORTED, detect_language, warm_up
from signpost.understanding import best_reading, extract_entities

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
    """Entities for need, place, language, community, gender, faith, time, fees, referral, ordinal, age.

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


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetyOverride(_ProcessOnly):
    """Sets the crisis intent when the risk lexicon or the classifier sees risk.

    Either signal alone is enough, and a crisis intent is never replaced. The classifier's signal
    is its probability for `crisis` reaching classifier_crisis_confidence (0.8 in bot/config.yml):
    on short or unfamiliar messages ("siema", "sing me a song") and on everyday idioms its lower
    guesses raised false alarms on 5.6% of the tricky non-risk messages at 0.5 and 0.8% at 0.8
    (bench/nlu-eval.json, crisis_eval_set). An unsure crisis guess gives way to the classifier's
    next guess (nlu_fallback when there is none, whose reply still names Samaritans). Requests for
    diagnosis or medication advice that carry no risk become ask_clinical.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"classifier_crisis_confidence": 0.5}

    def __init__(self, config: Optional[Dict[Text, Any]] = None) -> None:
        self.classifier_crisis_confidence = float(
            (config or self.get_default_config())["classifier_crisis_confidence"])
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
            if risk is not None or crisis_confidence >= self.classifier_crisis_confidence:
                self._set_intent(message, CRISIS_INTENT)
                if risk is not None:
                    message.set("risk", {"kind": risk.kind, "phrase_id": risk.phrase_id}, add_to_output=True)
            elif safety.detect_clinical_request(text) is not None:
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
