"""The place types shared by the gazetteer, the registry search and the conversation layer.

This module (like the rest of signpost.geography, signpost.safety and signpost.understanding)
must stay importable on Python 3.10 with only the standard library and PyYAML, because the
Rasa server's own environment loads it inside custom NLU components.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Tuple


@dataclass(frozen=True)
class Place:
    """A place a person named, resolved to the areas that services declare they cover.

    key:               canonical id, e.g. "la:E09000022", "district:SW9", "postcode:SW9 8AA",
                       "region:london", "area:teesside", "town:brixton"
    name:              display name in English, e.g. "Lambeth", "SW9", "Brixton"
    kind:              "postcode" | "postcode_district" | "local_authority" | "region" | "area" | "town"
    local_authorities: English names of the local authorities the place lies in (a region or an
                       area such as "Teesside" lists several)
    region:            ONS region name ("London", "North West", ...) or None
    latitude/longitude: a representative point, when known
    """

    key: str
    name: str
    kind: str
    local_authorities: Tuple[str, ...] = field(default_factory=tuple)
    region: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class PlaceMention:
    """A place found in free text: the characters [start, end) of the text name it."""

    start: int
    end: int
    text: str
    place: Place
