"""Which places a service covers, as keys that place search can join on.

A service area entry resolves (through the gazetteer) to the local authorities it covers, stored as
"la:<name>" keys; a region entry is stored as one "region:<name>" key. A place someone names gets
the keys of its local authorities plus the key of its region, so a London-wide service is local to
Southwark and a Southwark service is local to a search for "London".
"""
from __future__ import annotations

from typing import Iterable, Optional, Protocol

from signpost.geography.model import Place

NATIONAL = "national"
AREA_KINDS = ("region", "borough", "city")


class Gazetteer(Protocol):
    def service_area(self, entry: str) -> Optional[Place]: ...

    def resolve(self, text: str) -> Optional[Place]: ...

    def nearby_local_authorities(self, la_name: str, km: float) -> list[Place]: ...


def default_gazetteer() -> Gazetteer:
    from signpost.geography import load_gazetteer

    return load_gazetteer()


def local_authority_key(name: str) -> str:
    return "la:" + name.strip().casefold()


def region_key(name: str) -> str:
    return "region:" + name.strip().casefold()


def service_area_keys(area: Place) -> frozenset[str]:
    """The coverage keys of a resolved service area entry."""
    if area.kind == "region":
        return frozenset({region_key(area.region or area.name)})
    return frozenset(local_authority_key(name) for name in area.local_authorities)


def place_keys(place: Place) -> frozenset[str]:
    """The coverage keys that make a service local to a place someone named."""
    keys = {local_authority_key(name) for name in place.local_authorities}
    if place.region:
        keys.add(region_key(place.region))
    if place.kind == "region":
        keys.add(region_key(place.name))
    return frozenset(keys)


def local_authority_keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(local_authority_key(name) for name in names)
