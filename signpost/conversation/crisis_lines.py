"""The national lines every crisis response gives: the one source of the crisis numbers.

These are safety text, reviewed like code: the numbers are checked against each organisation's
own site (see docs/registry-sources.md) and the wording lives in the catalogs under crisis.*.
Every other copy of a number must agree with this table, and tests/registry/test_crisis_lines.py
fails when one does not: the catalog message of each line (in all 12 languages), the generated
bot/domain/responses.yml, the registry record named by ``service`` in services.yml, and the
widget's offline fallback.
"""
from __future__ import annotations

# "service": the id of the line's record in services.yml (999 has none: it is not a service to list)
CRISIS_LINES = (
    {"id": "emergency", "number": "999", "type": "voice", "message": "crisis.emergency"},
    {"id": "nhs-111-mental-health", "number": "111", "type": "voice", "message": "crisis.nhs111",
     "service": "nhs-111-mental-health"},
    {"id": "samaritans", "number": "116 123", "type": "voice", "message": "crisis.samaritans",
     "service": "samaritans-helpline"},
    {"id": "shout", "number": "85258", "type": "text", "body": "SHOUT", "message": "crisis.shout",
     "service": "shout-text-85258"},
    {"id": "papyrus", "number": "0800 068 4141", "type": "voice", "message": "crisis.young_people",
     "service": "papyrus-hopeline247"},
    {"id": "childline", "number": "0800 1111", "type": "voice", "message": "crisis.young_people",
     "service": "childline"},
)

# For danger from another person now (domestic abuse), after 999. Checked against Refuge's and
# Respect's pages: the National Domestic Abuse Helpline (Refuge) is free and open 24 hours; the
# Men's Advice Line (Respect) is free, with set opening hours.
DANGER_FROM_OTHERS_LINES = (
    {"id": "emergency", "number": "999", "type": "voice", "message": "crisis.danger.emergency"},
    {"id": "national-domestic-abuse-helpline", "number": "0808 2000 247", "type": "voice",
     "message": "crisis.danger.helpline"},
    {"id": "mens-advice-line", "number": "0808 8010 327", "type": "voice", "message": "crisis.danger.mens_line"},
    {"id": "samaritans", "number": "116 123", "type": "voice", "message": "crisis.samaritans"},
    {"id": "shout", "number": "85258", "type": "text", "body": "SHOUT", "message": "crisis.shout"},
)

# The check-in's two lines (an uncertain risk score): tappable beside the question, so the person
# has them whatever they answer.
CHECK_IN_LINES = tuple(line for line in CRISIS_LINES if line["id"] in ("samaritans", "shout"))

# The danger check-in's lines (a threat from someone told with laughter, or an uncertain score about
# danger from others): 999 and the National Domestic Abuse Helpline, as in the danger-from-others
# response, and Samaritans, because in the uncertain band whom the risk is for is only a guess.
DANGER_CHECK_IN_LINES = tuple(line for line in DANGER_FROM_OTHERS_LINES
                              if line["id"] in ("emergency", "national-domestic-abuse-helpline", "samaritans"))

# The someone-else check-in's lines (an uncertain score about someone the person is worried about):
# 999 and Samaritans, in the words of the response for someone else.
_SOMEONE_ELSE_WORDING = {"emergency": "crisis.someone_else.emergency", "samaritans": "crisis.someone_else.samaritans"}
SOMEONE_ELSE_CHECK_IN_LINES = tuple({**line, "message": _SOMEONE_ELSE_WORDING[line["id"]]}
                                    for line in CRISIS_LINES if line["id"] in _SOMEONE_ELSE_WORDING)


def tel_uri(number: str, kind: str, body: str | None = None) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    if kind == "text":
        return f"sms:{digits}" + (f"?body={body}" if body else "")
    return f"tel:{digits}"
