"""Scoring the NLU on labelled messages: a trained model's reading of each message, and the
arithmetic over the predictions (intent macro-F1 and accuracy, entity precision, recall and F1).

An example is a dict with ``language``, ``text``, ``intent`` and ``entities`` (sorted [entity,
value] pairs); a prediction adds ``predicted_intent``, ``predicted_entities`` and what the
classifier said before the safety override (``model_intent``, ``model_crisis_confidence``).
Reading messages loads a trained model, so ``parse_messages`` and ``predict`` run in the Rasa
environment; the arithmetic is plain Python. Used by bench/nlu_eval.py and the tests.
"""
from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

# The language detector's entity says which language to answer in; it is not annotated.
UNSCORED_ENTITIES = {"conversation_language"}


def parse_messages(model: Path, texts: list[str]) -> list[dict]:
    """The trained model's whole NLU (safety override included) on each text, as the server reads it."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def parse_all():
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(parse_all())


def predict(model: Path, examples: list[dict]) -> list[dict]:
    predictions = []
    for example, parsed in zip(examples, parse_messages(model, [example["text"] for example in examples])):
        entities = {(e["entity"], str(e["value"])) for e in parsed.get("entities") or []
                    if e["entity"] not in UNSCORED_ENTITIES}
        predictions.append({**example, "predicted_intent": (parsed.get("intent") or {}).get("name"),
                            "model_intent": parsed.get("model_intent"),
                            "model_crisis_confidence": parsed.get("model_crisis_confidence", 0.0),
                            "predicted_entities": sorted(entities)})
    return predictions


def intent_macro_f1(predictions: list[dict]) -> float:
    labels = {p["intent"] for p in predictions}
    scores = []
    for label in labels:
        tp = sum(p["intent"] == label and p["predicted_intent"] == label for p in predictions)
        fp = sum(p["intent"] != label and p["predicted_intent"] == label for p in predictions)
        fn = sum(p["intent"] == label and p["predicted_intent"] != label for p in predictions)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def entity_scores(predictions: list[dict]) -> dict:
    tp = fp = fn = 0
    for p in predictions:
        gold = Counter(map(tuple, p["entities"]))
        found = Counter(map(tuple, p["predicted_entities"]))
        matched = sum((gold & found).values())
        tp += matched
        fp += sum(found.values()) - matched
        fn += sum(gold.values()) - matched
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def intent_score(predictions: list[dict]) -> dict:
    accuracy = sum(p["intent"] == p["predicted_intent"] for p in predictions) / len(predictions)
    return {"examples": len(predictions), "intent_macro_f1": round(intent_macro_f1(predictions), 4),
            "intent_accuracy": round(accuracy, 4)}


def score(predictions: list[dict]) -> dict:
    return {**intent_score(predictions), "entity": entity_scores(predictions)}


def crisis_eval_messages() -> list[dict]:
    from signpost.safety.evaluate import DEFAULT_SET, load_eval_set

    return [{"language": m.lang, "text": m.text, "intent": "crisis" if m.risk else "other", "entities": []}
            for m in load_eval_set(DEFAULT_SET)]
