"""UK postcode syntax: full postcodes ("SW9 8AA") and their outward codes ("SW9")."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

# Outward code forms Royal Mail issues: A9, A99, AA9, AA99, A9A, AA9A.
OUTWARD = r"[A-Z]{1,2}[0-9][0-9A-Z]?"
# The inward code's letters never include C, I, K, M, O or V.
INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"

_FULL = re.compile(rf"^\s*({OUTWARD})\s*({INWARD})\s*$", re.IGNORECASE)
_OUTWARD_ONLY = re.compile(rf"^\s*({OUTWARD})\s*$", re.IGNORECASE)
_AREA = re.compile(r"^[A-Z]{1,2}(?=[0-9])")


class Postcode(NamedTuple):
    outward: str
    inward: str

    def __str__(self) -> str:
        return f"{self.outward} {self.inward}"


def parse_postcode(text: str) -> Optional[Postcode]:
    """The full postcode text consists of ("sw98aa", " SW9 8AA "), canonicalised, or None."""
    match = _FULL.match(text)
    if not match:
        return None
    return Postcode(match.group(1).upper(), match.group(2).upper())


def parse_outward(text: str) -> Optional[str]:
    """The outward code ("SW9", "EC1A") text consists of, upper-cased, or None."""
    match = _OUTWARD_ONLY.match(text)
    return match.group(1).upper() if match else None


def postcode_area(outward: str) -> str:
    """The letters an outward code starts with: "SW9" -> "SW", "M13" -> "M"."""
    match = _AREA.match(outward.upper())
    if not match:
        raise ValueError(f"not an outward code: {outward!r}")
    return match.group(0)


def parent_district(outward: str) -> Optional[str]:
    """The district a sub-district belongs to: "EC1A" -> "EC1", "SW1X" -> "SW1"; None for "SW9"."""
    if outward[-1].isalpha() and outward[-2].isdigit():
        return outward[:-1]
    return None


def normalise_postcode(text: str) -> str:
    """Canonical "OUT IN" form of a full postcode; ValueError naming text if it is not one."""
    postcode = parse_postcode(text)
    if postcode is None:
        raise ValueError(f"not a UK postcode: {text!r}")
    return str(postcode)
