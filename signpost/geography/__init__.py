"""Offline place data for England: local authorities, regions, named areas, towns, postcodes.

from signpost.geography import load_gazetteer
gazetteer = load_gazetteer()
gazetteer.resolve("SW9")                      # Place for the postcode district, in Lambeth
gazetteer.find_in_text("any groups in Leeds?")  # [PlaceMention(...)]
"""

from __future__ import annotations

from .distance import distance_km
from .gazetteer import Gazetteer, load_gazetteer
from .model import Place, PlaceMention
from .onspd import import_onspd

__all__ = ["Gazetteer", "Place", "PlaceMention", "distance_km", "import_onspd", "load_gazetteer"]
