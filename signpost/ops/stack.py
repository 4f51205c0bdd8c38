"""Starts the running assistant: the action server, the Rasa server and the web page.

    python -m signpost.ops.stack              # what `make run` calls
    python -m signpost.ops.stack --rasa-only  # a Rasa server without the action server

The integration tests and the benchmarks start the same Stack on their own ports.

Rasa's HTTP API stays off (api_arguments); the Rasa process gets Sanic's body limit
(RASA_REQUEST_MAX_BYTES). `main` restarts a child that exits (Stack.supervise: 1 s back-off,
doubling to 60 s), stops everything on the first SIGTERM or SIGINT and ignores any more while
it stops. A registry file that does not load is reported, not fatal: crises need no registry.
See docs/deployment.md.
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from signpost.conversation.rest import RestConversation
from signpost.ops.origins import VARIABLE as ORIGINS_VARIABLE, configured_origins

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL = ROOT / "models" / "signpost.tar.gz"
HOST = "127.0.0.1"
# set to a long random secret to turn Rasa's HTTP API on (docs/deployment.md); unset, it is off
API_TOKEN_VARIABLE = "SIGNPOST_RASA_API_TOKEN"
RASA_REQUEST_MAX_BYTES = 64 * 1024


STABLE_SECONDS = 60  # a child that ran this long before it exited is restarted after 1 s again
MAX_BACKOFF_SECONDS = 60


class StackError(RuntimeError):
    pass


def say(line: str) -> None:
    print(f"signpost.ops.stack: {line}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Stack:
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: Optional[int] = 8000
    with_actions: bool = True
    env: dict = field(default_factory=dict)
    log_dir: Optional[Path] = None
    # None: bot/endpoints.yml's; tests set a short one to see conversations forgotten
    conversation_idle_minutes: Optional[float] = None
    processes: list = field(default_factory=list)
    registry_error: Optional[str] = None
    _recipes: dict = field(default_factory=dict, repr=False)
    _restart_at: dict = field(default_factory=dict, repr=False)
    _backoff: dict = field(default_factory=dict, repr=False)

    @property
    def rasa_url(self) -> str:
        return f"http://{HOST}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{HOST}:{self.action_port}"

    @property
    def web_url(self) -> Optional[str]:
        return f"http://{HOST}:{self.web_port}" if self.web_port else None

    def cors_origins(self) -> list[str]:
        """The origins browsers may call the Rasa server and the web app from.

        $SIGNPOST_CORS_ORIGINS (space- or comma-separated, e.g. "https://group.example.org
        https://signpost.example.org") when set; otherwise only this stack's own web app.
        """
        configured = configured_origins(self._environment())
        if configured is not None:
            return configured
        if not self.web_port:
            return []
        return [f"http://{HOST}:{self.web_port}", f"http://localhost:{self.web_port}"]

    def _environment(self) -> dict:
        env = {**os.environ, **self.env}
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        return env

    def _start(self, name: str, args: list, env: Optional[dict] = None) -> subprocess.Popen:
        """Starts a child in its own session (its process group is stopped as one); a restart
        appends to the same log."""
        if self.log_dir is None:
            self.log_dir = Path(tempfile.mkdtemp(prefix="signpost-"))
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._recipes[name] = (args, env)
        log_path = self.log_dir / f"{name}.log"
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                args, cwd=ROOT, env={**self._environment(), **(env or {})}, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        process.name = name  # type: ignore[attr-defined]
        process.log_path = log_path  # type: ignore[attr-defined]
        process.started_at = time.monotonic()  # type: ignore[attr-defined]
        self.processes.append(process)
        say(f"started {name} (pid {process.pid}), log {log_path}")
        return process

    def supervise(self) -> None:
        """Restarts any child that has exited, after a back-off (1 s, doubling to 60 s; back to 1 s
        once a child has run for a minute). Called every second or so by `main`."""
        now = time.monotonic()
        for process in list(self.processes):
            if process.poll() is None:
                continue
            name = process.name
            ran = now - process.started_at
            if name not in self._restart_at:
                delay = 1.0 if ran >= STABLE_SECONDS else min(self._backoff.get(name, 0.5) * 2, MAX_BACKOFF_SECONDS)
                self._backoff[name] = delay
                self._restart_at[name] = now + delay
                say(f"{name} (pid {process.pid}) exited with {process.returncode} after {ran:.0f} s; "
                    f"restarting in {delay:.0f} s (see {process.log_path})")
            elif now >= self._restart_at[name]:
                del self._restart_at[name]
                self._kill_group(process)  # what it left behind
                self.processes.remove(process)
                args, env = self._recipes[name]
                self._start(name, args, env)

    def start(self, timeout: float = 180) -> "Stack":
        if not MODEL.exists():
            raise StackError(f"{MODEL} is missing: run `make train`")
        if self.with_actions:
            self.load_registry()
            self._start("actions", [sys.executable, "-m", "actions.server", "--port", str(self.action_port)])
        endpoints = Path(tempfile.mkdtemp(prefix="signpost-endpoints-")) / "endpoints.yml"
        endpoints.write_text(self.endpoints_yaml())
        origins = self.cors_origins()
        # the Rasa server's socket.io channel and the web app read the same allow-list
        self.env[ORIGINS_VARIABLE] = " ".join(origins)
        self._start("rasa", [str(RASA), "run", "--model", str(MODEL), *self.api_arguments(),
                             "--interface", HOST, "--port", str(self.rasa_port),
                             "--endpoints", str(endpoints), "--credentials", str(ROOT / "bot" / "credentials.yml"),
                             *(["--cors", *origins] if origins else [])],
                    # Sanic refuses a larger body by its Content-Length before reading it (100 MB by
                    # default); the REST channel's own bound is smaller (signpost_rasa/channels.py)
                    env={"SANIC_REQUEST_MAX_SIZE": str(RASA_REQUEST_MAX_BYTES)})
        if self.web_port:
            # the Rasa server as browsers reach it (behind a proxy in a deployment)
            public_rasa = self._environment().get("SIGNPOST_PUBLIC_RASA_URL") or self.rasa_url
            self._start("web", [sys.executable, "-m", "signpost.web", "--port", str(self.web_port),
                                "--rasa-url", public_rasa])
        try:
            if self.with_actions:
                self._wait(f"{self.action_url}/health", timeout)
            self._wait(f"{self.rasa_url}/webhooks/rest/", timeout)
            if self.web_port:
                self._wait(f"{self.web_url}/health", timeout)
            self._warm_up()
        except StackError:
            self.stop()
            raise
        return self

    def endpoints_yaml(self) -> str:
        """bot/endpoints.yml with this stack's action server (and idle time, when it has its own)."""
        text = (ROOT / "bot" / "endpoints.yml").read_text().replace("http://127.0.0.1:5055", self.action_url)
        if self.conversation_idle_minutes is not None:
            text, count = re.subn(r"(?m)^(\s+idle_minutes:).*$", rf"\g<1> {self.conversation_idle_minutes}", text)
            if count != 1:
                raise StackError("bot/endpoints.yml has no tracker_store idle_minutes to change")
        return text

    def api_arguments(self) -> list[str]:
        """Rasa's HTTP API (trackers, /model, /conversations/*/execute) stays off unless
        $SIGNPOST_RASA_API_TOKEN is set, and then answers only requests carrying that token: open,
        it would hand any caller every conversation and let them unload or replace the model."""
        token = self._environment().get(API_TOKEN_VARIABLE, "")
        if not token:
            return []
        if len(token) < 32:
            raise StackError(f"{API_TOKEN_VARIABLE} must be at least 32 characters (a random secret), "
                             f"got {len(token)}")
        return ["--enable-api", "--auth-token", token]

    def load_registry(self) -> None:
        """Validates and loads the registry before anything starts. A bad file is reported, not
        fatal: the crisis reply needs no registry, so the Rasa server starts anyway, and the
        action server reports the error on its /health (actions/server.py)."""
        result = subprocess.run(
            [sys.executable, "-m", "signpost.cli", "registry", "load", "--if-changed"],
            cwd=ROOT, env=self._environment(), capture_output=True, text=True)
        if result.returncode != 0:
            self.registry_error = result.stderr.strip() or f"registry load exited with {result.returncode}"
            say(f"THE REGISTRY DID NOT LOAD; starting without it (crisis replies still work):\n{self.registry_error}")
            return
        say(result.stdout.strip())

    def _warm_up(self) -> None:
        """Says one message over the webhook, as a browser would, so the first person to write
        does not wait for lazy loading; the warm-up conversation is then forgotten."""
        conversation = RestConversation(self.rasa_url, sender="warm-up-" + uuid.uuid4().hex)
        conversation.say("hello", timeout=300)
        conversation.forget()

    def _wait(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for p in self.processes:
                if p.poll() is not None:
                    raise StackError(f"{p.name} exited with {p.returncode}; see {p.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except urllib.error.HTTPError:
                return  # it answers (the action server's /health says 503 without a registry)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.5)
        raise StackError(f"{url} did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        """Stops every child and whatever it started (its process group). Safe to call again, and
        from a signal handler's aftermath: each step can be repeated, so a stop cut short by a
        second signal is finished by the next call, and `main` ignores signals while it stops."""
        for p in self.processes:
            if p.poll() is None:
                self._signal_group(p, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for p in self.processes:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            self._kill_group(p)
        self.processes.clear()
        self._restart_at.clear()

    @staticmethod
    def _signal_group(process: subprocess.Popen, signum: int) -> None:
        try:
            os.killpg(process.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass  # already gone

    def _kill_group(self, process: subprocess.Popen) -> None:
        """SIGKILL to what is left of a child's process group (workers it forked, or itself), and
        a wait (up to 5 s) until the group is gone: its workers die after their leader."""
        self._signal_group(process, signal.SIGKILL)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except (ProcessLookupError, PermissionError):
                return
            time.sleep(0.05)

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rasa-only", action="store_true", help="start the Rasa server alone")
    parser.add_argument("--rasa-port", type=int, default=5005)
    parser.add_argument("--action-port", type=int, default=5055)
    parser.add_argument("--web-port", type=int, default=8000)
    parser.add_argument("--log-dir", type=Path, default=ROOT / "var" / "log")
    parser.add_argument("--conversation-idle-minutes", type=float, default=None,
                        help="for tests: forget conversations sooner than bot/endpoints.yml says")
    args = parser.parse_args(argv)
    stopping = []

    def on_signal(signum, frame):
        # The servers run in their own sessions, so a `kill` of this process must stop them as
        # Ctrl-C does: the first SIGTERM or SIGINT starts the stop; any more (a process manager
        # and a shell may both send one) are ignored rather than cutting the stop short.
        if not stopping:
            stopping.append(signum)
            raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stack = Stack(rasa_port=args.rasa_port, action_port=args.action_port,
                  web_port=None if args.rasa_only else args.web_port,
                  with_actions=not args.rasa_only, log_dir=args.log_dir,
                  conversation_idle_minutes=args.conversation_idle_minutes)
    try:
        stack.start()
        print(f"signpost is running: chat page http://{HOST}:{args.web_port}/  "
              f"Rasa {stack.rasa_url}  actions {stack.action_url}  (logs in {args.log_dir}, Ctrl-C stops)",
              flush=True)
        while True:
            time.sleep(1)
            stack.supervise()
    except KeyboardInterrupt:
        return 0
    except StackError as error:
        say(str(error))
        return 1
    finally:
        while True:
            try:
                stopping.append("stop")  # a signal from here on is ignored
                stack.stop()
                break
            except KeyboardInterrupt:  # the first signal, arriving just as the stop began:
                continue  # stop() can be repeated, and no second interrupt can come


if __name__ == "__main__":
    sys.exit(main())
