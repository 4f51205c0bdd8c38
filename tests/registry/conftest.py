"""Registry test helpers: small registry documents written to real files, loaded into real databases.

Every test that uses the ``registry`` (or ``load``) fixture runs on SQLite and, when
$SIGNPOST_TEST_POSTGRES_URL names a PostgreSQL database (CI starts one with .ci/postgres), on
PostgreSQL too. In CI ($CI set) a missing PostgreSQL URL is an error, not a skip.
"""
from __future__ import annotations

import copy
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from signpost.geography import load_gazetteer
from signpost.geography.model import Place
from sqlalchemy import MetaData, create_engine

from signpost.registry import Registry

FIXTURE_REGISTRY = Path(__file__).resolve().parents[1] / "data" / "eval-fixture-services.yml"
PROJECT_REGISTRY = Path(__file__).resolve().parents[2] / "services.yml"

TAXONOMY = [
    {"code": "helpline", "name": "Helplines"},
    {"code": "peer_support", "name": "Peer support"},
    {"code": "community_group", "name": "Community groups"},
    {"code": "crisis_alternative", "name": "Crisis alternatives"},
    {"code": "talking_therapy", "name": "Talking therapy"},
]
ORGANIZATIONS = [
    {"id": "test-trust", "name": "Test Community Trust", "led_by": ["bme_led"], "helpline_status": "unofficial"},
    {"id": "national-charity", "name": "National Listening Charity", "led_by": ["voluntary"], "helpline_status": "mainstream"},
]

# Places as the gazetteer describes them, written out so search tests do not depend on its data.
SOUTHWARK = Place(
    key="la:southwark", name="Southwark", kind="local_authority",
    local_authorities=("Southwark",), region="London", latitude=51.4733, longitude=-0.0794,
)
PECKHAM_SE15 = Place(
    key="district:SE15", name="SE15", kind="postcode_district",
    local_authorities=("Southwark",), region="London", latitude=51.4700, longitude=-0.0650,
)
MANCHESTER = Place(
    key="la:manchester", name="Manchester", kind="local_authority",
    local_authorities=("Manchester",), region="North West", latitude=53.4808, longitude=-2.2426,
)
LONDON = Place(
    key="region:london", name="London", kind="region",
    local_authorities=("Southwark", "Lambeth", "Tower Hamlets", "Islington", "Croydon"),
    region="London", latitude=51.5074, longitude=-0.1278,
)


def days_ago(days: int) -> str:
    """An assured date relative to today, so records stay as fresh as the test means them to be."""
    return (date.today() - timedelta(days=days)).isoformat()


def service(service_id: str, **fields) -> dict:
    """A valid local service record in Southwark; ``fields`` override or add to it."""
    record = {
        "id": service_id,
        "organization": "test-trust",
        "name": service_id.replace("-", " ").title(),
        "description": "A test service.",
        "status": "active",
        "categories": ["peer_support"],
        "languages": ["en"],
        "gender": "any",
        "fees": "free",
        "referral": ["self"],
        "locations": [{"name": "Hall", "address_1": "1 Example Road", "city": "London",
                       "postal_code": "SE5 8AA", "latitude": 51.4740, "longitude": -0.0930}],
        "service_areas": ["borough:Southwark"],
        "schedules": [{"freq": "WEEKLY", "byday": ["WE"], "opens_at": "18:00", "closes_at": "20:00"}],
        "assured_date": days_ago(30),
    }
    record.update(fields)
    return {key: value for key, value in record.items() if value is not None}


def national_line(service_id: str, **fields) -> dict:
    record = service(
        service_id, organization="national-charity", categories=["helpline"], locations=None,
        service_areas=["national"],
        schedules=[{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
                    "opens_at": "00:00", "closes_at": "24:00"}],
        phones=[{"number": "0800 000 0000", "type": "voice"}],
    )
    record.update(fields)
    return {key: value for key, value in record.items() if value is not None}


def document(*services: dict) -> dict:
    return {
        "version": 1,
        "taxonomy": copy.deepcopy(TAXONOMY),
        "organizations": copy.deepcopy(ORGANIZATIONS),
        "services": list(services),
    }


def write_yaml(path: Path, data: dict) -> Path:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer()


POSTGRES_URL = os.environ.get("SIGNPOST_TEST_POSTGRES_URL")
DATABASES = (
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        not POSTGRES_URL and not os.environ.get("CI"),
        reason="set SIGNPOST_TEST_POSTGRES_URL (bash .ci/postgres prints one) to run on PostgreSQL too")),
)


def database_url(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'registry.db'}"
    if not POSTGRES_URL:
        pytest.fail("CI must run the registry tests on PostgreSQL: set SIGNPOST_TEST_POSTGRES_URL (.ci/postgres)")
    drop_everything(POSTGRES_URL)  # what an interrupted run may have left
    return POSTGRES_URL


def drop_everything(url: str) -> None:
    """Every table in the database, the migrations' alembic_version included."""
    engine = create_engine(url)
    try:
        tables = MetaData()
        tables.reflect(engine)
        tables.drop_all(engine)
    finally:
        engine.dispose()


def open_test_registry(kind: str, folder: Path, gazetteer) -> Registry:
    return Registry.open(database_url(kind, folder), gazetteer=gazetteer)


def close_test_registry(registry: Registry) -> None:
    url = registry.engine.url.render_as_string(hide_password=False)
    dialect = registry.engine.dialect.name
    registry.close()
    if dialect != "sqlite":
        drop_everything(url)


@pytest.fixture(params=DATABASES)
def database(request) -> str:
    """"sqlite" or "postgresql": the database a test runs on."""
    return request.param


@pytest.fixture
def registry(database, tmp_path, gazetteer):
    opened = open_test_registry(database, tmp_path, gazetteer)
    yield opened
    close_test_registry(opened)


@pytest.fixture
def load(registry, tmp_path):
    """Load services (records made with ``service``) into the registry; returns the registry."""

    def load_services(*services: dict) -> Registry:
        registry.load_file(write_yaml(tmp_path / "services.yml", document(*services)))
        return registry

    return load_services
