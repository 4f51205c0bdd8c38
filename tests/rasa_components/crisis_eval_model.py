"""Run by test_crisis_eval_model.py in the Rasa environment: the crisis evaluation set through the
trained model's whole NLU (lexicon and classifier), as the server reads a message.

Prints a JSON object: per language, risk messages missed and non-risk messages taken for a crisis.
"""
import asyncio
import json
import logging
import sys
from collections import defaultdict

from rasa.core.agent import Agent

from signpost.safety.evaluate import DEFAULT_SET, load_eval_set


async def main(model: str) -> dict:
    agent = Agent.load(model)
    report = defaultdict(lambda: {"risk": 0, "missed": [], "non_risk": 0, "false_alarms": []})
    for message in load_eval_set(DEFAULT_SET):
        parsed = await agent.parse_message(message.text)
        crisis = parsed["intent"]["name"] == "crisis"
        language = report[message.lang]
        if message.risk:
            language["risk"] += 1
            if not crisis:
                language["missed"].append(message.text)
        else:
            language["non_risk"] += 1
            if crisis:
                language["false_alarms"].append(message.text)
    return report


if __name__ == "__main__":
    logging.disable(logging.WARNING)
    print(json.dumps(asyncio.run(main(sys.argv[1])), ensure_ascii=False))
