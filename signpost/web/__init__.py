"""The web app: the embeddable chat widget, a demo page, the staff lookup page, the embedding
page for community groups, and the registry's JSON API.

    python -m signpost.web --port 8000 --rasa-url http://127.0.0.1:5005

Routes:
    /                       demo page with the widget
    /widget.js              the widget (one <script> tag embeds it; see /embed)
    /widget.css             its look (the widget loads it: no inline style, for CSP)
    /widget/strings/{lang}.json   the widget's words in a language, from the catalogs
    /feedback               POST: "this information is wrong / the service has closed" (anonymous counts)
    /staff                  lookup page for helpline staff
    /embed                  how a community group embeds the widget, with a live preview
    /api/                   the registry as an Open Referral UK (HSDS 3.0) API: api_details, and
                            /api/services, organizations, service_at_locations, taxonomies,
                            taxonomy_terms (each with /{id}), and signpost's own /api/vocabulary
                            (the codes its filters take); see signpost.web.api
    /services, /services/{id}, /taxonomies   308 redirects to /api/ (the API's old address)
    /openapi.json           the API described in OpenAPI 3.1
    /registry/status        whether the registry is a demo (holds sample records), for a notice on the pages

Cross-origin requests are allowed only from $SIGNPOST_CORS_ORIGINS (space- or comma-separated
origins; see signpost.ops.stack), the same allow-list the Rasa server gets, except to the read-only
/api/ and /openapi.json, which any origin may read.

Every response carries SECURITY_HEADERS and a Content-Security-Policy (content_security_policy):
no inline script or style anywhere, scripts and styles from this origin only, connections to
this origin and the Rasa server only, and no page framed except the embedding page's preview (by
the embedding page itself). /feedback takes only JSON (415), at most FEEDBACK_MAX_BYTES (413),
and FEEDBACK_BURST reports per client, then one every FEEDBACK_SECONDS_PER_REPORT seconds (429):
clients are known by a keyed hash kept in memory only (signpost.ops.ratelimit), never by address.
"""
from __future__ import annotations

import html
import json
import logging
import os
from functools import lru_cache
from urllib.parse import urlencode
from pathlib import Path
from typing import Callable, Optional, Sequence
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from signpost import i18n
from signpost.conversation.search_request import resolve_place
from signpost.ops.origins import configured_origins
from signpost.ops.ratelimit import RateLimiter
from signpost.registry import Registry
from signpost.registry.feedback import REASONS, FeedbackStore
from signpost.registry.validation import RegistryValidationError
from signpost.web import api
from signpost.web.openapi import openapi_document
from signpost.web.strings import UnknownLanguage, widget_strings

STATIC = Path(__file__).resolve().parent / "static"
# the API's parameters before /api/, and their names now
OLD_PARAMETERS = {"text": "search", "taxonomy_id": "taxonomy_term_id"}
OPEN_PATHS = ("/api", "/openapi.json")
logger = logging.getLogger(__name__)
SECURITY_HEADERS = {
    # the neutral site quick exit goes to learns nothing about where the person came from
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}
# the pages that may be framed, and by whom: the embedding page shows its preview in an iframe
FRAMEABLE = {"/embed/preview": "'self'"}
FEEDBACK_MAX_BYTES = 1024
FEEDBACK_BURST = 10
FEEDBACK_SECONDS_PER_REPORT = 60


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(rasa_url: str, path: str) -> str:
    frame_ancestors = FRAMEABLE.get(path, "'none'")
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self' {origin_of(rasa_url)}; object-src 'none'; base-uri 'none'; "
            f"form-action 'self'; frame-ancestors {frame_ancestors}")


def cors_origins_from_environment(default: Sequence[str] = ()) -> list[str]:
    configured = configured_origins()
    return list(default) if configured is None else configured


def error(status: int, code: str, message: str, parameter: Optional[str] = None) -> JSONResponse:
    body = {"error": code, "message": message}
    if parameter:
        body["parameter"] = parameter
    return JSONResponse(body, status_code=status)


def create_app(
    rasa_url: str,
    registry: Optional[Registry] = None,
    feedback: Optional[FeedbackStore] = None,
    cors_origins: Optional[Sequence[str]] = None,
) -> Starlette:
    """``registry``/``feedback``: opened from the environment on first use when not given."""

    @lru_cache(maxsize=1)
    def the_registry() -> Registry:
        return registry if registry is not None else Registry.open_configured()

    @lru_cache(maxsize=1)
    def the_feedback() -> FeedbackStore:
        return feedback or FeedbackStore()

    def demo_notice() -> str:
        """The pages' notice when the registry holds sample records (registry_status says the same)."""
        reg = the_registry()
        samples = reg.sample_count()
        if not samples:
            return ""
        return ('<p class="demo-notice" role="note"><strong>Demo registry:</strong> '
                f"{samples} of {reg.count_services()} services are example listings, not real services.</p>")

    def page(name: str) -> Callable:
        html = (STATIC / name).read_text(encoding="utf-8").replace("{{RASA_URL}}", rasa_url)

        async def handler(request: Request) -> HTMLResponse:
            return HTMLResponse(html.replace("{{DEMO_NOTICE}}", demo_notice()))

        return handler

    index_html = (STATIC / "index.html").read_text(encoding="utf-8")
    preview_html = (STATIC / "preview.html").read_text(encoding="utf-8")

    def language_param(request: Request, name: str) -> str:
        language = request.query_params.get(name, "en")
        return language if language in i18n.available_languages() else "en"

    async def index(request: Request) -> HTMLResponse:
        language = language_param(request, "lang")
        links = ", ".join(
            f'<a href="/?lang={code}" lang="{code}" hreflang="{code}">{html.escape(i18n.language_name(code, code))}</a>'
            for code in i18n.available_languages() if code != language)
        return HTMLResponse(index_html.replace("{{LANG}}", language)
                            .replace("{{LANGUAGE_LINKS}}", links).replace("{{DEMO_NOTICE}}", demo_notice()))

    async def languages(request: Request) -> JSONResponse:
        return JSONResponse([
            {"code": code, "name": i18n.language_name(code, code), "english": i18n.language_name(code),
             "direction": i18n.direction(code)}
            for code in i18n.available_languages()])

    async def preview(request: Request) -> HTMLResponse:
        """A stand-in host page with the widget configured as the embedding page's form says."""
        q = request.query_params
        attributes = {"data-language": language_param(request, "language"), "data-open": "true"}
        for field, attribute in (("area", "data-area"), ("services", "data-services"), ("title", "data-title"),
                                 ("accent", "data-accent"), ("accent_text", "data-accent-text")):
            if q.get(field):
                attributes[attribute] = q[field][:300]
        inline = q.get("mode") == "inline"
        if inline:
            attributes["data-container"] = "#signpost-chat"
        script = "<script src=\"/widget.js\" async " + " ".join(
            f'{name}="{html.escape(value, quote=True)}"' for name, value in attributes.items()) + "></script>"
        note = "The chat sits in the page." if inline else "The chat opens from the button in the corner."
        return HTMLResponse(preview_html.replace("{{SCRIPT}}", script).replace("{{MODE_NOTE}}", note)
                            .replace("{{CONTAINER}}", '<div id="signpost-chat"></div>' if inline else ""))

    widget_js = (STATIC / "widget.js").read_text(encoding="utf-8").replace("{{RASA_URL}}", rasa_url)

    async def widget(request: Request) -> Response:
        return Response(widget_js, media_type="text/javascript; charset=utf-8",
                        headers={"cache-control": "public, max-age=300"})

    widget_css = (STATIC / "widget.css").read_text(encoding="utf-8")

    async def widget_style(request: Request) -> Response:
        return Response(widget_css, media_type="text/css; charset=utf-8",
                        headers={"cache-control": "public, max-age=300"})

    async def strings(request: Request) -> JSONResponse:
        language = request.path_params["language"]
        try:
            return JSONResponse(widget_strings(language), headers={"cache-control": "public, max-age=300"})
        except UnknownLanguage:
            return error(404, "unknown_language",
                         f"no catalog for language {language!r}; available: {', '.join(i18n.available_languages())}",
                         parameter="language")

    async def bounded_body(request: Request, limit: int) -> Optional[bytes]:
        """The body, or None once it is known to be over limit bytes (by Content-Length first)."""
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return None
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                return None
        return body

    async def record_feedback(request: Request) -> JSONResponse:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return error(415, "unsupported_media_type",
                         f"the body must be sent as Content-Type: application/json, not {media_type or 'nothing'!r}")
        limiter = request.app.state.feedback_limiter
        if not limiter.allow(request.client.host if request.client else ""):
            response = error(429, "too_many_requests", "too many reports from this address; try again later")
            response.headers["retry-after"] = str(limiter.retry_after())
            return response
        raw = await bounded_body(request, FEEDBACK_MAX_BYTES)
        if raw is None:
            return error(413, "too_large", f"the body must be at most {FEEDBACK_MAX_BYTES} bytes")
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return error(400, "bad_body", "the body must be JSON: {\"service_id\": ..., \"reason\": \"wrong\"|\"closed\"}")
        if not isinstance(body, dict):
            return error(400, "bad_body", "the body must be a JSON object with service_id and reason")
        unknown = sorted(set(body) - {"service_id", "reason"})
        if unknown:
            return error(400, "bad_field", f"unknown field {unknown[0]!r}: only service_id and reason are kept",
                         parameter=unknown[0])
        service_id, reason = body.get("service_id"), body.get("reason")
        if not isinstance(service_id, str) or not service_id:
            return error(400, "bad_field", "service_id must be a service id string", parameter="service_id")
        if reason not in REASONS:
            return error(400, "bad_field", f"reason must be one of {', '.join(REASONS)}, got {reason!r}",
                         parameter="reason")
        if the_registry().get_service(service_id) is None:
            return error(404, "unknown_service", f"no service with id {service_id!r}", parameter="service_id")
        the_feedback().record(service_id, reason)
        return JSONResponse({"status": "recorded"}, status_code=201)

    @lru_cache(maxsize=1)
    def the_directory() -> api.Directory:
        return api.Directory(the_registry(), resolve_place)

    def api_answer(read: Callable[[api.Directory, Request], dict]) -> Callable:
        async def handler(request: Request) -> JSONResponse:
            try:
                body = read(the_directory(), request)
            except api.BadParameter as bad:
                return JSONResponse(bad.as_json(), status_code=400)
            except api.NotFound as missing:
                return error(404, "not_found", missing.message, parameter="id")
            except ValueError as bad:  # a SearchQuery check the parser did not anticipate
                return error(400, "bad_parameter", str(bad))
            return JSONResponse(body)

        return handler

    def params(request: Request) -> dict[str, str]:
        return dict(request.query_params)

    def record_id(request: Request) -> str:
        return request.path_params["id"]

    api_routes = [
        Route("/", api_answer(lambda d, r: api.api_details(str(r.base_url)))),
        Route("/services", api_answer(lambda d, r: d.services_page(d.parse_search(params(r))))),
        Route("/services/{id}", api_answer(lambda d, r: d.service(record_id(r)))),
        Route("/organizations", api_answer(lambda d, r: d.organizations_page(params(r)))),
        Route("/organizations/{id}", api_answer(lambda d, r: d.organization(record_id(r)))),
        Route("/service_at_locations", api_answer(lambda d, r: d.service_at_locations_page(params(r)))),
        Route("/service_at_locations/{id}", api_answer(lambda d, r: d.service_at_location(record_id(r)))),
        Route("/taxonomies", api_answer(lambda d, r: d.taxonomies_page(params(r)))),
        Route("/taxonomies/{id}", api_answer(lambda d, r: d.taxonomy(record_id(r)))),
        Route("/taxonomy_terms", api_answer(lambda d, r: d.taxonomy_terms_page(params(r)))),
        Route("/taxonomy_terms/{id}", api_answer(lambda d, r: d.taxonomy_term(record_id(r)))),
        Route("/vocabulary", api_answer(lambda d, r: d.vocabulary(params(r)))),
    ]

    async def moved(request: Request) -> RedirectResponse:
        """The API before /api/: the same question at its new address (parameters renamed)."""
        query = [(OLD_PARAMETERS.get(key, key), value) for key, value in request.query_params.multi_items()]
        target = "/api" + request.url.path + (f"?{urlencode(query)}" if query else "")
        return RedirectResponse(target, status_code=308)

    async def openapi(request: Request) -> JSONResponse:
        return JSONResponse(openapi_document())

    async def registry_status(request: Request) -> JSONResponse:
        reg = the_registry()
        samples = reg.sample_count()
        return JSONResponse({"demo": samples > 0, "sample_services": samples, "services": reg.count_services()})

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def registry_unavailable(request: Request, exc: RegistryValidationError) -> JSONResponse:
        logger.error("the registry does not load: %s", exc)
        return error(503, "registry_unavailable", "the service registry is not available (its file does not load)")

    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return error(exc.status_code, "not_found" if exc.status_code == 404 else "http_error",
                     f"{request.method} {request.url.path}: {exc.detail}")

    routes = [
        Route("/", index),
        Route("/embed/preview", preview),
        Route("/widget/languages.json", languages),
        Route("/staff", page("staff.html")),
        Route("/embed", page("embed.html")),
        Route("/widget.js", widget),
        Route("/widget.css", widget_style),
        Route("/widget/strings/{language}.json", strings),
        Route("/feedback", record_feedback, methods=["POST"]),
        Mount("/api", routes=api_routes),
        Route("/services", moved),
        Route("/services/{id}", moved),
        Route("/taxonomies", moved),
        Route("/openapi.json", openapi),
        Route("/registry/status", registry_status),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    origins = list(cors_origins) if cors_origins is not None else cors_origins_from_environment()
    middleware = [
        Middleware(SplitCORS, origins=origins),
        Middleware(GZipMiddleware, minimum_size=500),
    ]
    middleware.append(Middleware(SecurityHeaders, rasa_url=rasa_url))
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: http_error, RegistryValidationError: registry_unavailable})
    app.state.feedback_limiter = RateLimiter(per_second=1 / FEEDBACK_SECONDS_PER_REPORT, burst=FEEDBACK_BURST)
    return app


class SplitCORS:
    """CORS open to every origin for the read-only Open Referral API (a public feed, like every
    Open Referral feed) and /openapi.json; the allow-list ``origins`` for everything else."""

    def __init__(self, app, origins: Sequence[str]):
        self.open = CORSMiddleware(app, allow_origins=["*"], allow_methods=["GET"], max_age=600)
        self.restricted = CORSMiddleware(app, allow_origins=list(origins), allow_methods=["GET", "POST"],
                                         allow_headers=["Content-Type"], max_age=600)

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path in OPEN_PATHS or path.startswith("/api/"):
            return await self.open(scope, receive, send)
        return await self.restricted(scope, receive, send)


class SecurityHeaders:
    """Adds SECURITY_HEADERS, the Content-Security-Policy and X-Frame-Options (for browsers that
    do not read frame-ancestors) to every HTTP response."""

    def __init__(self, app, rasa_url: str):
        self.app = app
        self.rasa_url = rasa_url

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        added = {**SECURITY_HEADERS,
                 "content-security-policy": content_security_policy(self.rasa_url, path),
                 "x-frame-options": "SAMEORIGIN" if path in FRAMEABLE else "DENY"}

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in added.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
