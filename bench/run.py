"""Benchmarks: turn latency over the REST channel, and registry search time at 10,000 services.

    make bench      # writes bench/turn-latency.json and bench/registry-search.json

Targets (from the foundation issue): p95 under 150 ms per turn on a 2-core machine; registry
search at 10,000 services in tens of milliseconds.
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

import yaml

from signpost.geography import load_gazetteer
from signpost.registry import Registry, SearchQuery
from signpost.registry.synthetic import generate_registry

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


def bench_turns(conversations: int = 20) -> dict:
    from signpost.stack import RestConversation as Conversation, Stack, free_port

    work = Path(tempfile.mkdtemp(prefix="signpost-bench-"))
    stack = Stack(rasa_port=free_port(), action_port=free_port(), web_port=None, log_dir=work,
                  env={"SIGNPOST_REGISTRY": str(ROOT / "tests" / "data" / "registry.yml"),
                       "SIGNPOST_DATABASE_URL": f"sqlite:///{work / 'registry.db'}"})
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


def bench_search(services: int = 10_000, repeats: int = 30) -> dict:
    work = Path(tempfile.mkdtemp(prefix="signpost-bench-"))
    path = work / "registry.yml"
    path.write_text(yaml.safe_dump(generate_registry(services, seed=1), allow_unicode=True))
    registry = Registry.open(f"sqlite:///{work / 'registry.db'}")
    start = time.perf_counter()
    registry.load_file(path)
    load_seconds = time.perf_counter() - start
    gazetteer = load_gazetteer()
    queries = {
        "need + city": SearchQuery(categories=["peer_support"], place=gazetteer.resolve("Leeds")),
        "need + postcode + language": SearchQuery(categories=["talking_therapy"], place=gazetteer.resolve("M13"), languages=["ur"]),
        "crisis alternatives, open now": SearchQuery(crisis_alternative=True, place=gazetteer.resolve("Lambeth"),
                                                     open_at=datetime.now(timezone.utc)),
        "national helplines": SearchQuery(categories=["helpline"]),
    }
    results = {}
    for name, query in queries.items():
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            registry.search_widening(query)
            samples.append((time.perf_counter() - start) * 1000)
        results[name] = summary(samples)
    return {"what": "registry search (SQLite)", "services": services,
            "load_seconds": round(load_seconds, 2), "queries": results}


def write(name: str, result: dict) -> None:
    result = {**result, "machine": machine(), "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    (HERE / name).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    write("registry-search.json", bench_search())
    write("turn-latency.json", bench_turns())
