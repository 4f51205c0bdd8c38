"""Starts the running assistant: the action server, the Rasa server and the web page.

    python -m signpost.stack              # what `make run` calls
    python -m signpost.stack --rasa-only  # a Rasa server without the action server

The integration tests and the benchmarks start the same Stack on their own ports.
"""
from __future__ import annotations

import argparse
import json
import os
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

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL = ROOT / "models" / "signpost.tar.gz"
HOST = "127.0.0.1"


class StackError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class RestConversation:
    """One conversation over Rasa's REST channel, as a website would hold it."""

    def __init__(self, rasa_url: str, sender: Optional[str] = None):
        self.rasa_url = rasa_url
        self.sender = sender or "conversation-" + uuid.uuid4().hex

    def say(self, text: str, metadata: Optional[dict] = None, timeout: float = 30) -> list:
        body: dict = {"sender": self.sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        request = urllib.request.Request(
            self.rasa_url + "/webhooks/rest/webhook", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode() or "[]")


@dataclass
class Stack:
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: Optional[int] = 8000
    with_actions: bool = True
    env: dict = field(default_factory=dict)
    log_dir: Optional[Path] = None
    processes: list = field(default_factory=list)

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
        configured = self._environment().get("SIGNPOST_CORS_ORIGINS")
        if configured is not None:
            return [origin for origin in configured.replace(",", " ").split() if origin]
        if not self.web_port:
            return []
        return [f"http://{HOST}:{self.web_port}", f"http://localhost:{self.web_port}"]

    def _environment(self) -> dict:
        env = {**os.environ, **self.env}
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        return env

    def _start(self, name: str, args: list) -> subprocess.Popen:
        log_dir = self.log_dir or Path(tempfile.mkdtemp(prefix="signpost-"))
        log_dir.mkdir(parents=True, exist_ok=True)
        log = open(log_dir / f"{name}.log", "wb")
        process = subprocess.Popen(
            args, cwd=ROOT, env=self._environment(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        process.log_path = log_dir / f"{name}.log"  # type: ignore[attr-defined]
        self.processes.append(process)
        return process

    def start(self, timeout: float = 180) -> "Stack":
        if not MODEL.exists():
            raise StackError(f"{MODEL} is missing: run `make train`")
        if self.with_actions:
            self.load_registry()
            self._start("actions", [sys.executable, "-m", "actions.server", "--port", str(self.action_port)])
        endpoints = Path(tempfile.mkdtemp(prefix="signpost-endpoints-")) / "endpoints.yml"
        endpoints.write_text(
            (ROOT / "bot" / "endpoints.yml").read_text().replace("http://127.0.0.1:5055", self.action_url)
        )
        origins = self.cors_origins()
        # the Rasa server's socket.io channel and the web app read the same allow-list
        self.env["SIGNPOST_CORS_ORIGINS"] = " ".join(origins)
        self._start("rasa", [str(RASA), "run", "--model", str(MODEL), "--enable-api",
                             "--interface", HOST, "--port", str(self.rasa_port),
                             "--endpoints", str(endpoints), "--credentials", str(ROOT / "bot" / "credentials.yml"),
                             *(["--cors", *origins] if origins else [])])
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

    def load_registry(self) -> None:
        """Validates and loads the registry before anything starts, so a bad file stops here."""
        result = subprocess.run(
            [sys.executable, "-m", "signpost.cli", "registry", "load", "--if-changed"],
            cwd=ROOT, env=self._environment(), capture_output=True, text=True)
        if result.returncode != 0:
            raise StackError(f"the registry did not load:\n{result.stderr}")
        print(result.stdout.strip(), file=sys.stderr)

    def _warm_up(self) -> None:
        """Parses one message so the first person to write does not wait for lazy loading."""
        request = urllib.request.Request(
            f"{self.rasa_url}/model/parse", data=json.dumps({"text": "hello"}).encode(),
            headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300):
            pass

    def _wait(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for p in self.processes:
                if p.poll() is not None:
                    raise StackError(f"{p.args[0]} exited with {p.returncode}; see {p.log_path}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.5)
        raise StackError(f"{url} did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        for p in self.processes:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.processes:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        self.processes.clear()

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
    args = parser.parse_args(argv)
    # the servers run in their own sessions: a `kill` of this process must stop them as Ctrl-C does
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    stack = Stack(rasa_port=args.rasa_port, action_port=args.action_port,
                  web_port=None if args.rasa_only else args.web_port,
                  with_actions=not args.rasa_only, log_dir=ROOT / "var" / "log")
    stack.start()
    print(f"signpost is running: chat page http://{HOST}:{args.web_port}/  "
          f"Rasa {stack.rasa_url}  actions {stack.action_url}  (logs in var/log, Ctrl-C stops)")
    try:
        while all(p.poll() is None for p in stack.processes):
            time.sleep(1)
        failed = next(p for p in stack.processes if p.poll() is not None)
        print(f"{failed.args[0]} stopped; see {failed.log_path}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
