"""Loading the registry from any source, with a dry run, and exporting it as HSDS 3.0 JSON.

A source is a registry file (services.yml), an HSDS 3.0 JSON file (one service, a list of
services, or a page ``{"contents": [...]}``) or the base URL of an Open Referral (UK) API, whose
``/services`` pages are followed to ``total_pages``. HSDS records are mapped by
signpost.registry.hsds and then checked by the same validator as a registry file, so an import
can never hold what services.yml could not.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from signpost.registry import schema
from signpost.registry.database import REPO_ROOT, Registry
from signpost.registry.hsds import (
    ImportReport,
    Importer,
    TaxonomyMap,
    comparable,
    comparable_organization,
    export_services,
    hsds_services,
    read_records,
)
from signpost.registry.loader import LoadReport, load_parsed
from signpost.registry.validation import ParsedRegistry, RegistryValidationError, read_document, read_registry

URL_TIMEOUT_SECONDS = 30
MAX_PAGES = 100_000


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(str(source)).scheme in ("http", "https")


def is_hsds_file(source: str) -> bool:
    return str(source).lower().endswith(".json")


@dataclass
class Prepared:
    """A source read, mapped and checked, not yet loaded."""

    parsed: ParsedRegistry
    report: Optional[ImportReport]  # what HSDS mapping left out; None for a registry file


@dataclass
class Difference:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    organizations_added: list[str] = field(default_factory=list)
    organizations_changed: list[str] = field(default_factory=list)
    organizations_removed: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for label, ids in (("added", self.added), ("changed", self.changed), ("removed", self.removed)):
            out.append(f"services {label}: {len(ids)}" + (f" ({', '.join(ids[:20])}{', ...' if len(ids) > 20 else ''})" if ids else ""))
        for label, ids in (("added", self.organizations_added), ("changed", self.organizations_changed),
                           ("removed", self.organizations_removed)):
            out.append(f"organizations {label}: {len(ids)}" + (f" ({', '.join(ids[:20])}{', ...' if len(ids) > 20 else ''})" if ids else ""))
        return out


@contextmanager
def _bulk():
    """Pause the cyclic garbage collector: building millions of small dicts (a 100,000-service
    feed) sets it off over and over for nothing, as records hold no reference cycles. Halves a
    large load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def prepare(
    source: str,
    registry: Registry,
    taxonomy_map: Optional[os.PathLike] = None,
    default_area: Optional[str] = None,
    allow_samples: Optional[bool] = None,
    fetch: Optional[Callable[[str], bytes]] = None,
) -> Prepared:
    """Read ``source`` and check it; ``parsed.errors`` lists what stops it loading.

    Raises OSError when it cannot be read, ValueError when it is not a registry or HSDS document
    (or the taxonomy map is wrong).
    """
    with _bulk():
        return _prepare(source, registry, taxonomy_map, default_area, allow_samples, fetch)


def _prepare(source, registry, taxonomy_map, default_area, allow_samples, fetch) -> Prepared:
    if not is_url(source) and not is_hsds_file(source):
        return Prepared(read_registry(source, gazetteer=registry.gazetteer, allow_samples=allow_samples), None)
    if is_url(source):
        services, content = fetch_api(source, fetch or _fetch)
    else:
        content = Path(source).read_bytes()
        try:
            services = hsds_services(json.loads(content))
        except json.JSONDecodeError as error:
            raise ValueError(f"{source}: not JSON: {error}") from None
        except ValueError as error:
            raise ValueError(f"{source}: {error}") from None
    importer = Importer(TaxonomyMap.load(taxonomy_map), registry.gazetteer, lambda: known_needs(registry), default_area)
    document = importer.document(services)
    parsed = read_document(document, str(source), hashlib.sha256(content).hexdigest(),
                           gazetteer=registry.gazetteer, allow_samples=allow_samples)
    return Prepared(parsed, importer.report)


def known_needs(registry: Registry) -> list[dict]:
    """The need terms a taxonomy map may name: the loaded registry's, else the shipped services.yml's."""
    with registry.engine.connect() as connection:
        rows = connection.execute(
            select(schema.TaxonomyTerm.code, schema.TaxonomyTerm.name, schema.TaxonomyTerm.description)
            .order_by(schema.TaxonomyTerm.position)).all()
    if rows:
        return [{"code": code, "name": name, "description": description} for code, name, description in rows]
    shipped = yaml.safe_load((REPO_ROOT / "services.yml").read_text(encoding="utf-8"))
    return [{"code": t["code"], "name": t["name"], "description": t.get("description")} for t in shipped["taxonomy"]]


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "signpost-registry"})
    with urllib.request.urlopen(request, timeout=URL_TIMEOUT_SECONDS) as response:
        return response.read()


def _get_json(url: str, fetch: Callable[[str], bytes]) -> tuple[object, bytes]:
    try:
        raw = fetch(url)
    except urllib.error.HTTPError as error:
        raise OSError(f"{url}: HTTP {error.code}") from None
    except urllib.error.URLError as error:
        raise OSError(f"{url}: {error.reason}") from None
    try:
        return json.loads(raw), raw
    except ValueError as error:
        raise ValueError(f"{url}: not JSON: {error}") from None


def fetch_api(base_url: str, fetch: Callable[[str], bytes]) -> tuple[list, bytes]:
    """Every service of an ORUK API: /services page by page, each in full.

    A list item that carries only the one-to-one fields (no attributes: the standard's list form)
    is fetched again from /services/{id} for its nested records.
    """
    base = base_url.rstrip("/")
    services: list = []
    digest = hashlib.sha256()
    page = 1
    while True:
        url = f"{base}/services?page={page}"
        body, raw = _get_json(url, fetch)
        digest.update(raw)
        if not isinstance(body, dict) or not isinstance(body.get("contents"), list):
            raise ValueError(f"{url}: not an ORUK page (no contents list)")
        for item in body["contents"]:
            if isinstance(item, dict) and item.get("id") and "attributes" not in item:
                item, raw = _get_json(f"{base}/services/{urllib.parse.quote(str(item['id']), safe='')}", fetch)
                digest.update(raw)
            services.append(item)
        total_pages = body.get("total_pages")
        if not isinstance(total_pages, int) or page >= total_pages or not body["contents"]:
            break
        page += 1
        if page > MAX_PAGES:
            raise ValueError(f"{base}: more than {MAX_PAGES} pages")
    return services, digest.hexdigest().encode()


def difference(registry: Registry, parsed: ParsedRegistry) -> Difference:
    """What loading ``parsed`` would add, change and remove."""
    with Session(registry.engine) as session:
        current = read_records(session)
    now = {service["id"]: comparable(service) for service in current.services}
    new = {service["id"]: comparable(service) for service in parsed.services}
    now_orgs = {key: comparable_organization(value) for key, value in current.organizations.items()}
    new_orgs = {org["id"]: comparable_organization(org) for org in parsed.organizations}
    return Difference(
        added=[key for key in new if key not in now],
        changed=[key for key in new if key in now and new[key] != now[key]],
        removed=[key for key in now if key not in new],
        organizations_added=[key for key in new_orgs if key not in now_orgs],
        organizations_changed=[key for key in new_orgs if key in now_orgs and new_orgs[key] != now_orgs[key]],
        organizations_removed=[key for key in now_orgs if key not in new_orgs],
    )


def load(registry: Registry, prepared: Prepared) -> LoadReport:
    """Replace the registry with a prepared source in one transaction (RegistryValidationError: unchanged)."""
    if prepared.parsed.errors:
        raise RegistryValidationError(prepared.parsed.errors)
    with _bulk(), registry.engine.begin() as connection:
        return load_parsed(connection, prepared.parsed)


def export_hsds(registry: Registry) -> list[dict]:
    with Session(registry.engine) as session:
        return export_services(read_records(session))


def write_hsds(registry: Registry, out: os.PathLike) -> int:
    """Write the registry as a JSON list of HSDS 3.0 services; the number written."""
    services = export_hsds(registry)
    Path(out).write_text(json.dumps(services, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(services)
