"""The whole safety system, through the trained model, on the development and the fresh risk sets.

    python -m bench.safety_eval [--model models/signpost.tar.gz] [--json bench/safety-eval.json]

Each message is parsed by the model's NLU exactly as the server reads it (lexicon, intent
classifier and semantic layer together, SafetyOverride deciding). A risk message is caught when it
gets the crisis response; a safe message is a false alarm when it does. Messages in the uncertain
band get a check-in instead (a question with the lines for that risk, not the crisis response):
those are counted apart and printed, never added to either figure.

Development set: tests/safety/crisis_eval.yml (the lexicons, the semantic layer's thresholds and
its data were developed against it). Fresh set: tests/safety/fresh/<lang>.yaml, written by someone
who never saw the training data, copied in after training and thresholds were frozen at the commit
recorded as frozen_at; never used to tune anything.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEVELOPMENT_SET = REPO / "tests" / "safety" / "crisis_eval.yml"
FRESH_DIR = REPO / "tests" / "safety" / "fresh"
COMMAND = "python -m bench.safety_eval --json bench/safety-eval.json"


def development_messages() -> list[dict]:
    data = yaml.safe_load(DEVELOPMENT_SET.read_text(encoding="utf-8"))["messages"]
    return [{"language": m["lang"].split("-")[0], "text": m["text"], "risk": bool(m["risk"])} for m in data]


def training_texts() -> set[str]:
    from signpost.safety import DATA_DIR
    from signpost.safety.risk_data import load_directory, training_directory

    return {text.strip().casefold() for examples in load_directory(training_directory(DATA_DIR)).values()
            for text, _ in examples}


def fresh_messages(directory: Path = FRESH_DIR, seen: set | None = None) -> list[dict]:
    """The fresh set (signpost.safety.risk_data.read_fresh_set), less any message the training data
    happens to contain word for word."""
    from signpost.safety.risk_data import read_fresh_set, without_copies

    kept, left_out = without_copies(read_fresh_set(directory), training_texts() if seen is None else seen)
    for message in left_out:
        print(f"fresh: left out, also in the training data: [{message['language']}] {message['text']}")
    return kept


def parse(model: Path, messages: list[dict]) -> list[dict]:
    from rasa.core.agent import Agent

    from signpost.safety import detect_risk

    agent = Agent.load(str(model))

    async def run():
        out = []
        for m in messages:
            parsed = await agent.parse_message(m["text"])
            out.append({**m, "crisis": (parsed.get("intent") or {}).get("name") == "crisis",
                        "check_in": bool(parsed.get("risk_check")),
                        "for": parsed.get("crisis_for"),
                        "lexicon": getattr(detect_risk(m["text"]), "kind", None),
                        "classifier": float(parsed.get("model_crisis_confidence") or 0.0),
                        "semantic": (parsed.get("semantic_risk") or {}).get("probability", 0.0)})
        return out

    return asyncio.run(run())


def summarise(results: list[dict]) -> dict:
    """Per language: the crisis response (risk_caught, false_alarms) and, apart, the check-in, which
    asks first and carries the lines for that risk as tap-to-call links (risk_check_in, safe_check_in)."""
    by_language: dict = defaultdict(lambda: {"risk_total": 0, "risk_caught": 0, "risk_check_in": 0,
                                             "safe_total": 0, "false_alarms": 0, "safe_check_in": 0})
    for r in results:
        entry = by_language[r["language"]]
        checked = r["check_in"] and not r["crisis"]
        if r["risk"]:
            entry["risk_total"] += 1
            entry["risk_caught"] += r["crisis"]
            entry["risk_check_in"] += checked
        else:
            entry["safe_total"] += 1
            entry["false_alarms"] += r["crisis"]
            entry["safe_check_in"] += checked
    return dict(by_language)


SWEEP = (0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 0.97)
CLEAR = (0.0, 0.01, 0.02, 0.05)


def configured_thresholds():
    """SafetyOverride's thresholds as bot/config.yml sets them."""
    from signpost_rasa.nlu import SafetyOverride

    pipeline = yaml.safe_load((REPO / "bot" / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    config = next(c for c in pipeline if c["name"].endswith(".SafetyOverride"))
    return SafetyOverride({k: v for k, v in config.items() if k != "name"}).thresholds


def sweep(results: list[dict]) -> None:
    """What each semantic threshold would do, the classifier's as bot/config.yml sets them, from the
    recorded layer scores (the rule itself is signpost_rasa.nlu.risk_verdict): how thresholds are
    chosen on the development set. "reached"
    counts the crisis response or the check-in (both carry the crisis lines), as a conversation
    judge does."""
    from dataclasses import replace

    from signpost.text.words import word_count
    from signpost_rasa.nlu import risk_verdict

    configured = configured_thresholds()
    for clear in CLEAR:
        for crisis in SWEEP:
            for check in (c for c in SWEEP if c <= crisis and c >= clear):
                thresholds = replace(configured, semantic_crisis=crisis, semantic_check=check, semantic_clear=clear)
                verdicts = [(r, risk_verdict(r["lexicon"], r["classifier"], {"probability": r["semantic"]},
                                             thresholds, word_count(r["text"]))[0]) for r in results]
                caught = sum(v == "crisis" for r, v in verdicts if r["risk"])
                asked = sum(v != "none" for r, v in verdicts if r["risk"])
                alarms = defaultdict(int)
                for r, v in verdicts:
                    alarms[r["language"]] += (not r["risk"]) and v == "crisis"
                asked_safe = sum(v == "check" for r, v in verdicts if not r["risk"])
                print(f"  clear {clear:.2f} crisis {crisis:.2f} check {check:.2f}: risk crisis {caught}, reached {asked} "
                      f"of {sum(r['risk'] for r in results)}; false alarms {sum(alarms.values())} "
                      f"(most in one language {max(alarms.values())}), safe check-ins {asked_safe}")


def details(name: str, results: list[dict]) -> None:
    """Misses, false alarms and check-ins, for the person reading the run."""
    risk = [r for r in results if r["risk"]]
    safe = [r for r in results if not r["risk"]]
    checked_risk = [r for r in risk if not r["crisis"] and r["check_in"]]
    checked_safe = [r for r in safe if r["check_in"]]
    print(f"{name}: risk caught {sum(r['crisis'] for r in risk)}/{len(risk)} "
          f"(+{len(checked_risk)} got the check-in), false alarms {sum(r['crisis'] for r in safe)}/{len(safe)} "
          f"(+{len(checked_safe)} safe messages got the check-in)")
    for r in risk:
        if not r["crisis"]:
            print(f"  missed{' (check-in)' if r['check_in'] else ''} [{r['language']}] {r['text']}")
    for r in safe:
        if r["crisis"]:
            print(f"  false alarm [{r['language']}] {r['text']}")
    if risk and any("class" in r and r.get("class") for r in risk):
        agree = sum(r["crisis"] and r["for"] == r["class"] for r in risk)
        print(f"  'for' agrees with the label on {agree} of {sum(r['crisis'] for r in risk)} caught")


def head_commit() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(REPO / "models" / "signpost.tar.gz"))
    parser.add_argument("--json", help="write the per-language figures here")
    parser.add_argument("--frozen-at", help="the commit training and thresholds were frozen at (default: HEAD)")
    parser.add_argument("--sweep", action="store_true", help="print what each semantic threshold would do on the development set")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    sets = {"development": development_messages(), "fresh": fresh_messages()}
    summaries = {}
    for name, messages in sets.items():
        if not messages:
            print(f"{name}: no messages")
            continue
        results = parse(Path(args.model), messages)
        details(name, results)
        if args.sweep and name == "development":
            sweep(results)
        summaries[name] = summarise(results)
    languages = sorted({language for summary in summaries.values() for language in summary})
    report = {
        "frozen_at": args.frozen_at or head_commit(),
        "command": COMMAND,
        "languages": {language: {name: summary[language] for name, summary in summaries.items() if language in summary}
                      for language in languages},
    }
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
