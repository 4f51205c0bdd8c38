"""The action server: rasa_sdk's own server with an executor that speaks Rasa 3.6's protocol.

    python -m actions.server --port 5055

Rasa 3.6 sends the domain only to actions that ask for it (`send_domain` with
`enable_selective_domain`), which keeps each call small; the domain, with responses in every
language, was most of a call's cost. Newer rasa_sdk releases expect a domain digest instead, which
Rasa 3.6 never sends, and refuse such calls; this executor serves them with the last domain it was
given, or none.
"""
from __future__ import annotations

import argparse
import os
from typing import Any, Dict, Optional, Text

from rasa_sdk import utils
from rasa_sdk.endpoint import run
from rasa_sdk.executor import ActionExecutor


class Rasa36ActionExecutor(ActionExecutor):
    def update_and_return_domain(self, payload: Dict[Text, Any], action_name: Text) -> Optional[Dict[Text, Any]]:
        if payload.get("domain"):
            self.domain = payload["domain"]
        return self.domain or {}


def main(argv: Optional[list] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--cors", default="*")
    args = parser.parse_args(argv)
    os.environ.setdefault("SANIC_HOST", "127.0.0.1")
    utils.configure_colored_logging("INFO")
    executor = Rasa36ActionExecutor()
    executor.register_package("actions")
    run(executor, args.port, args.cors)


if __name__ == "__main__":
    main()
