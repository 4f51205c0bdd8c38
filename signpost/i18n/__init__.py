"""Every sentence the assistant says, looked up in the gettext catalogs under translations/.

Catalog msgids are stable keys ("crisis.intro"); the English catalog holds the source wording.
Compiled .mo files are built from the .po files by `make translations` (pybabel compile) and are
never committed.
"""
from __future__ import annotations

import gettext
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.lists import format_list
from babel.units import format_unit

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
DOMAIN = "messages"
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = {"ar", "ur", "fa", "ps", "he", "ku"}
# The regional form people in England expect: 24-hour clock and day-month dates for English.
BABEL_LOCALES = {"en": "en_GB", "pt": "pt_PT", "zh": "zh_Hans_CN", "pa": "pa_Guru"}


class MissingCatalogError(RuntimeError):
    pass


def _N(key: str) -> str:
    """Marks a key for extraction without translating it here."""
    return key


@lru_cache(maxsize=None)
def catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog for a language, falling back to English for missing entries."""
    english = _load(SOURCE_LANGUAGE)
    if language == SOURCE_LANGUAGE:
        return english
    try:
        translations = _load(language)
    except MissingCatalogError:
        return english
    translations.add_fallback(english)
    return translations


def _load(language: str) -> gettext.GNUTranslations:
    mo = TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not mo.exists():
        raise MissingCatalogError(
            f"{mo} is missing: compile the catalogs with `make translations`"
        )
    with mo.open("rb") as f:
        return gettext.GNUTranslations(f)


def available_languages() -> list[str]:
    return sorted(p.name for p in TRANSLATIONS_DIR.iterdir() if (p / "LC_MESSAGES").is_dir())


def t(key: str, language: str = SOURCE_LANGUAGE, /, **params: object) -> str:
    text = catalog(language).gettext(key)
    if text == key:
        raise KeyError(f"message {key!r} is in no catalog")
    return text.format(**params) if params else text


def tn(key: str, count: int, language: str = SOURCE_LANGUAGE, /, **params: object) -> str:
    text = catalog(language).ngettext(key, key + ".plural", count)
    if text in (key, key + ".plural"):
        raise KeyError(f"message {key!r} is in no catalog")
    return text.format(count=count, **params)


def direction(language: str) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


@lru_cache(maxsize=None)
def locale(language: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(language, language.replace("-", "_")))


def language_name(code: str, language: str = SOURCE_LANGUAGE) -> str:
    """The name of the language `code`, written in `language` ("ur" in English is "Urdu"): the
    catalog's `language.name.<code>` where it has one (the languages the registry lists that the
    locale data, CLDR, has no name for in some languages: Sylheti, Pahari-Potwari), else CLDR's.
    A code neither knows is shown as itself; tests/i18n checks that no registry in the repository
    or lexicon language has such a code."""
    key = f"language.name.{code}"
    name = catalog(language).gettext(key)
    if name != key:
        return name
    return locale(language).languages.get(code) or code


def join(items: Iterable[str], language: str = SOURCE_LANGUAGE, style: str = "standard") -> str:
    items = [i for i in items if i]
    return format_list(items, style=style, locale=locale(language)) if items else ""


def format_clock(moment: datetime, language: str = SOURCE_LANGUAGE) -> str:
    return babel_format_time(moment, format="short", locale=locale(language))


def format_weekday(moment: date, language: str = SOURCE_LANGUAGE) -> str:
    return babel_format_date(moment, format="EEEE", locale=locale(language))


def format_long_date(day: date, language: str = SOURCE_LANGUAGE) -> str:
    return babel_format_date(day, format="long", locale=locale(language))


def weekday_names(days: Sequence[int], language: str = SOURCE_LANGUAGE) -> list[str]:
    """Names of weekdays given as 0=Monday..6=Sunday, in the language, standalone form."""
    # the "format" context: Babel 2.18 can answer "stand-alone" from another locale's cache
    names = locale(language).days["format"]["wide"]
    return [names[d] for d in days]


def format_distance(km: float, language: str = SOURCE_LANGUAGE) -> str:
    """Distances in miles, as people in England read them on signs and maps."""
    miles = km / 1.609344
    value = round(miles, 1) if miles < 10 else round(miles)
    for length in ("long", "short"):
        text = format_unit(value, "length-mile", length=length, locale=locale(language))
        # Babel falls back to the unit's id when a locale has no pattern of that length
        if "length-mile" not in text:
            return text
    return format_unit(value, "length-kilometer", length="short", locale=locale(language))
