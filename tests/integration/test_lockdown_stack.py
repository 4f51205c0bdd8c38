"""The stack as `make run` starts it (python -m signpost.ops.stack), over a registry file that does not
load and with conversations forgotten after six seconds: crises are still answered, no message text
reaches a log or a database, a server that dies is restarted, and two signals stop everything."""
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from signpost.conversation.rest import RestConversation
from signpost.ops.stack import MODEL, ROOT, free_port

from .conftest import payloads
from .test_lockdown import CRISIS, assert_crisis_answered, call

pytestmark = pytest.mark.integration

IDLE_MINUTES = 0.1  # six seconds
WEBHOOK_BURST = 30


class Running:
    def __init__(self, work: Path):
        self.work = work
        self.ports = {"rasa": free_port(), "actions": free_port(), "web": free_port()}
        self.stderr_path = work / "stack.err"
        registry = work / "broken-services.yml"
        registry.write_text("version: 1\nservices:\n  - id: half-written\n    name: A listing with no organization\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "SIGNPOST_REGISTRY": str(registry),
               "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}",
               "SIGNPOST_FEEDBACK_DATABASE_URL": f"sqlite:///{work / 'feedback.db'}",
               # the webhook's rate limit, low enough to reach here (the default is 300, then 20 a second)
               "SIGNPOST_WEBHOOK_BURST": str(WEBHOOK_BURST), "SIGNPOST_WEBHOOK_PER_SECOND": "1"}
        env.pop("SIGNPOST_CORS_ORIGINS", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "signpost.ops.stack", "--rasa-port", str(self.ports["rasa"]),
             "--action-port", str(self.ports["actions"]), "--web-port", str(self.ports["web"]),
             "--log-dir", str(work / "log"), "--conversation-idle-minutes", str(IDLE_MINUTES)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=open(self.stderr_path, "wb"), text=True)
        line = self.process.stdout.readline()
        if "signpost is running" not in line:
            self.kill_all()
            pytest.fail(f"the stack did not start: {line!r}\n{self.stderr()}")

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def started(self) -> dict:
        """The last pid each child was started with, from the stack's own report."""
        return {name: int(pid) for name, pid in re.findall(r"started (\w+) \(pid (\d+)\)", self.stderr())}

    def all_started(self) -> list[int]:
        return [int(pid) for pid in re.findall(r"started \w+ \(pid (\d+)\)", self.stderr())]

    def kill_all(self) -> None:
        for pid in self.all_started():
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first")
    stack = Running(tmp_path_factory.mktemp("lockdown-stack"))
    yield stack
    stack.kill_all()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def test_the_action_server_reports_the_registry_error(running):
    status, text = call(running.url("actions") + "/health")
    assert status == 503 and "registry_error" in text, text
    assert "THE REGISTRY DID NOT LOAD" in running.stderr()


def test_a_crisis_is_answered_without_a_registry(running):
    assert_crisis_answered(RestConversation(running.url("rasa")).say(CRISIS))


def test_no_message_text_reaches_any_log_or_database(running):
    canary = "canary" + uuid.uuid4().hex
    conversation = RestConversation(running.url("rasa"))
    conversation.say(f"my name is {canary}")
    conversation.say(f"/{canary}")
    # a search needs the registry, which does not load: the action fails on both servers
    replies = conversation.say(f"counselling in Leeds please {canary}")
    conversation.say(f"{CRISIS} {canary}", metadata={"language": "en", "embed": {"area": canary}})
    time.sleep(1)
    logs = "\n".join(p.read_text(errors="replace") for p in (running.work / "log").glob("*.log"))
    assert re.search(r"(?i)exception|error", logs), "no failure was forced"
    holding = [str(path.relative_to(running.work)) for path in running.work.rglob("*")
               if path.is_file() and canary.encode() in path.read_bytes()]
    assert holding == [], (holding, replies)
    assert canary not in running.stderr()


def test_an_idle_conversation_is_forgotten(running):
    idle, active = RestConversation(running.url("rasa")), RestConversation(running.url("rasa"))
    idle.say("hello")
    time.sleep(IDLE_MINUTES * 60 + 5)  # the idle time, and the sweep after it
    active.say("hello")
    assert idle.forget() is False  # already gone
    assert active.forget() is True


def test_a_server_that_dies_is_restarted(running):
    web = running.started()["web"]
    os.killpg(web, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and running.started()["web"] == web:
        time.sleep(0.5)
    assert running.started()["web"] != web, running.stderr()
    assert re.search(rf"web \(pid {web}\) exited with -9 .*; restarting in 1 s", running.stderr())
    while time.monotonic() < deadline and not answers(running.url("web") + "/health"):
        time.sleep(0.5)
    assert answers(running.url("web") + "/health")
    assert running.process.poll() is None


def test_the_webhook_limits_each_client(running):
    statuses = [call(running.url("rasa") + "/webhooks/rest/webhook", {"sender": "s"})[0]
                for _ in range(WEBHOOK_BURST + 5)]
    assert 429 in statuses and set(statuses) <= {400, 429}, statuses
    status, text = call(running.url("rasa") + "/webhooks/rest/webhook", {"sender": "s"})
    assert status == 429 and "too many requests" in text


def test_two_signals_back_to_back_stop_every_child(running):
    """As a process manager and a shell may both send one: the second must not cut the stop short."""
    children = running.all_started()
    running.process.send_signal(signal.SIGTERM)
    time.sleep(0.01)
    running.process.send_signal(signal.SIGTERM)
    assert running.process.wait(timeout=60) == 0
    for name, port in running.ports.items():
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, f"{name} still answers on {port}"
    left = []
    for pid in children:
        try:
            os.killpg(pid, 0)
            left.append(pid)
        except ProcessLookupError:
            pass
    assert left == [], f"process groups still running: {left}"
