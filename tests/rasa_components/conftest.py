"""Tests of the plug-ins the Rasa server loads (signpost_rasa/), run in the Rasa server's own
environment: `.venv-rasa/bin/pytest tests/rasa_components` (a step of `make test`).

They import Rasa, which the project's environment (.venv, Python 3.11) does not have, so a run
there collects nothing in this directory. In CI ($CI set) that run stops with an error when
.venv-rasa is missing, rather than passing with these tests unrun.
"""
import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RASA_PYTEST = REPO / ".venv-rasa" / "bin" / "pytest"

if importlib.util.find_spec("rasa") is None:
    if os.environ.get("CI") and not RASA_PYTEST.exists():
        raise RuntimeError("CI must run the Rasa component tests: .venv-rasa is missing "
                           "(make setup builds it; the tests run with .venv-rasa/bin/pytest tests/rasa_components)")
    collect_ignore_glob = ["*"]


@pytest.fixture(scope="module")
def domain():
    """The bot's domain with a stub text for each response on the crisis path (the real texts are
    rendered from the catalogs when the domain is built)."""
    from rasa.shared.core.domain import Domain
    from signpost_rasa.crisis_policy import CHECK_INS, CRISIS_RESPONSES

    names = sorted(CRISIS_RESPONSES.values()) + [name for check_in in CHECK_INS.values()
                                                 for name in (check_in.response, check_in.declined)] + ["utter_greet"]
    stub = Domain.from_dict({"responses": {name: [{"text": name}] for name in names}})
    return Domain.load(str(REPO / "bot" / "domain")).merge(stub)


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from signpost_rasa.crisis_policy import CrisisPolicy

    storage = LocalModelStorage(tmp_path_factory.mktemp("crisis_policy"))
    return CrisisPolicy.create(CrisisPolicy.get_default_config(), storage, Resource("crisis_policy"),
                               ExecutionContext(GraphSchema({}), "test"))
