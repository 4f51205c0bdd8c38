"""Multi-turn conversation evaluation against a running assistant, over Rasa's REST channel.

    signpost eval tests/conversations/cases.yml --url http://127.0.0.1:5005

A case file is YAML: ``cases:``, a list of cases. Each case has an ``id``, a ``group`` and a
``lang`` (for the per-group and per-language tallies), either ``text`` (one turn) or ``turns`` (a
list of messages), optionally ``widget_language`` (sent as ``metadata.language`` with every turn),
and the checks below. Every case is a fresh conversation. The replies to the LAST turn are
checked; ``crisis: false`` looks at every reply of the case.

    crisis: true / false        a crisis payload in reply to the last turn / in no reply at all
    expect_any: [ids]           at least one of these services was shown
    expect_all: [ids]           all of these were shown
    forbid: [ids]               none of these was shown
    reply_script: latin | arabic | bengali | gurmukhi | gujarati | tamil | han
                                at least half of the reply's letters are in this script
    reply_contains_any: [s]     the reply text (and button titles) contains one of these, any case
    reply_excludes: [s]         ... and none of these

Standard library only, apart from PyYAML for the case file.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import yaml

from signpost.conversation.rest import RestConversation

SCRIPTS = {
    "arabic": "ARABIC", "bengali": "BENGALI", "gurmukhi": "GURMUKHI", "gujarati": "GUJARATI",
    "tamil": "TAMIL", "han": "CJK", "latin": "LATIN",
}
CHECK_KEYS = {"crisis", "expect_any", "expect_all", "forbid", "reply_script", "reply_contains_any", "reply_excludes"}
CASE_KEYS = CHECK_KEYS | {"id", "group", "lang", "text", "turns", "widget_language", "note"}
LIST_KEYS = ("expect_any", "expect_all", "forbid", "reply_contains_any", "reply_excludes", "turns")


class CaseFileError(ValueError):
    """A case file that cannot be run; the message names the file and the case."""


@dataclass
class Case:
    id: str
    group: str
    lang: str
    turns: List[str]
    checks: Dict[str, object]
    widget_language: Optional[str] = None


@dataclass
class Outcome:
    case: Case
    failures: List[str] = field(default_factory=list)
    reply: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures


def load_cases(path: Path) -> List[Case]:
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise CaseFileError(f"{path}: cannot read the case file: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("cases"), list):
        raise CaseFileError(f"{path}: expected a mapping with a `cases:` list")
    cases, seen = [], set()
    for number, raw in enumerate(document["cases"], start=1):
        where = f"{path}: case {number}"
        if not isinstance(raw, dict):
            raise CaseFileError(f"{where}: expected a mapping")
        case_id = raw.get("id")
        if not isinstance(case_id, str) or not case_id:
            raise CaseFileError(f"{where}: no `id`")
        where = f"{path}: case {case_id!r}"
        if case_id in seen:
            raise CaseFileError(f"{where}: the id is used twice")
        seen.add(case_id)
        unknown = set(raw) - CASE_KEYS
        if unknown:
            raise CaseFileError(f"{where}: unknown keys {sorted(unknown)}")
        if ("text" in raw) == ("turns" in raw):
            raise CaseFileError(f"{where}: give either `text` or `turns`")
        for key in LIST_KEYS:
            if key in raw and (not isinstance(raw[key], list) or not all(isinstance(v, str) for v in raw[key])):
                raise CaseFileError(f"{where}: `{key}` must be a list of strings")
        turns = raw["turns"] if "turns" in raw else [raw["text"]]
        if not turns or not all(isinstance(t, str) and t for t in turns):
            raise CaseFileError(f"{where}: every turn must be a non-empty string")
        if "crisis" in raw and not isinstance(raw["crisis"], bool):
            raise CaseFileError(f"{where}: `crisis` must be true or false")
        if "reply_script" in raw and raw["reply_script"] not in SCRIPTS:
            raise CaseFileError(f"{where}: `reply_script` must be one of {sorted(SCRIPTS)}")
        checks = {key: raw[key] for key in CHECK_KEYS if key in raw}
        if not checks:
            raise CaseFileError(f"{where}: no checks")
        cases.append(Case(case_id, str(raw.get("group", "?")), str(raw.get("lang", "?")), list(turns),
                          checks, raw.get("widget_language")))
    return cases


def reply_text(replies: Sequence[dict]) -> str:
    """The text of every message, and the titles of its buttons."""
    out = []
    for message in replies:
        if message.get("text"):
            out.append(message["text"])
        out.extend(button.get("title", "") for button in message.get("buttons") or [])
    return "\n".join(out)


def payloads(replies: Sequence[dict], kind: str) -> List[dict]:
    return [m["custom"] for m in replies if isinstance(m.get("custom"), dict) and m["custom"].get("kind") == kind]


def shown_ids(replies: Sequence[dict]) -> List[str]:
    return [s.get("id") for p in payloads(replies, "services") for s in p.get("services", []) if isinstance(s, dict)]


def script_share(text: str, script: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    prefix = SCRIPTS[script]
    return sum(1 for c in letters if unicodedata.name(c, "").startswith(prefix)) / len(letters)


def check(checks: Dict[str, object], last: Sequence[dict], every: Sequence[dict]) -> List[str]:
    """What failed, in words; empty when the case passes."""
    failures = []
    ids = shown_ids(last)
    if checks.get("crisis") is True and not payloads(last, "crisis"):
        failures.append("no crisis payload")
    if checks.get("crisis") is False and payloads(every, "crisis"):
        failures.append("crisis payload on a non-crisis case")
    if checks.get("expect_any") and not set(checks["expect_any"]) & set(ids):
        failures.append(f"none of {checks['expect_any']} shown (shown: {ids})")
    failures += [f"{i} not shown (shown: {ids})" for i in checks.get("expect_all") or [] if i not in ids]
    failures += [f"{i} shown but forbidden" for i in checks.get("forbid") or [] if i in ids]
    text = reply_text(last)
    script = checks.get("reply_script")
    if script and script_share(text, script) < 0.5:
        failures.append(f"reply not mostly {script} script")
    low = text.lower()
    wanted = checks.get("reply_contains_any")
    if wanted and not any(s.lower() in low for s in wanted):
        failures.append(f"reply lacks any of {wanted}")
    failures += [f"reply contains {s!r}" for s in checks.get("reply_excludes") or [] if s.lower() in low]
    return failures


def run_case(case: Case, rasa_url: str, timeout: float) -> Outcome:
    conversation = RestConversation(rasa_url, sender="eval-" + uuid.uuid4().hex)
    metadata = {"language": case.widget_language} if case.widget_language else None
    every: List[dict] = []
    last: List[dict] = []
    try:
        for turn in case.turns:
            last = conversation.say(turn, metadata, timeout)
            every += last
    except Exception as error:  # a broken turn is a failed case, not a crashed run
        return Outcome(case, [f"error: {error}"])
    return Outcome(case, check(case.checks, last, every), reply_text(last))


def tally(outcomes: Sequence[Outcome]) -> Dict[str, List[int]]:
    """passed, total per `group:<g>` and `lang:<l>`."""
    counts: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        for tag in (f"group:{outcome.case.group}", f"lang:{outcome.case.lang}"):
            counts[tag][0] += outcome.ok
            counts[tag][1] += 1
    return dict(counts)


def eval_command(args: argparse.Namespace) -> int:
    try:
        cases = load_cases(Path(args.cases))
    except CaseFileError as error:
        print(f"error: {error}")
        return 2
    outcomes = []
    for case in cases:
        outcome = run_case(case, args.url, args.timeout)
        outcomes.append(outcome)
        if not outcome.ok or args.verbose:
            print(f"{'PASS' if outcome.ok else 'FAIL'} {case.id}: {'; '.join(outcome.failures)}")
            if args.verbose:
                print("   > " + outcome.reply.replace("\n", "\n   > ")[:600])
    print()
    for tag, (passed, total) in sorted(tally(outcomes).items()):
        print(f"{tag:28s} {passed}/{total}")
    passed = sum(o.ok for o in outcomes)
    print(f"{passed} passed, {len(outcomes) - passed} failed")
    if args.json:
        report = {"cases": Path(args.cases).name, "passed": passed, "total": len(outcomes),
                  "by": {tag: {"passed": p, "total": t} for tag, (p, t) in sorted(tally(outcomes).items())},
                  "failed": [o.case.id for o in outcomes if not o.ok],
                  "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if passed == len(outcomes) else 1


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser("eval", help="run multi-turn conversation cases against a running assistant",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", help="a YAML case file")
    parser.add_argument("--url", default="http://127.0.0.1:5005", help="the Rasa server")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for one turn")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every case and its reply")
    parser.add_argument("--json", help="also write the tallies and the failed case ids to this file")
    parser.set_defaults(func=eval_command)
