import re
from datetime import datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from signpost import i18n
from signpost.conversation.rasa_domain import render_responses

PLACEHOLDER = re.compile(r"\{(\w+)\}")
ROOT = Path(__file__).resolve().parents[2]


def catalog_entries(language: str):
    with open(ROOT / "translations" / language / "LC_MESSAGES" / "messages.po", "rb") as f:
        return {m.id if isinstance(m.id, str) else m.id[0]: m for m in read_po(f) if m.id}


def test_every_key_used_in_code_is_in_the_english_catalog():
    used = set()
    for path in list((ROOT / "signpost").rglob("*.py")) + list((ROOT / "actions").rglob("*.py")):
        used |= set(re.findall(r'\bt[n]?\(\s*"([a-z_.]+)"', path.read_text()))
        used |= set(re.findall(r'\b_N\(\s*"([a-z_.]+)"', path.read_text()))
    missing = used - set(catalog_entries("en"))
    assert not missing, f"keys used in code but missing from translations/en: {sorted(missing)}"


def test_t_formats_placeholders_and_rejects_unknown_keys():
    assert "Leeds" in i18n.t("crisis.alternatives_intro", "en", place="Leeds")
    with pytest.raises(KeyError, match="no.such.key"):
        i18n.t("no.such.key")


def test_plural_forms():
    assert "1 service that" in i18n.tn("results.found", 1, total=1, what="x", shown=1)
    assert "4 services" in i18n.tn("results.found", 4, total=4, what="x", shown=3)


def test_locale_formatting_for_english_in_england():
    assert i18n.format_clock(datetime(2026, 3, 1, 18, 30)) == "18:30"
    assert i18n.format_distance(1.609344) == "1 mile"
    assert i18n.language_name("ur") == "Urdu"
    assert i18n.direction("ur") == "rtl" and i18n.direction("pl") == "ltr"


def test_crisis_response_carries_the_national_numbers_and_payload():
    responses = render_responses(["en"])["responses"]
    crisis = responses["utter_crisis"][0]
    for number in ("999", "116 123", "85258", "111"):
        assert number in crisis["text"]
    assert crisis["custom"]["kind"] == "crisis"
    hrefs = {line["href"] for line in crisis["custom"]["lines"]}
    assert {"tel:999", "tel:116123", "sms:85258?body=SHOUT", "tel:111"} <= hrefs


def test_generated_responses_have_a_variation_per_language_with_english_default():
    responses = render_responses(["en", "pl"])["responses"]
    first, second = responses["utter_greet"]
    assert "condition" not in first
    assert second["condition"] == [{"type": "slot", "name": "language", "value": "pl"}]
    assert all(b["payload"] == b["title"] and "{" not in b["payload"] for b in first["buttons"])


def test_distances_read_naturally_in_every_catalog_language():
    for language in i18n.available_languages():
        assert "length-" not in i18n.format_distance(3.2, language), language


def test_weekday_names_are_in_the_language_asked_for():
    assert i18n.weekday_names([0], "ur") == ["پیر"]
    assert i18n.weekday_names([0], "ar") == ["الاثنين"]
    assert i18n.weekday_names([0], "pa") == ["ਸੋਮਵਾਰ"]
    assert i18n.weekday_names([0, 6], "en") == ["Monday", "Sunday"]


def _registry_language_codes():
    import yaml

    codes = set()
    for path in [ROOT / "services.yml", ROOT / "tests" / "data" / "registry.yml",
                 *sorted((ROOT / "tests" / "conversations").glob("independent-*/registry.yml"))]:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for service in document["services"] if isinstance(document, dict) else document:
            codes.update(service.get("languages") or [])
    from signpost.understanding.lexicon import load_lexicon

    for language in i18n.available_languages():
        codes.update(value for meaning in load_lexicon(language).meanings.values()
                     for entity, value in meaning if entity == "service_language")
    return sorted(codes)


@pytest.mark.parametrize("language", i18n.available_languages())
def test_every_language_a_registry_or_lexicon_names_has_a_name_not_a_code(language):
    # CLDR has no Sylheti or Pahari-Potwari in any of the twelve, no Romany in Urdu: the catalogs do
    assert {code for code in _registry_language_codes() if i18n.language_name(code, language) == code} == set()


def test_the_catalog_names_a_language_first_and_cldr_the_rest():
    assert i18n.language_name("syl", "en") == "Sylheti"
    assert i18n.language_name("phr", "ur") == "پہاڑی پوٹھواری"
    assert i18n.language_name("syl", "bn") == "সিলেটি"
    assert i18n.language_name("ur", "en") == "Urdu"
    assert i18n.language_name("xyz", "en") == "xyz"
