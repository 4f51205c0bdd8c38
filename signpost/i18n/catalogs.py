"""Keeping the translation catalogs whole and honest.

English (translations/en) is the source. Every other catalog must have every English key, the
same {placeholders}, and a review status on each entry: `machine-drafted` until someone from the
community concerned has reviewed it, then `reviewed`.

    signpost catalogs check            # every problem, exit 1 if any
    signpost catalogs review [LANG]    # what still needs community review, per language
    signpost catalogs add LANG         # start a catalog for a new language (or add missing keys)
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from signpost.i18n import SOURCE_LANGUAGE, TRANSLATIONS_DIR

REVIEWED = "reviewed"
MACHINE_DRAFTED = "machine-drafted"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class CatalogProblem:
    language: str
    key: str
    message: str

    def __str__(self) -> str:
        return f"translations/{self.language}/LC_MESSAGES/messages.po: {self.key!r}: {self.message}"


def po_path(language: str, root: Path = TRANSLATIONS_DIR) -> Path:
    return root / language / "LC_MESSAGES" / "messages.po"


def read_catalog(language: str, root: Path = TRANSLATIONS_DIR) -> Catalog:
    with open(po_path(language, root), "rb") as f:
        return read_po(f, locale=language.replace("-", "_") if language != "zh" else "zh_Hans")


def languages(root: Path = TRANSLATIONS_DIR) -> list[str]:
    return sorted(p.parent.parent.name for p in root.glob("*/LC_MESSAGES/messages.po"))


def key_of(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def texts_of(message) -> list[str]:
    return [s for s in (message.string if isinstance(message.string, (list, tuple)) else [message.string])]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text or ""))


def check(root: Path = TRANSLATIONS_DIR) -> list[CatalogProblem]:
    source = {key_of(m): m for m in read_catalog(SOURCE_LANGUAGE, root) if m.id}
    problems = []
    for language in languages(root):
        whole = read_catalog(language, root)
        if whole.fuzzy:
            problems.append(CatalogProblem(language, "", "the header is marked fuzzy, so the catalog would not compile"))
        catalog = {key_of(m): m for m in whole if m.id}
        for key, english in source.items():
            message = catalog.get(key)
            if message is None or not any(texts_of(message)):
                problems.append(CatalogProblem(language, key, "missing"))
                continue
            # plural forms may each use some of the placeholders; together they use them all
            expected = set().union(*(placeholders(s) for s in texts_of(english)))
            found = set().union(*(placeholders(s) for s in texts_of(message)))
            if not all(texts_of(message)):
                problems.append(CatalogProblem(language, key, "a plural form is empty"))
            elif found != expected:
                problems.append(CatalogProblem(
                    language, key, f"placeholders {sorted(found)} differ from English {sorted(expected)}"))
            if not ({REVIEWED, MACHINE_DRAFTED} & set(message.flags)):
                problems.append(CatalogProblem(language, key, f"no review status (flag {REVIEWED} or {MACHINE_DRAFTED})"))
        for key in set(catalog) - set(source):
            problems.append(CatalogProblem(language, key, "not in the English catalog (stale)"))
    return problems


def needing_review(root: Path = TRANSLATIONS_DIR) -> dict[str, list[str]]:
    return {
        language: [key_of(m) for m in read_catalog(language, root) if m.id and MACHINE_DRAFTED in m.flags]
        for language in languages(root)
    }


def add_language(language: str, root: Path = TRANSLATIONS_DIR) -> int:
    """Creates or completes a catalog with every English key; new entries are empty and machine-drafted."""
    source = read_catalog(SOURCE_LANGUAGE, root)
    path = po_path(language, root)
    catalog = read_catalog(language, root) if path.exists() else Catalog(locale=language, project="signpost")
    added = 0
    for english in source:
        if not english.id or english.id in catalog:
            continue
        empty = ("",) * catalog.num_plurals if isinstance(english.id, (list, tuple)) else ""
        catalog.add(english.id, string=empty, flags=[MACHINE_DRAFTED])
        added += 1
    # pybabel compile silently skips a catalog whose header is marked fuzzy
    catalog.fuzzy = False
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        write_po(f, catalog, width=0, omit_header=False)
    return added


def register(subparsers) -> None:
    parser = subparsers.add_parser("catalogs", help="check the translation catalogs and what needs review")
    commands = parser.add_subparsers(dest="catalogs_command", required=True)
    commands.add_parser("check", help="missing keys, placeholder mismatches, missing review status").set_defaults(func=check_command)
    review = commands.add_parser("review", help="entries still machine-drafted, per language")
    review.add_argument("language", nargs="?")
    review.set_defaults(func=review_command)
    add = commands.add_parser("add", help="start or complete a catalog for a language")
    add.add_argument("language")
    add.set_defaults(func=add_command)


def check_command(args: argparse.Namespace) -> int:
    problems = check()
    for problem in problems:
        print(problem)
    print(f"{len(languages())} catalogs, {len(problems)} problem{'s' if len(problems) != 1 else ''}")
    return 1 if problems else 0


def review_command(args: argparse.Namespace) -> int:
    for language, keys in needing_review().items():
        if args.language and language != args.language:
            continue
        print(f"{language}: {len(keys)} entries need community review")
        for key in keys:
            print(f"  {key}")
    return 0


def add_command(args: argparse.Namespace) -> int:
    added = add_language(args.language)
    print(f"{po_path(args.language)}: {added} entries added, to translate and mark {MACHINE_DRAFTED}")
    return 0


if __name__ == "__main__":
    sys.exit(check_command(argparse.Namespace()))
