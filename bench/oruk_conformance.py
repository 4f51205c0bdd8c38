"""Open Referral UK conformance of the registry API: schema errors per endpoint, every page.

    PYTHONPATH=$PWD .venv/bin/python -m bench.oruk_conformance [--prefix /api] [--label after]

Serves the web app over the test registry (tests/data/registry.yml), walks every endpoint of the
ORUK API (every page of each list, every record of each list by id) and counts the errors the
ORUK validator's schemas (tests/openreferral/oruk/) find. A missing endpoint, an answer that is not
JSON or a non-200 status counts as one error (tests.openreferral.walk_api, which the test suite runs too). Writes bench/oruk-conformance.json, keeping the other
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
from tests.openreferral import walk_api
from tests.web.conftest import TEST_REGISTRY, Served, serve

HERE = Path(__file__).resolve().parent
OUT = HERE / "oruk-conformance.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="/api", help="where the API is mounted (\"\" for the old API)")
    parser.add_argument("--label", default="after")
    parser.add_argument("--registry", type=Path, default=TEST_REGISTRY, help="registry file to serve")
    parser.add_argument("--per-page", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        registry = Registry.open(f"sqlite:///{folder}/registry.db", gazetteer=load_gazetteer())
        registry.load_file(args.registry)
        server, thread, url = serve(create_app("http://127.0.0.1:5005", registry=registry))
        try:
            result = walk_api(Served(url, registry, None).get, args.prefix, per_page=args.per_page)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            registry.close()
    report = json.loads(OUT.read_text()) if OUT.exists() else {
        "what": "ORUK validator schema errors per endpoint, every page and every listed record",
    }
    report[args.label] = {
        "prefix": args.prefix,
        "registry": args.registry.name,
        "per_page": args.per_page,
        "total_errors": sum(entry["errors"] for entry in result.values()),
        "endpoints": result,
    }
    OUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    for endpoint, entry in result.items():
        print(f"{endpoint:28} {entry['requests']:4} requests {entry['errors']:6} errors")


if __name__ == "__main__":
    main()
