"""The sites browsers may call signpost from: $SIGNPOST_CORS_ORIGINS, read in this one place by the
stack, the web app and the Rasa server's channels (standard library only: it runs in both
environments)."""
from __future__ import annotations

import os
from typing import Mapping, Optional

VARIABLE = "SIGNPOST_CORS_ORIGINS"


def configured_origins(environ: Mapping[str, str] = os.environ) -> Optional[list[str]]:
    """The origins the deployment set (space- or comma-separated), or None when it set none."""
    value = environ.get(VARIABLE)
    if value is None:
        return None
    return [origin for origin in value.replace(",", " ").split() if origin]
