"""Benchmarks: turn latency over the REST channel, and registry search (bench/registry_search.py).

    make bench      # writes bench/turn-latency.json and bench/registry-search.json

Targets: p95 under 150 ms per turn on a 2-core machine; registry search p95 under 20 ms at
100,000 services on SQLite and PostgreSQL.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SCRIPT = [
    "hello",
    "I'm looking for peer support",
    "Bradford",
    "show me more",
    "tell me about the first one",
    "would they tell the police?",
    "any punjabi speaking counselling in Birmingham?",
    "only free ones",
    "befriending in Leicester",
    "thanks",
]


def machine() -> dict:
    memory = ""
    try:
        memory = next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split(":")[1].strip()
    except (OSError, StopIteration):
        pass
    cpu = ""
    try:
        cpu = next(line for line in open("/proc/cpuinfo") if line.startswith("model name")).split(":")[1].strip()
    except (OSError, StopIteration):
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "memory": memory, "python": platform.python_version(),
            "platform": platform.platform()}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(samples_ms: list[float]) -> dict:
    return {"n": len(samples_ms), "p50_ms": round(statistics.median(samples_ms), 1),
            "p95_ms": round(percentile(samples_ms, 95), 1), "max_ms": round(max(samples_ms), 1)}


def stack_over_test_registry():
    """A stack (Rasa and action servers, no web app) on free ports over the test registry, its
    database and logs in a fresh folder; not started."""
    from signpost.ops.stack import Stack, free_port

    work = Path(tempfile.mkdtemp(prefix="signpost-bench-"))
    return Stack(rasa_port=free_port(), action_port=free_port(), web_port=None, log_dir=work,
                 env={"SIGNPOST_REGISTRY": str(ROOT / "tests" / "data" / "registry.yml"),
                      "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}"})


def bench_turns(conversations: int = 20) -> dict:
    from signpost.conversation.rest import RestConversation as Conversation

    stack = stack_over_test_registry()
    with stack:
        Conversation(stack.rasa_url).say("hello")  # warm-up: loads the registry and models
        samples = []
        for _ in range(conversations):
            conversation = Conversation(stack.rasa_url)
            for text in SCRIPT:
                start = time.perf_counter()
                conversation.say(text)
                samples.append((time.perf_counter() - start) * 1000)
    return {"what": "REST turn latency, scripted conversation", "script": SCRIPT,
            "conversations": conversations, **summary(samples), "target_p95_ms": 150}


def write(name: str, result: dict) -> None:
    result = {**result, "machine": machine(), "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    (HERE / name).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    from bench import registry_search

    registry_search.main([])  # bench/registry-search.json
    write("turn-latency.json", bench_turns())
