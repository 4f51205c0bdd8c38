"""Registry load and search at 10,000 and 100,000 generated services, on SQLite and PostgreSQL.

    python -m bench.registry_search [--sizes 10000 100000] [--postgres URL]

writes bench/registry-search.json. PostgreSQL is measured when --postgres or
$SIGNPOST_BENCH_POSTGRES_URL names a database (its tables are dropped first: use a scratch one,
e.g. the one `bash .ci/postgres` prints). Target: search p95 under 20 ms at 100,000 services.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import yaml
from sqlalchemy import MetaData, create_engine

from bench.run import HERE, machine, summary
from signpost.geography import load_gazetteer
from signpost.registry import Registry, SearchQuery
from signpost.registry.loader import load_parsed
from signpost.registry.synthetic import generate_registry
from signpost.registry.validation import read_registry

TARGET_P95_MS = 20
NOW = datetime(2026, 12, 2, 19, 30, tzinfo=timezone.utc)  # a Wednesday evening: a fixed "open now"


def queries(gazetteer) -> dict[str, SearchQuery]:
    return {
        "need + city": SearchQuery(categories=["peer_support"], place=gazetteer.resolve("Leeds"), now=NOW),
        "need + postcode + language": SearchQuery(
            categories=["talking_therapy"], place=gazetteer.resolve("M13"), languages=["ur"], now=NOW),
        "crisis alternatives near, open now (crisis flow)": SearchQuery(
            crisis_alternative=True, crisis_flow=True, place=gazetteer.resolve("Lambeth"),
            include_national=False, open_at=NOW, limit=25, now=NOW),
        "national helplines": SearchQuery(categories=["helpline"], now=NOW),
        "need + region + community preference": SearchQuery(
            categories=["community_group"], place=gazetteer.resolve("London"), communities=["somali"], now=NOW),
    }


def drop_everything(url: str) -> None:
    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    tables.drop_all(engine)
    engine.dispose()


def search_times(registry: Registry, gazetteer, repeats: int) -> dict:
    results = {}
    for name, query in queries(gazetteer).items():
        registry.search_widening(query)  # warm the caches, as a running server has them
        samples, cpu = [], []
        total = None
        for _ in range(repeats):
            start, cpu_start = time.perf_counter(), time.thread_time()
            found = registry.search_widening(query)
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - cpu_start) * 1000)
            total = found.total
        # cpu: this process's own time (all of SQLite's work; PostgreSQL's server time is not in it)
        results[name] = {**summary(samples), "cpu_p50_ms": round(statistics.median(cpu), 1), "matches": total}
    return results


def _vacuum(registry: Registry) -> None:
    """What PostgreSQL's autovacuum does within a minute of a bulk load, done before the searches are
    timed instead of while they are (it ran over the searches of some runs and not others)."""
    with registry.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def timed_searches(registry: Registry, gazetteer, repeats: int) -> dict:
    """The searches, with the machine's load average before and after (other work slows them). The
    bench's own objects (a parsed registry of up to 100,000 records) are set aside from Python's
    garbage collector first, since a server searching its registry does not hold them."""
    gc.collect()
    gc.freeze()
    before = _load_average()
    results = search_times(registry, gazetteer, repeats)
    after = _load_average()
    gc.unfreeze()
    return {"queries": results, "worst_p95_ms": max(result["p95_ms"] for result in results.values()),
            "load_average_before": before, "load_average_after": after}


def _load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def bench(services: int, postgres_url, gazetteer, repeats: int) -> list[dict]:
    """Check a generated registry file once, then load it into SQLite (in a scratch folder, removed
    after) and PostgreSQL (when ``postgres_url`` names a database) and time the searches."""
    with tempfile.TemporaryDirectory(prefix="signpost-bench-") as folder:
        work = Path(folder)
        databases = [("sqlite", f"sqlite:///{work / 'registry.db'}")]
        if postgres_url:
            databases.append(("postgresql", postgres_url))
        path = work / "registry.yml"
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        path.write_text(yaml.dump(generate_registry(services, seed=1), Dumper=dumper, allow_unicode=True))
        start = time.perf_counter()
        parsed = read_registry(path, gazetteer=gazetteer)
        check_seconds = time.perf_counter() - start
        assert not parsed.errors, parsed.errors[:3]
        runs = []
        for database, url in databases:
            if database == "postgresql":
                drop_everything(url)
            registry = Registry.open(url, gazetteer=gazetteer)
            start = time.perf_counter()
            with registry.engine.begin() as connection:  # what Registry.load_file does after checking
                load_parsed(connection, parsed)
            insert_seconds = time.perf_counter() - start
            if database == "postgresql":
                _vacuum(registry)
            searches = timed_searches(registry, gazetteer, repeats)
            registry.close()
            if database == "postgresql":
                drop_everything(url)
            run = {
                "services": services, "database": database,
                "yaml_bytes": path.stat().st_size,
                "check_seconds": round(check_seconds, 1),  # read the YAML and check every record (once for both)
                "insert_seconds": round(insert_seconds, 1),  # replace the registry in one transaction
                "load_seconds": round(check_seconds + insert_seconds, 1),
                **searches,
            }
            print(json.dumps(run), flush=True)
            runs.append(run)
    return runs


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--postgres", default=os.environ.get("SIGNPOST_BENCH_POSTGRES_URL"))
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--loaded", nargs=2, action="append", default=[], metavar=("DATABASE", "URL"),
                        help="also time searches on a registry already loaded at URL (no load time)")
    args = parser.parse_args(argv)
    # every generated record is a sample: as a demo registry, the crisis flow may offer them, so
    # the crisis query below does the work a real registry's would instead of finding nothing
    os.environ["SIGNPOST_DEMO_REGISTRY"] = "1"
    gazetteer = load_gazetteer()
    runs = []
    for database, url in args.loaded:
        registry = Registry.open(url, gazetteer=gazetteer)
        run = {"services": registry.count_services(), "database": database, "loaded_before": True,
               **timed_searches(registry, gazetteer, args.repeats)}
        registry.close()
        print(json.dumps(run), flush=True)
        runs.append(run)
    for size in args.sizes:
        runs += bench(size, args.postgres, gazetteer, args.repeats)
    result = {
        "what": "registry search_widening p50/p95 per query, and YAML load time, on generated registries "
                "(signpost.registry.synthetic, seed 1); PostgreSQL vacuumed after the load, as autovacuum "
                "does within a minute, before the searches are timed",
        "target_p95_ms": TARGET_P95_MS,
        "runs": runs,
        "machine": machine(),  # each run has the load average before and after its searches
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    (HERE / "registry-search.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
