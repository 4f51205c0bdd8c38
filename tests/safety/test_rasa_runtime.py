"""The detector must run in the Rasa server's own environment: Python 3.10, stdlib and PyYAML."""
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RASA_PYTHON = REPO / ".venv-rasa" / "bin" / "python"

SCRIPT = """
import sys
assert sys.version_info[:2] == (3, 10), sys.version
from signpost.safety import detect_risk, detect_clinical_request
assert detect_risk("ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ").kind == "suicide"
assert detect_risk("this traffic is killing me") is None
assert detect_clinical_request("should I stop my sertraline").kind == "medication"
loaded = {name.split(".")[0] for name in sys.modules}
assert not loaded & {"sqlalchemy", "babel", "rasa_sdk", "numpy"}, loaded
print("ok")
"""


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="no .venv-rasa (Python 3.10) in this checkout")
def test_detector_runs_on_the_rasa_python():
    result = subprocess.run([str(RASA_PYTHON), "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
