"""Run by test_crisis_eval_model.py in the Rasa environment: the crisis evaluation set through the
trained model's whole NLU (lexicon and classifier), as the server reads a message.

Prints a JSON object: per language, risk messages missed and non-risk messages taken for a crisis.
"""
import json
import logging
import sys
from collections import defaultdict
from pathlib import Path

from signpost.understanding.evaluation import crisis_eval_messages, predict


def report(model: str) -> dict:
    by_language = defaultdict(lambda: {"risk": 0, "missed": [], "non_risk": 0, "false_alarms": []})
    for p in predict(Path(model), crisis_eval_messages()):
        language = by_language[p["language"]]
        crisis = p["predicted_intent"] == "crisis"
        if p["intent"] == "crisis":
            language["risk"] += 1
            if not crisis:
                language["missed"].append(p["text"])
        else:
            language["non_risk"] += 1
            if crisis:
                language["false_alarms"].append(p["text"])
    return by_language


if __name__ == "__main__":
    logging.disable(logging.WARNING)
    print(json.dumps(report(sys.argv[1]), ensure_ascii=False))
