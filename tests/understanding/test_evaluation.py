"""The NLU report's arithmetic (signpost/understanding/evaluation.py), on predictions small enough to score by hand."""
import pytest

from signpost.understanding.evaluation import entity_scores, intent_macro_f1, score


def prediction(intent, predicted, entities=(), found=()):
    return {"language": "en", "intent": intent, "predicted_intent": predicted,
            "entities": [list(e) for e in entities], "predicted_entities": [list(e) for e in found]}


def test_macro_f1_averages_the_f1_of_every_true_intent():
    predictions = [prediction("greet", "greet"), prediction("greet", "crisis"),
                   prediction("crisis", "crisis"), prediction("thank", "nlu_fallback")]
    # greet: tp 1, fn 1 -> 2/3; crisis: tp 1, fp 1 -> 2/3; thank: 0
    assert intent_macro_f1(predictions) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


def test_a_perfect_run_scores_one():
    predictions = [prediction("greet", "greet", [("place", "Leeds")], [("place", "Leeds")])]
    assert score(predictions) == {"examples": 1, "intent_macro_f1": 1.0, "intent_accuracy": 1.0,
                                  "entity": {"precision": 1.0, "recall": 1.0, "f1": 1.0}}


def test_entities_are_matched_by_name_and_value_counting_repeats():
    predictions = [
        prediction("find_service", "find_service",
                   entities=[("need", "peer_support"), ("need", "peer_support"), ("place", "Leeds")],
                   found=[("need", "peer_support"), ("place", "Bradford")]),
    ]
    assert entity_scores(predictions) == {"precision": 0.5, "recall": 0.3333, "f1": 0.4}
