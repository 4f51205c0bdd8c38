import io
import shutil
from pathlib import Path

from babel.messages.mofile import write_mo

from signpost.i18n import catalogs

ROOT = Path(__file__).resolve().parents[2] / "translations"


def test_the_shipped_catalogs_are_whole_and_consistent():
    problems = catalogs.check()
    assert not problems, "\n".join(map(str, problems))


def test_every_catalog_compiles():
    for language in catalogs.languages():
        write_mo(io.BytesIO(), catalogs.read_catalog(language))


def copy_translations(tmp_path) -> Path:
    root = tmp_path / "translations"
    shutil.copytree(ROOT / "en", root / "en", ignore=shutil.ignore_patterns("*.mo"))
    return root


def test_a_new_language_starts_with_every_key_empty_and_machine_drafted(tmp_path):
    root = copy_translations(tmp_path)
    added = catalogs.add_language("pl", root)
    assert added == len([m for m in catalogs.read_catalog("en", root) if m.id])
    problems = catalogs.check(root)
    assert {p.message for p in problems} == {"missing"}
    assert len(catalogs.needing_review(root)["pl"]) == added


def test_a_new_catalog_compiles(tmp_path):
    root = copy_translations(tmp_path)
    catalogs.add_language("pl", root)
    assert not catalogs.read_catalog("pl", root).fuzzy


def test_placeholder_mismatch_and_missing_status_are_reported(tmp_path):
    root = copy_translations(tmp_path)
    catalogs.add_language("pl", root)
    path = catalogs.po_path("pl", root)
    text = path.read_text(encoding="utf-8")
    text = text.replace('msgid "crisis.alternatives_intro"\nmsgstr ""', 'msgid "crisis.alternatives_intro"\nmsgstr "Miejsca w pobliżu {miejsce}:"')
    text = text.replace('#, machine-drafted\nmsgid "thank"\nmsgstr ""', 'msgid "thank"\nmsgstr "Proszę bardzo."')
    path.write_text(text, encoding="utf-8")
    messages = {(p.key, p.message) for p in catalogs.check(root)}
    assert ("crisis.alternatives_intro", "placeholders ['miejsce'] differ from English ['place']") in messages
    assert ("thank", "no review status (flag reviewed or machine-drafted)") in messages
