"""Conversations kept in the Rasa server's memory and forgotten after they fall idle.

Rasa's default in-memory tracker store keeps every conversation (each message, slot and its
metadata) until the server stops. This one forgets a conversation `idle_minutes` after its last
turn (bot/endpoints.yml, the one place that says how long: the widget's privacy note and
docs/privacy.md say the same, and tests hold them to it), checking every
SWEEP_SECONDS and whenever a conversation is read or saved, and forgets one at once when asked
(quick exit and "start again" in the widget: signpost_rasa.channels.BoundedRestInput's
/webhooks/rest/forget). Nothing is written to disk, and no other server is needed.

One Rasa process holds the conversations: with several Rasa workers or servers, a conversation
must stay on the one that holds it (docs/deployment.md).
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from typing import Any, Iterable, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

SWEEP_SECONDS = 30

logger = logging.getLogger(__name__)


def parse_idle_minutes(value: Any) -> float:
    try:
        minutes = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"tracker_store idle_minutes (bot/endpoints.yml) must be a number of minutes, "
                         f"got {value!r}")
    if minutes <= 0:
        raise ValueError(f"tracker_store idle_minutes must be above 0, got {minutes}")
    return minutes


class ExpiringTrackerStore(InMemoryTrackerStore):
    def __init__(self, domain: Optional[Domain] = None, event_broker: Optional[EventBroker] = None,
                 idle_minutes: Any = None, host: Any = None, **kwargs: Any) -> None:
        if idle_minutes is None:
            raise ValueError("tracker_store in bot/endpoints.yml needs idle_minutes")
        super().__init__(domain or Domain.empty(), event_broker, **kwargs)
        self.idle_seconds = parse_idle_minutes(idle_minutes) * 60
        self.last_turn: "OrderedDict[Text, float]" = OrderedDict()  # oldest turn first
        self._sweeper: Optional[asyncio.Task] = None
        logger.info("conversations are forgotten %.1f minutes after their last turn", self.idle_seconds / 60)

    def expire(self, now: Optional[float] = None) -> int:
        """Forgets every conversation idle for idle_seconds; how many it forgot."""
        now = time.monotonic() if now is None else now
        idle = []
        for sender, at in self.last_turn.items():
            if now - at < self.idle_seconds:
                break
            idle.append(sender)
        for sender in idle:
            self._drop(sender)
        if idle:
            logger.info("forgot %d idle conversation(s)", len(idle))
        return len(idle)

    def _drop(self, sender_id: Text) -> bool:
        self.last_turn.pop(sender_id, None)
        return self.store.pop(sender_id, None) is not None

    async def forget(self, sender_id: Text) -> bool:
        """Deletes a conversation now; whether there was one."""
        return self._drop(sender_id)

    def _keep_sweeping(self) -> None:
        if self._sweeper is None or self._sweeper.done():
            self._sweeper = asyncio.get_running_loop().create_task(self._sweep())

    async def _sweep(self) -> None:
        while self.last_turn:
            await asyncio.sleep(min(SWEEP_SECONDS, self.idle_seconds / 2))
            self.expire()

    async def save(self, tracker: DialogueStateTracker) -> None:
        self.expire()
        await super().save(tracker)
        self.last_turn[tracker.sender_id] = time.monotonic()
        self.last_turn.move_to_end(tracker.sender_id)
        self._keep_sweeping()

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self.expire()
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self.expire()
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[Text]:
        self.expire()
        return list(self.store.keys())
