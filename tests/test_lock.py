"""The locked environment installs everything pyproject.toml asks for (a fresh machine has only the lock)."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def names(requirements):
    return {re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_every_dependency_and_test_extra_is_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = names(project["dependencies"]) | names(project["optional-dependencies"]["test"])
    locked = {line.split("==")[0].lower() for line in (ROOT / "requirements" / "lock.txt").read_text().splitlines()
              if "==" in line and not line.startswith("#")}
    assert wanted - locked == set(), "run `make lock`"
