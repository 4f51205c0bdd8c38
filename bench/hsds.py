"""HSDS 3.0 interchange at scale: loading 100,000 services from HSDS JSON (target: under a minute),
and the export -> load -> export round trip at 10,000 services (must be byte-identical).

    PYTHONPATH=$PWD .venv/bin/python -m bench.hsds [--services 100000] [--round-trip 10000]

Writes bench/hsds-load.json, and bench/hsds-examples.json: what each of the specification's example
files imports as. The feeds are generated (signpost.registry.synthetic), turned into
HSDS by the same mapping the export uses, written to a JSON file; the timed part is what
`signpost registry load feed.json` does: read, map, validate, and replace the registry in SQLite.
Wall-clock seconds depend on what else the machine runs, so CPU seconds and the load average are
recorded too.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from bench.run import write
from signpost.geography import load_gazetteer
from signpost.registry import Registry, interchange
from signpost.registry.hsds import Records, export_services
from signpost.registry.synthetic import generate_registry
from signpost.registry.validation import read_document


def hsds_feed(services: int, path: Path, gazetteer) -> None:
    generated = generate_registry(services, seed=11)
    parsed = read_document(generated, "generated", "-", gazetteer=gazetteer, allow_samples=True)
    assert not parsed.errors, parsed.errors[:3]
    records = Records(parsed.taxonomy, {org["id"]: org for org in parsed.organizations}, parsed.services)
    path.write_text(json.dumps(export_services(records), ensure_ascii=False), encoding="utf-8")


def timed_load(path: Path, database: Path, gazetteer) -> tuple[float, dict]:
    registry = Registry.open(f"sqlite:///{database}", gazetteer=gazetteer)
    try:
        load_before = [round(x, 2) for x in os.getloadavg()]
        start, cpu_start = time.perf_counter(), time.process_time()
        prepared = interchange.prepare(str(path), registry, allow_samples=True)
        mapped = time.perf_counter()
        report = interchange.load(registry, prepared)
        done = time.perf_counter()
        return done - start, {"cpu_seconds": round(time.process_time() - cpu_start, 2),
                              "load_average_before": load_before,
                              "load_average_after": [round(x, 2) for x in os.getloadavg()],
                              "read_map_validate_seconds": round(mapped - start, 2),
                              "insert_seconds": round(done - mapped, 2), "services": report.services,
                              "unmappable_fields": len(prepared.report.unmappable), "skipped": len(prepared.report.skipped)}
    finally:
        registry.close()


EXAMPLE_FILES = ("service_full", "service_list", "organization_full", "organization_list",
                 "service_at_location_full", "service_at_location_list", "taxonomy_term_list", "taxonomy_list")


def example_counts(gazetteer) -> dict:
    """What importing each of the HSDS specification's example files gives (with the tests'
    mapping for the examples' placeholder term, and Southwark for their unplaceable area)."""
    from tests.openreferral import EXAMPLES, HERE

    counts = {}
    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.open(f"sqlite:///{folder}/examples.db", gazetteer=gazetteer)
        for name in EXAMPLE_FILES:
            try:
                prepared = interchange.prepare(str(EXAMPLES / f"{name}.json"), registry,
                                               taxonomy_map=HERE / "example_taxonomy_map.yml",
                                               default_area="borough:Southwark", allow_samples=True)
            except ValueError as error:
                counts[name] = {"refused": str(error).split(": ", 1)[1]}
                continue
            report = prepared.report
            counts[name] = {"services": len(prepared.parsed.services),
                            "organizations": len(prepared.parsed.organizations),
                            "errors": len(prepared.parsed.errors), "skipped": len(report.skipped),
                            "values_not_imported": len(report.dropped),
                            "unmappable_fields": len(report.unmappable)}
        registry.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--round-trip", type=int, default=10_000)
    parser.add_argument("--examples-only", action="store_true", help="only the example counts (bench/hsds-examples.json)")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    write("hsds-examples.json", {"what": "importing the HSDS 3.0 specification's example files",
                                 "files": example_counts(gazetteer)})
    if args.examples_only:
        return
    result: dict = {"what": "load from HSDS 3.0 JSON (SQLite), and the export/load/export round trip"}
    with tempfile.TemporaryDirectory(prefix="signpost-hsds-") as folder:
        work = Path(folder)
        feed = work / "feed.json"
        hsds_feed(args.services, feed, gazetteer)
        seconds, parts = timed_load(feed, work / "load.db", gazetteer)
        result["load"] = {"services": args.services, "feed_megabytes": round(feed.stat().st_size / 1e6, 1),
                          "seconds": round(seconds, 2), "target_seconds": 60, **parts}
        feed.unlink()

        first = work / "first.json"
        hsds_feed(args.round_trip, first, gazetteer)
        timed_load(first, work / "a.db", gazetteer)
        exported = work / "exported.json"
        registry = Registry.open(f"sqlite:///{work / 'a.db'}", gazetteer=gazetteer)
        interchange.write_hsds(registry, exported)
        registry.close()
        timed_load(exported, work / "b.db", gazetteer)
        again = work / "again.json"
        registry = Registry.open(f"sqlite:///{work / 'b.db'}", gazetteer=gazetteer)
        interchange.write_hsds(registry, again)
        registry.close()
        a, b = exported.read_bytes(), again.read_bytes()
        differing = sum(1 for x, y in zip(a.splitlines(), b.splitlines()) if x != y) + abs(
            len(a.splitlines()) - len(b.splitlines()))
        result["round_trip"] = {"services": args.round_trip, "identical": a == b, "differing_lines": differing,
                                "sha256": hashlib.sha256(a).hexdigest()}
    write("hsds-load.json", result)


if __name__ == "__main__":
    main()
