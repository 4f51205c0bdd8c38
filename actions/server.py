"""The action server: rasa_sdk's own server with an executor that speaks Rasa 3.6's protocol.

    python -m actions.server --port 5055

Rasa 3.6 sends the domain only to actions that ask for it (`send_domain` with
`enable_selective_domain`), which keeps each call small; the domain, with responses in every
language, was most of a call's cost. Newer rasa_sdk releases expect a domain digest instead, which
Rasa 3.6 never sends, and refuse such calls; this executor serves them with the last domain it was
given, or none.

/health says 503 with the error when the registry does not load (a bad registry file): the Rasa
server still starts and answers crises, which need no registry, and this says what is wrong.
"""
from __future__ import annotations

import argparse
import logging
import os
import traceback
from functools import partial
from typing import Any, Dict, Optional, Text

from rasa_sdk import utils
from rasa_sdk.endpoint import create_app_for_serve
from rasa_sdk.executor import ActionExecutor
from sanic import Sanic, response
from sanic.worker.loader import AppLoader

from actions.context import registry

logger = logging.getLogger(__name__)


class Rasa36ActionExecutor(ActionExecutor):
    def update_and_return_domain(self, payload: Dict[Text, Any], action_name: Text) -> Optional[Dict[Text, Any]]:
        if payload.get("domain"):
            self.domain = payload["domain"]
        return self.domain or {}


def registry_problem() -> Optional[str]:
    try:
        registry()
    except Exception as error:  # whatever stops it loading is what /health reports
        return f"{type(error).__name__}: {error}"
    return None


def create_app(executor: ActionExecutor, cors: str) -> Sanic:
    """rasa_sdk's app, with a /health that reports a registry that does not load, and failures
    that neither log nor answer with the conversation: rasa_sdk's own handler sends the whole
    request (the tracker, every message) back in its error, and the Rasa server logs that."""
    app = create_app_for_serve(executor, cors_origins=cors)

    async def failed(request, exception: Exception):
        where = "".join(traceback.format_tb(exception.__traceback__)[-3:])
        logger.error("an action failed: %s\n%s", type(exception).__name__, where)
        return response.json({"error": f"the action failed ({type(exception).__name__}); see the action server's log"},
                             status=500)

    # in place of rasa_sdk's handler for every exception (Sanic refuses a second one for a class)
    app.error_handler.cached_handlers[(Exception, None)] = failed

    @app.on_request
    async def health_with_registry(request):
        if request.path == "/health":
            problem = registry_problem()
            if problem:
                return response.json({"status": "registry_error", "registry": problem}, status=503)

    return app


def main(argv: Optional[list] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=5055)
    parser.add_argument("--cors", default="*")
    args = parser.parse_args(argv)
    os.environ.setdefault("SANIC_HOST", "127.0.0.1")
    utils.configure_colored_logging("INFO")
    executor = Rasa36ActionExecutor()
    executor.register_package("actions")
    loader = AppLoader(factory=partial(create_app, executor, args.cors))
    app = loader.load()
    app.prepare(host=os.environ["SANIC_HOST"], port=args.port, workers=utils.number_of_sanic_workers())
    Sanic.serve(primary=app, app_loader=loader)


if __name__ == "__main__":
    main()
