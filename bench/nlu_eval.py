"""NLU evaluation on the held-out examples: intent macro-F1 and entity F1, per language.

Runs in the Rasa environment (it loads trained models):

    make nlu-eval       # trains each candidate in bench/nlu_configs/ on data/nlu, tests on tests/nlu

Candidates:
- every bench/nlu_configs/<name>.yml, one model trained on all languages' data/nlu/*.yml;
- "<name>-per-language": the same config trained once per language on that language's data and
  tested on that language only (the best a language router could do, since it is told the
  language rather than detecting it).
The production config (bot/config.yml) is one of the candidates; the report says which one
scores best. tests/nlu/<lang>.yml is never trained on.

The split's confusions (which intent was mistaken for which, never the texts) guided later rounds
of training data, so its scores lean optimistic. tests/nlu_fresh/<lang>.yml is a second test set,
written after the training data was frozen by writers who had not seen it, and never used for
tuning: multilingual candidates are scored on it too (intent only; it carries no annotations).

Each multilingual candidate also reads the crisis evaluation set (tests/safety/crisis_eval.yml),
to show the second safety layer on its own: how many risk messages the classifier alone calls a
crisis, and how many non-risk ones it wrongly does (those are false alarms of the whole system,
since either layer triggers the crisis response).

Scores are the system's answer, not the classifier's alone: the safety override may turn any
message into `crisis` or `ask_clinical`, and nlu_fallback counts as a wrong intent.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

from signpost.understanding.evaluation import crisis_eval_messages, intent_score, predict, score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRAIN_DIR = ROOT / "data" / "nlu"
HELD_OUT_DIR = ROOT / "tests" / "nlu"
FRESH_DIR = ROOT / "tests" / "nlu_fresh"
CONFIG_DIR = HERE / "nlu_configs"
WORK_DIR = ROOT / "var" / "nlu-eval"
REPORT = HERE / "nlu-eval.json"
RASA = Path(sys.executable).parent / "rasa"

def languages() -> list[str]:
    return sorted(p.stem for p in HELD_OUT_DIR.glob("*.yml"))


def train(config: Path, nlu: Path, out: Path, name: str) -> tuple[Path, float]:
    model = out / f"{name}.tar.gz"
    started = time.monotonic()
    subprocess.run(
        [str(RASA), "train", "nlu", "--config", str(config), "--out", str(out), "--fixed-model-name", name,
         "--quiet", "--nlu", str(nlu)],
        check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL)
    return model, time.monotonic() - started


def held_out(language: str, directory: Path = HELD_OUT_DIR) -> list[dict]:
    from rasa.shared.nlu.training_data.loading import load_data

    examples = []
    for message in load_data(str(directory / f"{language}.yml")).intent_examples:
        entities = {(e["entity"], str(e.get("value", e.get("text")))) for e in message.get("entities") or []}
        examples.append({"language": language, "text": message.get("text"), "intent": message.get("intent"),
                         "entities": sorted(entities)})
    return examples


def per_language(predictions: list[dict], scorer) -> dict:
    by_language = defaultdict(list)
    for p in predictions:
        by_language[p["language"]].append(p)
    return {language: scorer(ps) for language, ps in sorted(by_language.items())}


def fresh_test_set(model: Path) -> dict | None:
    fresh_languages = sorted(p.stem for p in FRESH_DIR.glob("*.yml"))
    if not fresh_languages:
        return None
    predictions = predict(model, [e for language in fresh_languages for e in held_out(language, FRESH_DIR)])
    return {"overall": intent_score(predictions), "per_language": per_language(predictions, intent_score),
            "most_common_errors": confusions(predictions)}


CRISIS_CONFIDENCE_SWEEP = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def crisis_layers(predictions: list[dict], threshold: float) -> dict:
    """What the classifier alone and the whole system (lexicon or classifier) do with risk and
    tricky non-risk messages, per language; and, over all languages, how the classifier's share
    would change with the confidence it needs before it may trigger the crisis response."""
    def layers(ps: list[dict]) -> dict:
        risk = [p for p in ps if p["intent"] == "crisis"]
        other = [p for p in ps if p["intent"] != "crisis"]
        classifier = lambda p: p["model_crisis_confidence"] >= threshold
        return {
            "risk_messages": len(risk), "non_risk_messages": len(other),
            "classifier_recall": round(sum(map(classifier, risk)) / len(risk), 4),
            "classifier_false_alarms": sum(map(classifier, other)),
            "system_recall": round(sum(p["predicted_intent"] == "crisis" for p in risk) / len(risk), 4),
            "system_false_alarms": sum(p["predicted_intent"] == "crisis" for p in other),
        }

    risk = [p for p in predictions if p["intent"] == "crisis"]
    other = [p for p in predictions if p["intent"] != "crisis"]
    sweep = {str(t): {"classifier_recall": round(sum(p["model_crisis_confidence"] >= t for p in risk) / len(risk), 4),
                      "classifier_false_alarm_rate": round(sum(p["model_crisis_confidence"] >= t for p in other) / len(other), 4)}
             for t in CRISIS_CONFIDENCE_SWEEP}
    return {"classifier_crisis_confidence": threshold, "all": layers(predictions),
            "per_language": per_language(predictions, layers),
            "classifier_confidence_sweep": sweep}


def classifier_crisis_confidence(config: Path) -> float:
    import yaml

    from signpost_rasa.nlu import SafetyOverride

    for component in yaml.safe_load(config.read_text(encoding="utf-8")).get("pipeline", []):
        if component.get("name", "").endswith(".SafetyOverride"):
            default = SafetyOverride.get_default_config()["classifier_crisis_confidence"]
            return float(component.get("classifier_crisis_confidence", default))
    raise SystemExit(f"{config} has no SafetyOverride: every candidate must run the safety layer")


def confusions(predictions: list[dict], limit: int = 15) -> list[dict]:
    wrong = Counter((p["language"], p["intent"], p["predicted_intent"]) for p in predictions
                    if p["intent"] != p["predicted_intent"])
    return [{"language": lang, "intent": gold, "predicted": predicted, "count": count}
            for (lang, gold, predicted), count in wrong.most_common(limit)]


def training_examples() -> int:
    return sum(line.startswith("      - ") for path in TRAIN_DIR.glob("*.yml")
               for line in path.read_text(encoding="utf-8").splitlines())


def evaluate_candidate(name: str, config: Path, one_model_per_language: bool) -> dict:
    out = WORK_DIR / name
    shutil.rmtree(out, ignore_errors=True)
    predictions, seconds = [], 0.0
    if one_model_per_language:
        for language in languages():
            model, took = train(config, TRAIN_DIR / f"{language}.yml", out, language)
            seconds += took
            predictions += predict(model, held_out(language))
        crisis = fresh = None
    else:
        model, seconds = train(config, TRAIN_DIR, out, name)
        predictions = predict(model, [e for language in languages() for e in held_out(language)])
        crisis = crisis_layers(predict(model, crisis_eval_messages()), classifier_crisis_confidence(config))
        fresh = fresh_test_set(model)
    return {
        "config": str(config.relative_to(ROOT)),
        "training_examples": training_examples(),
        "per_language_models": one_model_per_language,
        "training_seconds": round(seconds, 1),
        "overall": score(predictions),
        "per_language": per_language(predictions, score),
        "most_common_errors": confusions(predictions),
        "crisis_eval_set": crisis,
        "fresh_test_set": fresh,
    }


def candidate_configs(names: list[str]) -> dict[str, Path]:
    configs = {"production": ROOT / "bot" / "config.yml"}
    configs.update({p.stem: p for p in sorted(CONFIG_DIR.glob("*.yml"))})
    if names:
        unknown = sorted(set(names) - set(configs))
        if unknown:
            raise SystemExit(f"unknown candidate(s) {unknown}; known: {sorted(configs)}")
        configs = {name: configs[name] for name in names}
    return configs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates", nargs="*", help="config names (default: production and every bench/nlu_configs/*.yml)")
    parser.add_argument("--per-language", action="store_true", help="also train and test one model per language")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)

    report = json.loads(args.report.read_text()) if args.report.exists() else {}
    results = report.get("candidates", {})
    for name, config in candidate_configs(args.candidates).items():
        runs = [(name, False)] + ([(f"{name}-per-language", True)] if args.per_language else [])
        for run_name, one_model_per_language in runs:
            print(f"{run_name}: training and testing", file=sys.stderr, flush=True)
            results[run_name] = evaluate_candidate(run_name, config, one_model_per_language)
            print(f"{run_name}: {json.dumps(results[run_name]['overall'])}", file=sys.stderr, flush=True)
    best = max(results, key=lambda n: min(s["intent_macro_f1"] for s in results[n]["per_language"].values()))
    report = {
        "what": "intent macro-F1 and entity F1 per language on tests/nlu (never trained on), and intent "
                "macro-F1 on tests/nlu_fresh (written after training froze, never used for tuning)",
        "targets": {"intent_macro_f1": {"en": 0.90, "other languages": 0.85}},
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "best_by_weakest_language": best,
        "candidates": results,
    }
    args.report.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
