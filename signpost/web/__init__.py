"""The web app: the page for trying the assistant (the widget, staff page and API grow here)."""
from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

STATIC = Path(__file__).resolve().parent / "static"


def create_app(rasa_url: str) -> Starlette:
    page = (STATIC / "index.html").read_text(encoding="utf-8").replace("{{RASA_URL}}", rasa_url)

    async def index(request):
        return HTMLResponse(page)

    async def health(request):
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/", index), Route("/health", health)])
