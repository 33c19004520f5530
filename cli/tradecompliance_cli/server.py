"""The HTTP adapter: each endpoint is a few lines over the library call. Every client error, from
malformed JSON to an oversized body, comes back as one JSON shape: {"error", "message", "problems"}."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any, Callable, Sequence

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from tradecompliance import __version__
from tradecompliance.classification import Classification, ClassifyRequest, Classifier
from tradecompliance.declarations import Declaration
from tradecompliance.declarations.request import MEDIA, DeclareRequest, OutputFormat, render
from tradecompliance.errors import InvalidInput
from tradecompliance.jsondata import loads, ndjson_lines, ndjson_outcomes
from tradecompliance.landed.quote import quote
from tradecompliance.landed.result import LandedCost
from tradecompliance.models import Order, problems_from_errors
from tradecompliance.problems import ErrorBody, error_body
from tradecompliance.packs.describe import summary
from tradecompliance.packs.loader import load_rules
from tradecompliance.screening import ScreeningResult, screen
from tradecompliance.screening.parties.lists import load_lists

MAX_BODY = 1_000_000  # one order of 1,000 lines with long descriptions fits in well under 1 MB
MAX_BATCH_BODY = 64_000_000
MAX_BATCH_RECORDS = 100_000
NDJSON = "application/x-ndjson"


def _ndjson_io(item: str) -> dict:
    """OpenAPI for a batch operation: NDJSON in (one `item` per line), NDJSON out."""
    return {"requestBody": {"required": True, "description": f"NDJSON: one {item} object per line", "content": {
                NDJSON: {"schema": {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}}}}},
            "responses": {"200": {"description": "one NDJSON record per input line, in order: "
                                  "{line, status: ok, result} or {line, status: error, error, message, problems}",
                                  "content": {NDJSON: {"schema": {"type": "string"}}}}}}


class _ExactRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads(await self.body())
        return self._json


class _ExactRoute(APIRoute):
    """Request bodies parsed with Decimal numbers: 12.10 in JSON is exactly 12.10 in the quote."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def exact(request: Request):
            return await handler(_ExactRequest(request.scope, request.receive))

        return exact


class _BodyLimit:
    """Refuse request bodies over the limit (batch paths have their own) with a JSON 413, whether the
    client declared the length or streams it. (Starlette's own limiter answers in plain text.)"""

    def __init__(self, app, max_body: int, max_batch_body: int):
        self.app, self.max_body, self.max_batch_body = app, max_body, max_batch_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.max_batch_body if scope["path"].endswith("/batch") else self.max_body
        declared = dict(scope["headers"]).get(b"content-length", b"")
        too_large = HTTPException(413, f"request body over the limit of {limit:,} bytes")
        seen = 0

        async def limited():
            nonlocal seen
            if declared.isdigit() and int(declared) > limit:
                raise too_large
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise too_large
            return message

        await self.app(scope, limited, send)


def _error(status: int, kind: str, problems: Sequence[tuple[str, str]], headers: dict | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content=error_body(kind, problems), headers=headers)


_ERRORS = {code: {"model": ErrorBody, "description": text} for code, text in (
    (400, "malformed JSON"), (413, "request body over the limit"), (415, "not NDJSON"),
    (422, "invalid input: every problem with its field path"))}


def create_app(rules_dirs: Sequence[str | Path] = (), *, lists_dir: str | Path | None = None, max_body: int = MAX_BODY, max_batch_body: int = MAX_BATCH_BODY,
               max_batch_records: int = MAX_BATCH_RECORDS) -> FastAPI:
    """The app over rule packs layered from `rules_dirs` (read once, read-only)."""
    rules = load_rules(*rules_dirs)
    clf = Classifier.load(*rules_dirs)
    lists = load_lists(lists_dir)
    lists.matcher  # build the name index before the first request
    app = FastAPI(title="tradecompliance", version=__version__, responses=_ERRORS,
                  description="Classify, quote, screen and declare cross-border orders.")
    app.router.route_class = _ExactRoute
    app.add_middleware(_BodyLimit, max_body=max_body, max_batch_body=max_batch_body)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e["type"] == "json_invalid" for e in errors):
            e = next(e for e in errors if e["type"] == "json_invalid")
            return _error(400, "malformed_json", [("<body>", f"{e.get('ctx', {}).get('error', 'not JSON')} at character {e['loc'][-1]}")])
        return _error(422, "invalid_input", problems_from_errors(errors, skip=1))

    @app.exception_handler(InvalidInput)
    async def _invalid_core(request: Request, exc: InvalidInput) -> JSONResponse:
        return _error(422, "invalid_input", exc.problems)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        kinds = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type"}
        return _error(exc.status_code, kinds.get(exc.status_code, "http_error"), [("", str(exc.detail))], exc.headers)

    async def _ndjson_body(request: Request) -> list[tuple[int, bytes]]:
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        if kind not in (NDJSON, "application/jsonl", "application/json", "text/plain", ""):
            raise HTTPException(415, f"send NDJSON ({NDJSON}), one JSON object per line; got {kind}")
        return ndjson_lines(await request.body(), max_records=max_batch_records)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        from tradecompliance.dataupdate.status import data_in_use

        return {"status": "ok", "version": __version__, "packs": rules.versions(), "lists": lists.sources, "data": data_in_use()}

    @app.get("/v1/rules")
    def get_rules() -> dict[str, Any]:
        """Loaded rule packs, their versions and the dates their rules change."""
        return summary(rules, dt.date.today())

    @app.post("/v1/quote", response_model=LandedCost)
    def post_quote(order: Order) -> LandedCost:
        """Duties, import VAT/GST and fees of one order, every figure explained."""
        return quote(order, rules=rules)

    @app.post("/v1/classify", response_model=Classification)
    def post_classify(request: ClassifyRequest) -> Classification:
        """Ranked HS 2022 candidates with the destination's national line."""
        return request.run(clf)

    @app.post("/v1/screen", response_model=ScreeningResult)
    def post_screen(order: Order) -> ScreeningResult:
        """Restrictions, embargoes, export controls and denied parties for one order."""
        return screen(order, rules=rules, lists=lists)

    @app.post("/v1/screen/batch", openapi_extra=_ndjson_io("Order"), response_class=StreamingResponse)
    async def post_screen_batch(request: Request) -> StreamingResponse:
        """NDJSON orders in, one NDJSON screening record per line out, in order."""
        lines = await _ndjson_body(request)
        return StreamingResponse(ndjson_outcomes(lines, lambda rec: screen(rec, rules=rules, lists=lists)), media_type=NDJSON)

    @app.post("/v1/quote/batch", openapi_extra=_ndjson_io("Order"), response_class=StreamingResponse)
    async def post_quote_batch(request: Request) -> StreamingResponse:
        """NDJSON orders in, one NDJSON answer per line out, in order."""
        lines = await _ndjson_body(request)
        return StreamingResponse(ndjson_outcomes(lines, lambda rec: quote(rec, rules=rules)), media_type=NDJSON)

    @app.post("/v1/classify/batch", openapi_extra=_ndjson_io("ClassifyRequest"), response_class=StreamingResponse)
    async def post_classify_batch(request: Request) -> StreamingResponse:
        """NDJSON classification requests in, one NDJSON answer per line out, in order."""
        lines = await _ndjson_body(request)
        return StreamingResponse(ndjson_outcomes(lines, lambda rec: ClassifyRequest.parse(rec).run(clf)), media_type=NDJSON)

    @app.post("/v1/declarations", response_model=Declaration, responses={200: {"content": {
        MEDIA["pdf"]: {"schema": {"type": "string", "format": "binary"}}, MEDIA["xml"]: {"schema": {"type": "string"}}}}})
    def post_declarations(request: DeclareRequest, format: OutputFormat = Query("json", description="json; pdf for CN 22, CN 23 "
                          "and the commercial invoice; xml for H7")) -> Any:
        """Fill a customs form (CN 22/CN 23, commercial invoice, EU H7) for one order."""
        decl = request.run(rules=rules, lists=lists, classifier=clf)
        return decl if format == "json" else Response(render(decl, format), media_type=MEDIA[format])

    @app.post("/v1/declarations/batch", openapi_extra=_ndjson_io("DeclareRequest"), response_class=StreamingResponse)
    async def post_declarations_batch(request: Request) -> StreamingResponse:
        """NDJSON declaration requests in, one NDJSON declaration (JSON) per line out, in order."""
        lines = await _ndjson_body(request)
        return StreamingResponse(ndjson_outcomes(lines, lambda rec: DeclareRequest.parse(rec).run(rules=rules, lists=lists, classifier=clf)),
                                 media_type=NDJSON)

    return app


ENV_RULES = "TRADECOMPLIANCE_RULES"
ENV_MAX_BODY = "TRADECOMPLIANCE_MAX_BODY"


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and `serve --workers N`: settings come from the environment."""
    dirs = [d for d in os.environ.get(ENV_RULES, "").split(os.pathsep) if d]
    return create_app(dirs, max_body=int(os.environ.get(ENV_MAX_BODY, MAX_BODY)))
