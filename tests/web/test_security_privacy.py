"""The privacy note says what the configuration does: how long a conversation is kept, and where."""
import re
from pathlib import Path

import pytest
import yaml

from signpost import i18n
from signpost.geography import Gazetteer, import_onspd
from signpost.understanding.entities import extract_entities
from tests.geography.onspd_files import ONSPD_HEADER, onspd_row, write_csv

ROOT = Path(__file__).resolve().parents[2]


def configured_idle_minutes() -> float:
    endpoints = yaml.safe_load((ROOT / "bot" / "endpoints.yml").read_text())
    store = endpoints["tracker_store"]
    assert store["type"] == "signpost_rasa.tracker_store.ExpiringTrackerStore"
    return store["idle_minutes"]


def test_conversations_are_forgotten_after_a_documented_idle_time():
    assert configured_idle_minutes() == 30


@pytest.mark.parametrize("language", i18n.available_languages())
def test_the_privacy_note_gives_the_configured_duration(language):
    note = i18n.t("widget.privacy", language)
    minutes = configured_idle_minutes()
    assert re.search(rf"(?<!\d){minutes:g}(?!\d)", note), note
    assert "999" in note
    if language == "en":
        assert "server" in note and "browser" in note and "Quick exit" in note and "Start again" in note


def test_docs_privacy_says_the_same():
    text = (ROOT / "docs" / "privacy.md").read_text()
    assert f"**{configured_idle_minutes():g} minutes**" in text
    assert f"idle_minutes: {configured_idle_minutes():g}" in text


def test_a_full_postcode_is_kept_as_its_district(tmp_path):
    csv = write_csv(tmp_path / "onspd.csv", ONSPD_HEADER,
                    [onspd_row("SW9 8AA", "E09000022", "51.466710", "-0.113910")])
    import_onspd(csv, tmp_path / "postcodes.sqlite")
    gazetteer = Gazetteer.from_files(postcodes_path=tmp_path / "postcodes.sqlite")
    assert gazetteer.resolve("SW9 8AA").kind == "postcode"  # the point is known...
    places = [e for e in extract_entities("counselling near SW9 8AA", gazetteer=gazetteer) if e.entity == "place"]
    assert [(p.value, p.text) for p in places] == [("SW9", "SW9 8AA")]  # ...but only the district is kept
