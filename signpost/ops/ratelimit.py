"""Per-client rate limits that keep no address.

A client is known only by a keyed hash of its address: the key is random, lives in this process's
memory and is replaced (with every count) each `rotate_seconds`, so nothing kept links a count to
an address, even across restarts. Used by the web app's /feedback and the Rasa REST channel (in a
deployment the proxy limits too: docs/deployment.md).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Callable, Dict, Tuple


class RateLimiter:
    """A token bucket per client: `burst` requests at once, then `per_second` on average."""

    MAX_CLIENTS = 100_000  # beyond this, clients with full buckets are dropped (they lose nothing)

    def __init__(self, per_second: float, burst: int, rotate_seconds: float = 3600,
                 clock: Callable[[], float] = time.monotonic):
        if per_second <= 0 or burst < 1:
            raise ValueError(f"a rate limit needs per_second > 0 and burst >= 1, got {per_second}, {burst}")
        self.per_second = per_second
        self.burst = burst
        self.rotate_seconds = rotate_seconds
        self.clock = clock
        self._buckets: Dict[bytes, Tuple[float, float]] = {}
        self._rotate(clock())

    def _rotate(self, now: float) -> None:
        self._key = os.urandom(32)
        self._buckets = {}
        self._rotate_at = now + self.rotate_seconds

    def allow(self, client: str) -> bool:
        """Whether one more request from `client` (an address) is allowed now; counts it if so."""
        now = self.clock()
        if now >= self._rotate_at:
            self._rotate(now)
        key = hmac.new(self._key, (client or "").encode("utf-8", "replace"), hashlib.sha256).digest()[:16]
        tokens, then = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.per_second)
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        if len(self._buckets) > self.MAX_CLIENTS:
            self._prune(now)
        return allowed

    def _prune(self, now: float) -> None:
        full = [key for key, (tokens, then) in self._buckets.items()
                if tokens + (now - then) * self.per_second >= self.burst]
        for key in full:
            del self._buckets[key]

    def retry_after(self) -> int:
        """Seconds a refused client should wait for one request (for the Retry-After header)."""
        return max(1, int(1 / self.per_second + 0.999))
