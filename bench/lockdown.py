"""Issue 12's bounds, measured: NLU cost against message length, and a crisis reply while
megabyte posts are refused.

    .venv-rasa/bin/python -m bench.lockdown nlu   # NLU cost at 1, 10, 100 KB (the model's pipeline)
    .venv/bin/python -m bench.lockdown stack      # crisis reply latency, alone and under 1 MB posts

Both write their part of bench/lockdown.json. The NLU part runs the trained model's NLU pipeline
in-process (Rasa's environment), so it measures what a message costs with no channel bound: the
REST channel refuses anything over 2,000 characters before the NLU sees it.
"""
from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "lockdown.json"
FILLER = "I need a counselling group in Leeds for women who speak Urdu please help "
CRISIS = "I want to end my life"


def text_of(kilobytes: int) -> str:
    return (FILLER * (kilobytes * 1024 // len(FILLER) + 1))[: kilobytes * 1024]


def machine() -> dict:
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    return {"cores": os.cpu_count(), "python": platform.python_version(), "load_average_1min": load}


def write(part: str, result: dict) -> None:
    data = json.loads(OUT.read_text()) if OUT.exists() else {}
    data[part] = {**result, "machine": machine(), "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    OUT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def bench_nlu(sizes=(1, 10, 100)) -> dict:
    import asyncio

    from rasa.core.agent import Agent

    agent = Agent.load(str(ROOT / "models" / "signpost.tar.gz"))

    async def parse(text):
        return await agent.parse_message(text)

    asyncio.run(parse("hello"))  # lazy loading
    gc.freeze()  # as the REST channel does after its first turn (signpost_rasa/channels.py)
    def seconds(text: str, collect: bool) -> float:
        runs = 3 if len(text) < 100 * 1024 else 1
        times = []
        for run in range(runs):
            (gc.enable if collect else gc.disable)()
            started = time.perf_counter()
            asyncio.run(parse(text + " " * run))  # not the cached reading of the same text
            times.append(time.perf_counter() - started)
            gc.enable()
        return min(times)

    rows = []
    for kilobytes in sizes:
        text = text_of(kilobytes)
        with_gc, without_gc = seconds(text, True), seconds(text + "  ", False)
        rows.append({"kilobytes": kilobytes, "seconds": round(with_gc, 3),
                     "seconds_per_kilobyte": round(with_gc / kilobytes, 4),
                     "seconds_without_gc": round(without_gc, 3),
                     "seconds_per_kilobyte_without_gc": round(without_gc / kilobytes, 4)})
    return {"what": "the model's NLU pipeline (parse_message) on one message of repeated English text; "
                    "the loaded models frozen out of garbage collection after the first parse, as the "
                    "REST channel does; 'without_gc' runs with the collector off altogether",
            "filler": FILLER, "sizes": rows}


def bench_stack(samples: int = 10) -> dict:
    from bench.run import stack_over_test_registry
    from signpost.conversation.rest import RestConversation

    stack = stack_over_test_registry()
    megabyte = json.dumps({"sender": "flood", "message": text_of(1024)}).encode()

    def crisis_ms() -> float:
        started = time.perf_counter()
        replies = RestConversation(stack.rasa_url).say(CRISIS)
        assert any((m.get("custom") or {}).get("kind") == "crisis" for m in replies), replies
        return (time.perf_counter() - started) * 1000

    def post_megabyte() -> tuple:
        import urllib.error
        import urllib.request
        request = urllib.request.Request(stack.rasa_url + "/webhooks/rest/webhook", data=megabyte,
                                         headers={"Content-Type": "application/json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError as error:  # refused and closed before the body was sent
            status = type(error).__name__
        return status, (time.perf_counter() - started) * 1000

    with stack:
        alone = [crisis_ms() for _ in range(samples)]
        refusals, stop = [], threading.Event()

        def flood():
            while not stop.is_set():
                refusals.append(post_megabyte())

        threads = [threading.Thread(target=flood) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        during = [crisis_ms() for _ in range(samples)]
        stop.set()
        for thread in threads:
            thread.join()

    def summary(values):
        return {"n": len(values), "p50_ms": round(statistics.median(values), 1), "max_ms": round(max(values), 1)}

    statuses = sorted({str(status) for status, _ in refusals})
    return {"what": "crisis reply over the REST webhook, alone and while two clients post 1 MB bodies back to back",
            "crisis_alone": summary(alone), "crisis_during_1MB_posts": summary(during),
            "1MB_posts": {"n": len(refusals), "statuses": statuses, **summary([ms for _, ms in refusals])},
            "target_ms": 1000}


def main(argv=None) -> int:
    part = (argv or sys.argv[1:] or ["stack"])[0]
    result = bench_nlu() if part == "nlu" else bench_stack()
    write(part, result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
