"""Renders the Rasa domain's responses from the gettext catalogs.

The Rasa server answers some things without the action server: greetings, the capability and
privacy answers, the non-clinical refusal and, above all, the crisis response. Those responses
live in bot/domain/responses.yml, which this module generates from translations/ (one variation
per language, chosen by the `language` slot), so the catalogs stay the one source of wording.

    python -m signpost.conversation.rasa_domain bot/domain/responses.yml
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from signpost import i18n
from signpost.conversation.check_ins import CHECK_INS
from signpost.conversation.crisis_lines import CRISIS_LINES, DANGER_FROM_OTHERS_LINES, tel_uri

_N = i18n._N

SIMPLE_RESPONSES = {
    "utter_goodbye": [_N("goodbye")],
    "utter_thank": [_N("thank")],
    "utter_capabilities": [_N("capabilities")],
    "utter_human": [_N("human")],
    "utter_anonymous": [_N("anonymous")],
    "utter_out_of_scope": [_N("out_of_scope")],
    "utter_default": [_N("fallback"), _N("fallback.safety_net")],
    "utter_no_problem": [_N("no_problem")],
    "utter_clinical_refusal": [_N("clinical.refusal")],
}

# A greeting button sends its own (translated) title, which the NLU reads like typed text.
# Rasa would try to fill an /intent{...} payload's braces from slots, so none are used here.
GREETING_BUTTONS = (
    _N("greet.button.talk"),
    _N("greet.button.peer"),
    _N("greet.button.crisis"),
    _N("greet.button.advocacy"),
)

CRISIS_MESSAGES = (
    _N("crisis.intro"),
    _N("crisis.emergency"),
    _N("crisis.nhs111"),
    _N("crisis.samaritans"),
    _N("crisis.shout"),
    _N("crisis.young_people"),
)
# The first lines differ by whom the crisis is for (signpost_rasa.nlu.SafetyOverride sets
# crisis_for; signpost_rasa.crisis_policy picks the response).
CRISIS_RESPONSES = {
    "utter_crisis": ("self", CRISIS_MESSAGES, CRISIS_LINES),
    "utter_crisis_someone_else": (
        "someone_else",
        (
            _N("crisis.someone_else.intro"),
            _N("crisis.someone_else.emergency"),
            _N("crisis.someone_else.stay"),
            _N("crisis.someone_else.samaritans"),
            _N("crisis.nhs111"),
            _N("crisis.shout"),
            _N("crisis.young_people"),
        ),
        CRISIS_LINES,
    ),
    "utter_crisis_danger_from_others": (
        "danger_from_others",
        (
            _N("crisis.danger.intro"),
            _N("crisis.danger.emergency"),
            _N("crisis.danger.helpline"),
            _N("crisis.danger.mens_line"),
            _N("crisis.samaritans"),
            _N("crisis.shout"),
        ),
        DANGER_FROM_OTHERS_LINES,
    ),
}
# Every check-in (signpost.conversation.check_ins) answers with the same two quick replies.
CHECK_IN_BUTTONS = (_N("crisis.check.yes"), _N("crisis.check.no"))


def crisis_payload(language: str, crisis_for: str = "self", crisis_lines=CRISIS_LINES) -> dict:
    lines = []
    for line in crisis_lines:
        lines.append(
            {
                "id": line["id"],
                "number": line["number"],
                "type": line["type"],
                "href": tel_uri(line["number"], line["type"], line.get("body")),
                "text": i18n.t(line["message"], language),
            }
        )
    return {
        "kind": "crisis",
        "for": crisis_for,
        "language": language,
        "direction": i18n.direction(language),
        "lines": lines,
    }


def variations(language: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name, keys in SIMPLE_RESPONSES.items():
        out[name] = {"text": "\n\n".join(i18n.t(k, language) for k in keys)}
    out["utter_greet"] = {
        "text": i18n.t("greet.hello", language),
        "buttons": [
            {"title": i18n.t(title, language), "payload": i18n.t(title, language)}
            for title in GREETING_BUTTONS
        ],
    }
    for name, (crisis_for, messages, lines) in CRISIS_RESPONSES.items():
        out[name] = {
            "text": "\n".join(i18n.t(k, language) for k in messages),
            "custom": crisis_payload(language, crisis_for, lines),
        }
    for name, check_in in CHECK_INS.items():
        out[name] = {
            "text": "\n\n".join(i18n.t(k, language) for k in check_in.messages),
            "buttons": [
                {"title": i18n.t(title, language), "payload": i18n.t(title, language)}
                for title in CHECK_IN_BUTTONS
            ],
            # the lines the question names, as tap-to-call links: a crisis payload marked as a check-in
            "custom": {**crisis_payload(language, check_in.crisis_for, check_in.lines), "check_in": True},
        }
        out[check_in.declined] = {"text": i18n.t(check_in.declined_message, language)}
    return out


def render_responses(languages: list[str]) -> dict:
    """Responses with one variation per language; English is the unconditioned default."""
    responses: dict[str, list[dict]] = {}
    for language in languages:
        for name, variation in variations(language).items():
            if language != i18n.SOURCE_LANGUAGE:
                variation = {
                    **variation,
                    "condition": [{"type": "slot", "name": "language", "value": language}],
                }
            responses.setdefault(name, []).append(variation)
    return {"version": "3.1", "responses": responses}


def write_responses(path: Path) -> None:
    languages = sorted(i18n.available_languages(), key=lambda l: l != i18n.SOURCE_LANGUAGE)
    document = render_responses(languages)
    header = "# Generated by `python -m signpost.conversation.rasa_domain` from translations/: do not edit.\n"
    path.write_text(
        header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )


if __name__ == "__main__":
    write_responses(Path(sys.argv[1] if len(sys.argv) > 1 else "bot/domain/responses.yml"))
