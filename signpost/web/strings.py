"""The widget's own words (buttons, labels, the privacy note), per language, from the catalogs.

The widget fetches /widget/strings/<lang>.json once; every key is a catalog entry, so the
widget says nothing the catalogs (and their review status) do not cover.
"""
from __future__ import annotations

from functools import lru_cache

from signpost import i18n

WIDGET_KEYS = (
    "widget.title",
    "widget.open",
    "widget.close",
    "widget.log_label",
    "widget.input_label",
    "widget.placeholder",
    "widget.send",
    "widget.quick_exit",
    "widget.quick_exit_hint",
    "widget.privacy",
    "widget.restart",
    "widget.you_said",
    "widget.assistant_said",
    "widget.waiting",
    "widget.unreachable",
    "widget.crisis_heading",
    "widget.crisis_heading.someone_else",
    "widget.crisis_heading.danger_from_others",
    "widget.call",
    "widget.text",
    "widget.map",
    "widget.website",
    "widget.email",
    "widget.report",
    "widget.report_wrong",
    "widget.report_closed",
    "widget.report_thanks",
    "widget.quick_replies",
)
# existing assistant entries the cards and quick replies reuse
SHARED_KEYS = (
    "greet.hello",
    "card.sample",
    "card.national",
    "card.distance",
    "fees.free",
    "fees.low_cost",
    "fees.paid",
    "greet.button.talk",
    "greet.button.peer",
    "greet.button.crisis",
    "greet.button.advocacy",
    "greet.button.language",
)


class UnknownLanguage(KeyError):
    pass


@lru_cache(maxsize=None)
def widget_strings(language: str) -> dict:
    if language not in i18n.available_languages():
        raise UnknownLanguage(language)
    return {
        "language": language,
        "direction": i18n.direction(language),
        "strings": {key: i18n.t(key, language) for key in WIDGET_KEYS + SHARED_KEYS},
    }
