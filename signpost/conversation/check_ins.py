"""The check-ins: a direct question asked instead of a crisis response when a risk score is uncertain.

The one table of them. signpost_rasa.crisis_policy picks a check-in by whom the uncertain message is
about and answers yes / no from it; signpost.conversation.rasa_domain renders each one's words and
lines from the catalogs into domain responses (docs/safety.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from signpost.conversation.crisis_lines import (
    CHECK_IN_LINES,
    DANGER_CHECK_IN_LINES,
    SOMEONE_ELSE_CHECK_IN_LINES,
)
from signpost.i18n import _N


@dataclass(frozen=True)
class CheckIn:
    response: str                 # the domain response that asks
    crisis_for: str               # whom the crisis response to "yes" is for
    messages: tuple[str, ...]     # catalog keys: the question and the lines it names, in one reply
    lines: tuple[dict, ...]       # those lines as tap-to-call links (signpost.conversation.crisis_lines)
    declined: str                 # the domain response to "no"
    declined_message: str         # its catalog key


SELF_CHECK_IN = CheckIn(
    "utter_crisis_check", "self",
    (_N("crisis.check.question"), _N("crisis.check.lines")),
    CHECK_IN_LINES,
    "utter_crisis_check_declined", _N("crisis.check.declined"),
)
SOMEONE_ELSE_CHECK_IN = CheckIn(
    "utter_crisis_check_someone_else", "someone_else",
    (_N("crisis.check.someone_else.question"), _N("crisis.check.someone_else.lines")),
    SOMEONE_ELSE_CHECK_IN_LINES,
    "utter_crisis_check_someone_else_declined", _N("crisis.check.someone_else.declined"),
)
DANGER_CHECK_IN = CheckIn(
    "utter_crisis_check_danger", "danger_from_others",
    (_N("crisis.check.danger.question"), _N("crisis.check.danger.lines"), _N("crisis.check.danger.samaritans")),
    DANGER_CHECK_IN_LINES,
    "utter_crisis_check_danger_declined", _N("crisis.check.danger.declined"),
)

CHECK_INS = {check_in.response: check_in for check_in in (SELF_CHECK_IN, SOMEONE_ELSE_CHECK_IN, DANGER_CHECK_IN)}
# The check-in for an uncertain message, by whom it is most likely about.
CHECK_IN_FOR = {check_in.crisis_for: check_in for check_in in CHECK_INS.values()}
