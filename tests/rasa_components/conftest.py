"""Tests of the plug-ins the Rasa server loads (signpost_rasa/), run in the Rasa server's own
environment: `.venv-rasa/bin/pytest tests/rasa_components` (a step of `make test`).

They import Rasa, which the project's environment (.venv, Python 3.11) does not have, so a run
there collects nothing in this directory. In CI ($CI set) that run stops with an error when
.venv-rasa is missing, rather than passing with these tests unrun.
"""
import importlib.util
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
RASA_PYTEST = REPO / ".venv-rasa" / "bin" / "pytest"

if importlib.util.find_spec("rasa") is None:
    if os.environ.get("CI") and not RASA_PYTEST.exists():
        raise RuntimeError("CI must run the Rasa component tests: .venv-rasa is missing "
                           "(make setup builds it; the tests run with .venv-rasa/bin/pytest tests/rasa_components)")
    collect_ignore_glob = ["*"]
