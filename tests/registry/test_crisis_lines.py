"""One source for the crisis numbers: signpost/conversation/crisis_lines.py. Every copy must agree with it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from signpost import i18n
from signpost.conversation.crisis_lines import CRISIS_LINES, tel_uri
from signpost.conversation.rasa_domain import render_responses
from signpost.i18n import catalogs

ROOT = Path(__file__).resolve().parents[2]
# a run of digits (with spaces inside) that is not part of a word such as HOPELINE247
NUMBER = re.compile(r"(?<![\w&])\d[\d\u00a0 ]*\d(?!\w)|(?<![\w&])\d(?!\w)")


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def numbers_in(text: str) -> set[str]:
    return {digits(match) for match in NUMBER.findall(text) if len(digits(match)) >= 3}


CRISIS_DIGITS = {digits(line["number"]) for line in CRISIS_LINES}
MESSAGES = sorted({line["message"] for line in CRISIS_LINES})


@pytest.mark.parametrize("language", catalogs.languages())
def test_every_catalog_gives_exactly_the_crisis_numbers(language):
    catalog = {message.id: message.string for message in catalogs.read_catalog(language) if message.id}
    for key in MESSAGES:
        text = catalog[key]
        wanted = {digits(line["number"]) for line in CRISIS_LINES if line["message"] == key}
        found = numbers_in(text)
        assert wanted <= found, f"{language} {key}: {text!r} lacks {sorted(wanted - found)}"
        assert found <= CRISIS_DIGITS, f"{language} {key}: {text!r} has a number no crisis line has: {sorted(found - CRISIS_DIGITS)}"


def test_the_generated_domain_agrees():
    path = ROOT / "bot" / "domain" / "responses.yml"
    documents = [render_responses(sorted(i18n.available_languages()))]
    if path.exists():  # `make domain` writes it; a stale copy must not disagree either
        documents.append(yaml.safe_load(path.read_text(encoding="utf-8")))
    for document in documents:
        variations = document["responses"]["utter_crisis"]
        assert len(variations) == len(i18n.available_languages())
        for variation in variations:
            lines = variation["custom"]["lines"]
            assert [(l["id"], l["number"], l["type"], l["href"]) for l in lines] == [
                (l["id"], l["number"], l["type"], tel_uri(l["number"], l["type"], l.get("body")))
                for l in CRISIS_LINES]
            assert numbers_in(variation["text"]) == CRISIS_DIGITS


def test_the_registry_records_agree():
    registry = yaml.safe_load((ROOT / "services.yml").read_text(encoding="utf-8"))
    services = {record["id"]: record for record in registry["services"]}
    for line in CRISIS_LINES:
        if "service" not in line:
            continue
        record = services[line["service"]]
        assert not record.get("sample"), line["service"]
        phones = {(digits(phone["number"]), phone.get("type", "voice")) for phone in record.get("phones", [])}
        assert (digits(line["number"]), line["type"]) in phones, f"{line['service']}: {phones}"


def test_the_widget_fallback_agrees():
    widget = (ROOT / "signpost" / "web" / "static" / "widget.js").read_text(encoding="utf-8")
    pairs = re.findall(r'number:\s*"([^"]+)"[^}]*?href:\s*"([^"]+)"', widget)
    known = {(line["number"], tel_uri(line["number"], line["type"], line.get("body"))) for line in CRISIS_LINES}
    assert pairs, "the widget's offline crisis lines were not found"
    for pair in pairs:
        assert pair in known, pair


def test_a_wrong_copy_is_caught():
    assert numbers_in("Samaritans: call 116 132, free") - CRISIS_DIGITS == {"116132"}
    assert numbers_in("Papyrus HOPELINE247 on 0800 068 4141; option 2; 35 or under") == {"08000684141"}
