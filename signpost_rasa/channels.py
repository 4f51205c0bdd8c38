"""Rasa's socket.io channel, answering only the origins a deployment allows.

Rasa 3.6 builds its socket.io server with cors_allowed_origins=[], which makes python-engineio
skip the Origin check altogether; browsers do not apply CORS to websockets, so any page could
open a conversation. This channel checks the Origin header against SIGNPOST_CORS_ORIGINS
(space- or comma-separated, as for `rasa run --cors`; signpost.stack sets it), or the
channel's own `cors_allowed_origins` in credentials.yml. With neither, only same-origin pages
connect. The CORS response headers stay Sanic-CORS's job (`rasa run --cors`), so engineio adds
none of its own: two Access-Control-Allow-Origin headers would make browsers refuse both.
"""
from __future__ import annotations

import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

ORIGINS_VARIABLE = "SIGNPOST_CORS_ORIGINS"


def allowed_origins(configured: Optional[List[Text]] = None) -> Optional[List[Text]]:
    """The origins to accept: the environment's, else the credentials', else None (same origin)."""
    from_environment = os.environ.get(ORIGINS_VARIABLE)
    if from_environment is not None:
        return [origin for origin in from_environment.replace(",", " ").split() if origin]
    return list(configured) if configured else None


class AllowListedSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = dict(credentials or {})
        origins = credentials.pop("cors_allowed_origins", None)
        channel = super().from_credentials(credentials)
        channel.cors_allowed_origins = allowed_origins(origins)
        return channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        engine = self.sio.eio
        # None means same origin only; an empty allow-list must not mean "no check" as [] does.
        engine.cors_allowed_origins = getattr(self, "cors_allowed_origins", None) or None
        engine._cors_headers = lambda environ: []
        return blueprint
