"""The intent classifier: TF-IDF word and character n-grams with a logistic regression.

One model for all twelve languages. It reads signpost.understanding.intent_features.classifier_text: the
message folded by the safety lexicon's `fold` (case, accents, Arabic-script letter variants,
Indic marks, Traditional to Simplified Chinese, one "word" per Chinese character), so "zabic sie"
and "zabić się", 幫助 and 帮助 look alike, followed by cue words for the entities, safety signals
and length found in it. Why not DIET: on the held-out split it scored no better, and training on
all twelve languages took over twenty minutes on two cores (bench/nlu-eval.json); this trains in
under a minute.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union

from signpost.understanding.intent_features import classifier_text

MODEL_FILE = "intent_classifier.joblib"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SignpostIntentClassifier(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 5],
            # inverse regularisation strength of the logistic regression
            "C": 20.0,
            "ranking_length": 10,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """Retrain when what the features read changes: the text folding, the understanding
        lexicons (entity cues) and the gazetteer data (place cues)."""
        from pathlib import Path

        from signpost.safety.risk_data import directory_fingerprint
        from signpost.text import folding

        repository = Path(__file__).resolve().parents[1]
        return folding.fingerprint() + directory_fingerprint(repository / "data" / "lexicon") + \
            directory_fingerprint(repository / "signpost" / "geography" / "data")

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 pipeline: Optional[Any] = None) -> None:
        self.config = config
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SignpostIntentClassifier":
        return cls(config, model_storage, resource)

    def _new_pipeline(self):
        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=tuple(self.config["word_ngrams"]),
                            token_pattern=r"(?u)\b\w+\b", sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.config["char_ngrams"]),
                            sublinear_tf=True),
        )
        return make_pipeline(features, LogisticRegression(C=self.config["C"], max_iter=3000))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(TEXT) and m.get(INTENT)]
        if len({m.get(INTENT) for m in examples}) < 2:
            raise ValueError("the intent classifier needs examples of at least two intents to train")
        self.pipeline = self._new_pipeline()
        self.pipeline.fit([classifier_text(m.get(TEXT)) for m in examples], [m.get(INTENT) for m in examples])
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self.pipeline, directory / MODEL_FILE)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SignpostIntentClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                pipeline = joblib.load(directory / MODEL_FILE)
        except ValueError:
            pipeline = None  # never trained: process() leaves messages alone
        return cls(config, model_storage, resource, pipeline)

    def process(self, messages: List[Message]) -> List[Message]:
        if self.pipeline is None:
            return messages
        texts = [classifier_text(m.get(TEXT) or "") for m in messages]
        for message, probabilities in zip(messages, self.pipeline.predict_proba(texts)):
            ranked = sorted(zip(self.pipeline.classes_, probabilities), key=lambda pair: -pair[1])
            ranking = [{INTENT_NAME_KEY: str(name), PREDICTED_CONFIDENCE_KEY: float(p)}
                       for name, p in ranked[: self.config["ranking_length"]]]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
