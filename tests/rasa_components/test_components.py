"""The custom NLU components, run in the Rasa server's own environment (Python 3.10)."""
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RASA_PYTHON = REPO / ".venv-rasa" / "bin" / "python"


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="no .venv-rasa (Python 3.10) in this checkout")
def test_safety_override_and_intent_classifier():
    result = subprocess.run([str(RASA_PYTHON), str(Path(__file__).with_name("check_components.py"))],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip().splitlines()[-1:] == ["ok"], result.stdout + result.stderr[-3000:]
