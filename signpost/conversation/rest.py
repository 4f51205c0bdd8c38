"""One conversation over Rasa's REST channel, as a website holds it.

The stack's warm-up, `signpost eval`, the benchmarks and the tests all talk to the assistant
through this client (standard library only).
"""
from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Optional


class RestConversation:
    """One conversation over Rasa's REST channel, as a website would hold it."""

    def __init__(self, rasa_url: str, sender: Optional[str] = None):
        self.rasa_url = rasa_url.rstrip("/")
        self.sender = sender or "conversation-" + uuid.uuid4().hex

    def say(self, text: str, metadata: Optional[dict] = None, timeout: float = 30) -> list:
        body: dict = {"sender": self.sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        return self._post("/webhooks/rest/webhook", body, timeout) or []

    def forget(self, timeout: float = 30) -> bool:
        """Deletes the conversation on the server, as quick exit does; whether there was one."""
        return self._post("/webhooks/rest/forget", {"sender": self.sender}, timeout)["forgotten"]

    def _post(self, path: str, body: dict, timeout: float):
        request = urllib.request.Request(self.rasa_url + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode() or "null")
