"""Sample (illustrative) records: a demo, never a default.

Two deployment settings decide what sample records may do:

    SIGNPOST_ALLOW_SAMPLES=0   a registry file with any sample record is refused (default: loaded,
                               marked "example listing" on every card, with a demo notice)
    SIGNPOST_DEMO_REGISTRY=1   this is a demonstration: sample crisis alternatives may be offered in
                               the crisis flow too
    SIGNPOST_DEMO_REGISTRY=0   never: the crisis flow offers real services only
    (unset)                    decided by the registry: one with any real local service is a
                               deployment, and its sample records never reach the crisis flow (a
                               deployment that forgets the setting shows no fictional crisis house
                               beside its real ones); one whose local records are all samples is a
                               demo through and through, says so in the terminal and on the page,
                               and shows its examples, marked, in the crisis flow too
"""
from __future__ import annotations

import os

_OFF = ("0", "false", "no", "off")
_ON = ("1", "true", "yes", "on")


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    folded = value.strip().lower()
    if folded in _ON:
        return True
    if folded in _OFF:
        return False
    raise ValueError(f"{name}={value!r}: expected 1 or 0 (true/false, yes/no, on/off)")


def samples_allowed_by_environment() -> bool:
    """Whether a registry with sample records may be loaded at all ($SIGNPOST_ALLOW_SAMPLES, default yes)."""
    return _flag("SIGNPOST_ALLOW_SAMPLES", True)


def demo_registry() -> bool | None:
    """Whether sample records may be offered in the crisis flow: $SIGNPOST_DEMO_REGISTRY, or None
    when it is unset (the registry decides: see the module's docstring)."""
    if not (os.environ.get("SIGNPOST_DEMO_REGISTRY") or "").strip():
        return None
    return _flag("SIGNPOST_DEMO_REGISTRY", False)


def demo_notice(samples: int, services: int) -> str:
    """The terminal's notice for a registry holding sample records."""
    return (
        f"DEMO REGISTRY: {samples} of {services} services are sample records, not real services. "
        "They are shown as example listings; in the crisis flow only when the registry has no real "
        "local service or SIGNPOST_DEMO_REGISTRY=1 (never with SIGNPOST_DEMO_REGISTRY=0). "
        "Load a registry of real services before people use this."
    )
