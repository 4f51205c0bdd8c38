"""Open Referral schemas for conformance tests (copies; see ATTRIBUTION.md in this folder).

    errors = oruk_errors("service_list", page)     # every ORUK validator schema error, as text
    errors = hsds_service_errors(service)           # against the HSDS 3.0 compiled service schema
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from typing import Callable

from jsonschema import Draft202012Validator, FormatChecker

HERE = Path(__file__).resolve().parent
ORUK = HERE / "oruk"
HSDS = HERE / "hsds"
EXAMPLES = HSDS / "examples"
# endpoint -> ORUK validator schema its 200 answer must satisfy
ENDPOINT_SCHEMAS = {
    "/": "api_details",
    "/services": "service_list",
    "/services/{id}": "service",
    "/organizations": "organization_list",
    "/organizations/{id}": "organization",
    "/service_at_locations": "service_at_location_list",
    "/service_at_locations/{id}": "service_at_location",
    "/taxonomies": "taxonomy_list",
    "/taxonomies/{id}": "taxonomy",
    "/taxonomy_terms": "taxonomy_term_list",
    "/taxonomy_terms/{id}": "taxonomy_term",
}
# ORUK's organization_list.json describes one list item; the page around it is the standard's Page
_ITEM_ONLY = {"organization_list"}


@lru_cache(maxsize=None)
def _validator(schema: str) -> Draft202012Validator:
    if schema == "hsds_service":
        document = json.loads(gzip.decompress((HSDS / "service.json.gz").read_bytes()))
    else:
        document = json.loads((ORUK / f"{schema}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(document, format_checker=FormatChecker())


def _messages(validator: Draft202012Validator, document) -> list[str]:
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(top)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def oruk_errors(schema: str, document) -> list[str]:
    """Every error the ORUK validator schema ``schema`` finds in ``document``."""
    validator = _validator(schema)
    if schema in _ITEM_ONLY:
        if not isinstance(document, dict) or not isinstance(document.get("contents"), list):
            return ["(top): not a page with a contents list"]
        return [f"contents/{index}/{message}" for index, item in enumerate(document["contents"])
                for message in _messages(validator, item)]
    return _messages(validator, document)


def hsds_service_errors(service) -> list[str]:
    """Every error the HSDS 3.0 compiled service schema finds in ``service``."""
    return _messages(_validator("hsds_service"), service)


def example(name: str):
    return json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))


PAGE_FIELDS = {"total_items": int, "total_pages": int, "page_number": int, "size": int,
               "first_page": bool, "last_page": bool, "empty": bool, "contents": list}


def page_errors(page) -> list[str]:
    """The HSDS API's Page fields, which the ORUK schemas name but do not check."""
    if not isinstance(page, dict):
        return ["(top): not an object"]
    return [f"{name}: missing or not {kind.__name__}" for name, kind in PAGE_FIELDS.items()
            if not isinstance(page.get(name), kind) or (kind is int and isinstance(page.get(name), bool))]


def walk_api(get: Callable[[str], tuple], prefix: str, per_page: int = 5) -> dict[str, dict]:
    """Every ORUK endpoint, every page of each list and every listed record by id, checked.

    ``get(path)`` returns (status, headers, parsed body). Returns {endpoint: {"requests", "errors",
    "first_errors"}}; a missing endpoint, an answer that is not JSON or not 200 is one error.
    """
    found: dict[str, dict] = {}

    def record(endpoint: str, path: str):
        status, headers, body = get(path)
        entry = found.setdefault(endpoint, {"requests": 0, "errors": 0, "first_errors": []})
        entry["requests"] += 1
        if status != 200 or not isinstance(body, (dict, list)):
            problems = [f"{path}: HTTP {status}, {headers.get('content-type')}"]
            body = None
        else:
            problems = [f"{path}: {message}" for message in oruk_errors(ENDPOINT_SCHEMAS[endpoint], body)]
            if endpoint.endswith("s") and "{id}" not in endpoint:
                problems += [f"{path}: {message}" for message in page_errors(body)]
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
