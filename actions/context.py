"""What every action needs: the registry (loaded from the registry file on first use), the
language of the conversation, and the clock."""
from __future__ import annotations

import logging
from datetime import datetime
from functools import lru_cache

from rasa_sdk import Tracker

from signpost.registry import Registry, default_registry_path
from signpost.search_request import LONDON, EmbedConfig

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def registry() -> Registry:
    reg = Registry.open()
    path = default_registry_path()
    reg.sync_file(path)
    logger.info("registry %s: %d services", path, reg.count_services())
    return reg


def language_of(tracker: Tracker) -> str:
    return tracker.get_slot("language") or "en"


def now() -> datetime:
    return datetime.now(LONDON)


def slots_of(tracker: Tracker) -> dict:
    return dict(tracker.slots)


def embed_of(tracker: Tracker) -> EmbedConfig:
    """The embedding page's configuration, sent by the widget with every message."""
    return EmbedConfig.from_metadata((tracker.latest_message or {}).get("metadata"))
