"""The real stack: a Rasa server (its own Python 3.10 environment) calling the real action server."""
from pathlib import Path

import pytest

from signpost.conversation.rest import RestConversation as Conversation
from signpost.ops.stack import MODEL, Stack, free_port

ROOT = Path(__file__).resolve().parents[2]
# the one page origin the integration stack accepts (tests/integration/test_origins.py)
ALLOWED_ORIGIN = "https://group.example.org"


def texts(replies: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in replies)


def payloads(replies: list[dict], kind: str) -> list[dict]:
    return [m["custom"] for m in replies if isinstance(m.get("custom"), dict) and m["custom"].get("kind") == kind]


def shown_ids(replies: list[dict]) -> list[str]:
    return [s["id"] for p in payloads(replies, "services") for s in p["services"]]


def start_stack(tmp_path_factory, with_actions: bool) -> Stack:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first")
    work = tmp_path_factory.mktemp("stack")
    stack = Stack(
        rasa_port=free_port(), action_port=free_port(), web_port=None, with_actions=with_actions,
        env={"SIGNPOST_REGISTRY": str(ROOT / "tests" / "data" / "registry.yml"),
             "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}",
             "SIGNPOST_CORS_ORIGINS": ALLOWED_ORIGIN},
        log_dir=work,
    )
    return stack.start()


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    running = start_stack(tmp_path_factory, with_actions=True)
    yield running
    running.stop()


@pytest.fixture
def conversation(stack):
    return Conversation(stack.rasa_url)
