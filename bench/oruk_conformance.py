"""Open Referral UK conformance of the registry API: schema errors per endpoint, every page.

    PYTHONPATH=$PWD .venv/bin/python -m bench.oruk_conformance [--prefix /api] [--label after]

Serves the web app over the test registry (tests/data/registry.yml), walks every endpoint of the
ORUK API (every page of each list, every record of each list by id) and counts the errors the
ORUK validator's schemas (tests/openreferral/oruk/) find. A missing endpoint, an answer that is not
JSON or a non-200 status counts as one error. Writes bench/oruk-conformance.json, keeping the other
label's figures (the "before" run was made on the API as it was before /api/).
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from signpost.geography import load_gazetteer
from signpost.registry import Registry
from signpost.web import create_app
from tests.openreferral import ENDPOINT_SCHEMAS, oruk_errors
from tests.web.conftest import TEST_REGISTRY, Served, serve

HERE = Path(__file__).resolve().parent
OUT = HERE / "oruk-conformance.json"


def check(served: Served, prefix: str, per_page: int = 5) -> dict[str, dict]:
    """{endpoint: {"requests": n, "errors": n, "first_errors": [...]}} for every ORUK endpoint."""
    found: dict[str, dict] = {}

    def record(endpoint: str, path: str) -> object:
        status, headers, body = served.get(path)
        entry = found.setdefault(endpoint, {"requests": 0, "errors": 0, "first_errors": []})
        entry["requests"] += 1
        if status != 200 or not isinstance(body, (dict, list)):
            problems = [f"{path}: HTTP {status}, {headers.get('content-type')}"]
            body = None
        else:
            problems = [f"{path}: {message}" for message in oruk_errors(ENDPOINT_SCHEMAS[endpoint], body)]
        entry["errors"] += len(problems)
        entry["first_errors"] = (entry["first_errors"] + problems)[:5]
        return body

    record("/", prefix + "/")
    for collection in ("services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"):
        ids: list[str] = []
        page = 1
        while True:
            body = record(f"/{collection}", f"{prefix}/{collection}?page={page}&per_page={per_page}")
            if not isinstance(body, dict):
                break
            ids += [item["id"] for item in body.get("contents", []) if isinstance(item, dict) and "id" in item]
            if page >= int(body.get("total_pages") or 1):
                break
            page += 1
        if not ids:
            record(f"/{collection}/{{id}}", f"{prefix}/{collection}/no-such-id")
        for item_id in ids:
            record(f"/{collection}/{{id}}", f"{prefix}/{collection}/{item_id}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="/api", help="where the API is mounted (\"\" for the old API)")
    parser.add_argument("--label", default="after")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.open(f"sqlite:///{folder}/registry.db", gazetteer=load_gazetteer())
        registry.load_file(TEST_REGISTRY)
        server, thread, url = serve(create_app("http://127.0.0.1:5005", registry=registry))
        try:
            result = check(Served(url, registry, None), args.prefix)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            registry.close()
    report = json.loads(OUT.read_text()) if OUT.exists() else {
        "what": "ORUK validator schema errors per endpoint, every page of the test registry (tests/data/registry.yml)",
    }
    report[args.label] = {
        "prefix": args.prefix,
        "total_errors": sum(entry["errors"] for entry in result.values()),
        "endpoints": result,
    }
    OUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    for endpoint, entry in result.items():
        print(f"{endpoint:28} {entry['requests']:4} requests {entry['errors']:6} errors")


if __name__ == "__main__":
    main()
