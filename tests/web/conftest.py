"""Web app tests: the real app served by uvicorn on a free port, over a real SQLite registry
loaded from tests/data/registry.yml, asked over real HTTP."""
from __future__ import annotations

import gzip
import json
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import uvicorn

from signpost.geography import load_gazetteer
from signpost.ops.stack import free_port
from signpost.registry import Registry
from signpost.registry.feedback import FeedbackStore
from signpost.web import create_app

TEST_REGISTRY = Path(__file__).resolve().parents[1] / "data" / "registry.yml"
ALLOWED_ORIGIN = "https://community.example.org"


class Served:
    def __init__(self, url: str, registry: Registry, feedback: FeedbackStore):
        self.url = url
        self.registry = registry
        self.feedback = feedback

    def request(self, path: str, body=None, method=None, headers=None):
        """(status, headers, parsed JSON or text) for a request; errors are answers, not exceptions."""
        data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) else body
        request = urllib.request.Request(self.url + path, data=data, method=method,
                                         headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                status, head, raw = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, head, raw = error.code, error.headers, error.read()
        if head.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
        if (head.get("content-type") or "").startswith("application/json"):
            return status, head, json.loads(text)
        return status, head, text

    def get(self, path: str, **kwargs):
        return self.request(path, **kwargs)

    def transferred(self, path: str) -> tuple[int, str]:
        """(bytes on the wire, content-encoding) for a browser that accepts gzip."""
        request = urllib.request.Request(self.url + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return len(response.read()), response.headers.get("content-encoding")


def serve(app) -> tuple[uvicorn.Server, threading.Thread, str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def web(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    registry = Registry.open(f"sqlite:///{folder / 'registry.db'}", gazetteer=load_gazetteer())
    registry.load_file(TEST_REGISTRY)
    feedback = FeedbackStore(f"sqlite:///{folder / 'feedback.db'}")
    app = create_app("http://127.0.0.1:5005", registry=registry, feedback=feedback, cors_origins=[ALLOWED_ORIGIN])
    server, thread, url = serve(app)
    yield Served(url, registry, feedback)
    server.should_exit = True
    thread.join(timeout=10)
    registry.close()
    feedback.close()
