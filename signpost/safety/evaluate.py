"""Measure the risk lexicon against the crisis evaluation set.

    python -m signpost.safety.evaluate [--json bench/crisis-lexicon.json] [--set tests/safety/crisis_eval.yml]

Prints recall on risk messages and the false-alarm rate on the others, per language and overall,
and exits 1 when any language misses a risk message or raises false alarms on 3% or more of its
other messages.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import yaml

from . import DATA_DIR, RiskSignal, SafetyLexicons
from .lexicon import RISK_KINDS

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = REPO_ROOT / "tests" / "safety" / "crisis_eval.yml"
MIN_RECALL = 1.0
MAX_FALSE_ALARM_RATE = 0.03
NON_RISK_REASONS = frozenset({"idiom", "bereavement", "service_name", "third_party_past", "search", "past_recovered",
                              "media"})


@dataclass(frozen=True)
class EvalMessage:
    lang: str
    text: str
    risk: bool
    kind: Optional[str]  # for risk messages
    why: Optional[str]   # for the others


def load_eval_set(path: Path) -> List[EvalMessage]:
    """Read and check the evaluation set; errors name the file and the message number."""
    with Path(path).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ValueError(f"{path}: expected a mapping with a 'messages' list")
    messages = []
    for number, raw in enumerate(data["messages"], start=1):
        where = f"{path}: message {number}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: expected a mapping")
        unknown = set(raw) - {"lang", "text", "risk", "kind", "why"}
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        lang, text, risk = raw.get("lang"), raw.get("text"), raw.get("risk")
        if not isinstance(lang, str) or not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}: needs a lang and a non-empty text")
        if not isinstance(risk, bool):
            raise ValueError(f"{where}: risk must be true or false")
        kind, why = raw.get("kind"), raw.get("why")
        if risk and kind not in RISK_KINDS:
            raise ValueError(f"{where}: a risk message needs kind, one of {sorted(RISK_KINDS)}; got {kind!r}")
        if not risk and why not in NON_RISK_REASONS:
            raise ValueError(f"{where}: a non-risk message needs why, one of {sorted(NON_RISK_REASONS)}; got {why!r}")
        messages.append(EvalMessage(lang, text, risk, kind if risk else None, why if not risk else None))
    return messages


@dataclass
class LanguageResult:
    risk: int = 0
    detected: int = 0
    kind_agrees: int = 0
    non_risk: int = 0
    false_alarms: int = 0

    @property
    def recall(self) -> float:
        return self.detected / self.risk if self.risk else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.non_risk if self.non_risk else 0.0

    @property
    def passed(self) -> bool:
        return self.recall >= MIN_RECALL and self.false_alarm_rate < MAX_FALSE_ALARM_RATE

    def as_dict(self) -> dict:
        return {
            "risk_messages": self.risk,
            "detected": self.detected,
            "recall": round(self.recall, 4),
            "kind_agreement": round(self.kind_agrees / self.risk, 4) if self.risk else None,
            "non_risk_messages": self.non_risk,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": round(self.false_alarm_rate, 4),
            "passed": self.passed,
        }


@dataclass(frozen=True)
class Outcome:
    message: EvalMessage
    signal: Optional[RiskSignal]

    @property
    def correct(self) -> bool:
        return (self.signal is not None) == self.message.risk


def run(messages: Sequence[EvalMessage], lexicons: SafetyLexicons) -> List[Outcome]:
    return [Outcome(message, lexicons.detect_risk(message.text)) for message in messages]


def summarise(outcomes: Sequence[Outcome]) -> Dict[str, LanguageResult]:
    results: Dict[str, LanguageResult] = {}
    for outcome in outcomes:
        result = results.setdefault(outcome.message.lang, LanguageResult())
        if outcome.message.risk:
            result.risk += 1
            if outcome.signal is not None:
                result.detected += 1
                result.kind_agrees += outcome.signal.kind == outcome.message.kind
        else:
            result.non_risk += 1
            result.false_alarms += outcome.signal is not None
    return results


def overall(results: Dict[str, LanguageResult]) -> LanguageResult:
    total = LanguageResult()
    for result in results.values():
        total.risk += result.risk
        total.detected += result.detected
        total.kind_agrees += result.kind_agrees
        total.non_risk += result.non_risk
        total.false_alarms += result.false_alarms
    return total


def time_per_message(messages: Sequence[EvalMessage], lexicons: SafetyLexicons, rounds: int = 5) -> dict:
    """Microseconds per detect_risk call over the whole set, after one warm-up pass."""
    texts = [message.text for message in messages]
    for text in texts:
        lexicons.detect_risk(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            lexicons.detect_risk(text)
            samples.append((time.perf_counter() - start) * 1e6)
    samples.sort()
    return {
        "messages_timed": len(samples),
        "mean_us": round(statistics.fmean(samples), 1),
        "median_us": round(samples[len(samples) // 2], 1),
        "p95_us": round(samples[int(len(samples) * 0.95) - 1], 1),
        "max_us": round(samples[-1], 1),
    }


def report(results: Dict[str, LanguageResult], eval_set: Path, timing: Optional[dict]) -> dict:
    total = overall(results)
    return {
        "eval_set": str(eval_set.resolve().relative_to(REPO_ROOT)) if eval_set.resolve().is_relative_to(REPO_ROOT) else str(eval_set),
        "thresholds": {"min_recall": MIN_RECALL, "max_false_alarm_rate": MAX_FALSE_ALARM_RATE},
        "languages": {lang: results[lang].as_dict() for lang in sorted(results)},
        "overall": total.as_dict(),
        "passed": all(result.passed for result in results.values()),
        "timing": timing,
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="evaluation set (YAML)")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="lexicon directory (data/safety)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this path")
    parser.add_argument("--no-timing", action="store_true", help="skip the per-message timing")
    args = parser.parse_args(argv)

    messages = load_eval_set(args.set)
    lexicons = SafetyLexicons(args.data)
    outcomes = run(messages, lexicons)
    results = summarise(outcomes)
    timing = None if args.no_timing else time_per_message(messages, lexicons)
    data = report(results, args.set, timing)

    print(f"{'language':<10}{'recall':>16}{'false alarms':>18}{'kind agrees':>14}")
    for lang, row in data["languages"].items():
        result = results[lang]
        flag = "" if result.passed else "   FAIL"
        print(f"{lang:<10}{result.detected:>6}/{result.risk:<3}{result.recall:>6.0%}"
              f"{result.false_alarms:>8}/{result.non_risk:<3}{result.false_alarm_rate:>6.1%}"
              f"{row['kind_agreement'] or 0:>13.0%}{flag}")
    total = overall(results)
    print(f"{'overall':<10}{total.detected:>6}/{total.risk:<3}{total.recall:>6.0%}"
          f"{total.false_alarms:>8}/{total.non_risk:<3}{total.false_alarm_rate:>6.1%}")
    for outcome in outcomes:
        if not outcome.correct:
            what = "missed" if outcome.message.risk else f"false alarm ({outcome.signal.phrase_id})"
            print(f"  {what} [{outcome.message.lang}]: {outcome.message.text}")
    if timing:
        print(f"detect_risk: mean {timing['mean_us']} µs, median {timing['median_us']} µs, "
              f"p95 {timing['p95_us']} µs, max {timing['max_us']} µs per message")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if data["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
