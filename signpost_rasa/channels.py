"""The channels the Rasa server listens on (bot/credentials.yml).

BoundedRestInput: the REST webhook the widget and the evaluation harness use, bounded. Rasa 3.6's
own REST channel reads any body Sanic accepts (100 MB by default), passes any message to the
NLU (a 100 KB message held the server for 18 s, and every other conversation with it), reads a
message starting with "/" as an intent name the client chooses, and logs whole message texts
when a turn fails or times out. This one:
- takes only Content-Type: application/json (415), which a cross-site page cannot send without
  the CORS preflight that the origin allow-list answers;
- refuses, with 413 and before any NLU, a body over MAX_BODY_BYTES (by its Content-Length before
  reading it, else while reading it), a message over MAX_MESSAGE_CHARACTERS characters and
  metadata over MAX_METADATA_BYTES bytes of JSON; a body that is not a JSON object with a
  `sender` string and a `message` string gets 400, naming the field;
- limits each client (known by a keyed hash, signpost.ops.ratelimit) to WEBHOOK_BURST requests at
  once and WEBHOOK_PER_SECOND on average (429); in a deployment the proxy limits too;
- reads a leading "/" as text, not as an intent: "/restart" is the words "restart" (the one
  exception is the assistant's own one-tap language button, LANGUAGE_BUTTON, which carries a
  language code and no words of the person's);
- logs no message text, metadata or sender id: a failed turn is logged by exception type and
  place only;
- forgets a conversation on request: POST /webhooks/rest/forget {"sender": id} deletes it from the
  tracker store (signpost_rasa.tracker_store); the random sender id is the capability, as it is
  for sending the conversation's next message. The widget calls it on quick exit and "start again".

AllowListedSocketIOInput: Rasa's socket.io channel, answering only the origins a deployment allows.

Rasa 3.6 builds its socket.io server with cors_allowed_origins=[], which makes python-engineio
skip the Origin check altogether; browsers do not apply CORS to websockets, so any page could
open a conversation. This channel checks the Origin header against SIGNPOST_CORS_ORIGINS
(space- or comma-separated, as for `rasa run --cors`; signpost.ops.stack sets it), or the
channel's own `cors_allowed_origins` in credentials.yml. With neither, only same-origin pages
connect. The CORS response headers stay Sanic-CORS's job (`rasa run --cors`), so engineio adds
none of its own: two Access-Control-Allow-Origin headers would make browsers refuse both.
"""
from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import re
import traceback
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from signpost.ops.origins import configured_origins
from signpost.ops.ratelimit import RateLimiter
from signpost.understanding.language import SUPPORTED


MAX_MESSAGE_CHARACTERS = 2000
MAX_METADATA_BYTES = 1024
MAX_SENDER_CHARACTERS = 128
# a longest message written as JSON \u escapes (12 bytes for a character beyond the BMP) with its metadata
MAX_BODY_BYTES = 32 * 1024
WEBHOOK_PER_SECOND = 20
WEBHOOK_BURST = 300

logger = logging.getLogger(__name__)


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def answer(self) -> HTTPResponse:
        return response.json({"error": self.code, "message": self.message}, status=self.status)


def client_of(request: Request) -> str:
    """The address a request came from (the proxy's forwarded one when Sanic is told to trust it)."""
    return request.remote_addr or request.ip or ""


async def read_body(request: Request) -> bytes:
    """The body of a streamed request, refused with 413 once it is known to be over MAX_BODY_BYTES."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise Refused(400, "bad_request", "the Content-Length header must be a number")
        if length > MAX_BODY_BYTES:
            raise Refused(413, "too_large", f"the body is {length} bytes; at most {MAX_BODY_BYTES} are read")
    chunks, size = [], 0
    while True:
        chunk = await request.stream.read()
        if chunk is None:
            break
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise Refused(413, "too_large", f"the body is over {MAX_BODY_BYTES} bytes; at most that is read")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_object(body: bytes) -> Dict[Text, Any]:
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nested too deep
        raise Refused(400, "bad_body", "the body must be JSON: {\"sender\": \"...\", \"message\": \"...\"}")
    if not isinstance(parsed, dict):
        raise Refused(400, "bad_body", "the body must be a JSON object with sender and message")
    return parsed


def sender_of(body: Dict[Text, Any]) -> Text:
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise Refused(400, "bad_field", "sender must be a non-empty string: the conversation's id")
    if len(sender) > MAX_SENDER_CHARACTERS:
        raise Refused(413, "too_large", f"sender is {len(sender)} characters; at most {MAX_SENDER_CHARACTERS}")
    return sender


# The payload of the "continue in <language>?" button (actions/search.py): the one intent a client
# may name, and only with a supported language code.
LANGUAGE_BUTTON = re.compile(r'/change_language\{"chat_language":"([a-z]{2})"\}')


def message_of(body: Dict[Text, Any]) -> Tuple[Text, Optional[Dict[Text, Any]]]:
    """The message text, as the NLU is to read it, and its metadata."""
    text = body.get("message")
    if not isinstance(text, str):
        raise Refused(400, "bad_field", "message must be a string")
    if len(text) > MAX_MESSAGE_CHARACTERS:
        raise Refused(413, "too_large",
                      f"message is {len(text)} characters; at most {MAX_MESSAGE_CHARACTERS} are read")
    metadata = body.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, dict):
            raise Refused(400, "bad_field", "metadata must be a JSON object")
        size = len(json.dumps(metadata, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        if size > MAX_METADATA_BYTES:
            raise Refused(413, "too_large", f"metadata is {size} bytes of JSON; at most {MAX_METADATA_BYTES}")
    button = LANGUAGE_BUTTON.fullmatch(text)
    if button and button.group(1) in SUPPORTED:
        return text, metadata
    # "/name" would be read as an intent the client names, skipping the NLU: read it as words
    return text.lstrip("/"), metadata


def log_failure(what: str, error: BaseException) -> None:
    """A failed turn, by exception type and where it happened: never the message, which an
    exception's text or a traceback's values may hold."""
    where = "".join(traceback.format_tb(error.__traceback__)[-3:])
    logger.error("%s: %s\n%s", what, type(error).__name__, where)


def tracker_store_of(request: Request) -> Any:
    """The tracker store under Rasa's wrappers (they keep the one they wrap as _tracker_store)."""
    store = request.app.ctx.agent.tracker_store
    while not hasattr(store, "forget") and hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


class BoundedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"  # the same URL as Rasa's: /webhooks/rest/webhook

    def __init__(self) -> None:
        per_second = float(os.environ.get("SIGNPOST_WEBHOOK_PER_SECOND", WEBHOOK_PER_SECOND))
        burst = int(os.environ.get("SIGNPOST_WEBHOOK_BURST", WEBHOOK_BURST))
        self.limiter = RateLimiter(per_second, burst)
        self._frozen = False

    def _freeze_once(self) -> None:
        """After the first turn (the stack's warm-up) the model, lexicons and gazetteer are loaded:
        millions of objects that live as long as the server. Python's garbage collector walked
        them all on every full collection, which made a long message's cost grow faster than its
        length (bench/lockdown.json); frozen, the collector leaves them alone."""
        if not self._frozen:
            self._frozen = True
            gc.freeze()
            logger.info("froze %d long-lived objects out of garbage collection", gc.get_freeze_count())

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if credentials:
            raise ValueError(f"{cls.__name__} takes no settings in credentials.yml, got {sorted(credentials)}")
        return cls()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("signpost_bounded_rest", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        async def checked(request: Request) -> Dict[Text, Any]:
            media_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                # a cross-site page can send text/plain without a CORS preflight; JSON needs one
                raise Refused(415, "unsupported_media_type",
                              f"the body must be sent as Content-Type: application/json, not {media_type or 'nothing'!r}")
            if not self.limiter.allow(client_of(request)):
                raise Refused(429, "too_many_requests", "too many requests from this address; try again shortly")
            return parse_object(await read_body(request))

        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = await checked(request)
                sender = sender_of(body)
                text, metadata = message_of(body)
            except Refused as refused:
                return refused.answer()
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=metadata))
            except asyncio.CancelledError as error:
                log_failure("a turn timed out", error)
            except Exception as error:  # the person still gets what was said before the failure
                log_failure("a turn failed", error)
            self._freeze_once()
            return response.json(collector.messages)

        @webhook.route("/forget", methods=["POST"], stream=True)
        async def forget(request: Request) -> HTTPResponse:
            try:
                sender = sender_of(await checked(request))
            except Refused as refused:
                return refused.answer()
            agent = request.app.ctx.agent
            store = tracker_store_of(request)
            if not hasattr(store, "forget"):
                logger.error("the tracker store %s cannot forget a conversation: configure "
                             "signpost_rasa.tracker_store.ExpiringTrackerStore", type(store).__name__)
                return Refused(501, "not_supported", "this server's tracker store cannot forget").answer()
            async with agent.lock_store.lock(sender):  # not in the middle of the conversation's turn
                forgotten = await store.forget(sender)
            return response.json({"forgotten": forgotten})

        return webhook


def allowed_origins(configured: Optional[List[Text]] = None) -> Optional[List[Text]]:
    """The origins to accept: the environment's, else the credentials', else None (same origin)."""
    from_environment = configured_origins()
    if from_environment is not None:
        return from_environment
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
        async def bounded(message: UserMessage) -> Any:
            """The REST channel's bounds: a websocket frame is not a request body Sanic limits."""
            try:
                message.text, message.metadata = message_of({"message": message.text, "metadata": message.metadata})
            except Refused as refused:
                logger.warning("socket.io message refused: %s", refused.code)
                return None
            return await on_new_message(message)

        blueprint = super().blueprint(bounded)
        engine = self.sio.eio
        engine.max_http_buffer_size = MAX_BODY_BYTES
        # None means same origin only; an empty allow-list must not mean "no check" as [] does.
        engine.cors_allowed_origins = getattr(self, "cors_allowed_origins", None) or None
        engine._cors_headers = lambda environ: []
        return blueprint
