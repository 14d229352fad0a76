"""ActivePlatform reseller API v3 async tasks, as strict as the live API (PROVIDERS.md): the manager's
token in `X-Api-Token`, JSON:API media types demanded in `Accept` and `Content-Type` (even on this
bodiless GET), JSON:API error documents, resellers within the manager's reach, and task ids that are
either integers or UUIDs.

Only the codes the spec documents are answered (200, 401, 403, 404, and JSON:API's 406 for an
unacceptable `Accept` and 415 for a wrong `Content-Type`; faults add 429/500/503). A malformed
`reseller_id` or `async_task_id` gets 404 (no such route/record), as a Rails router would."""

from __future__ import annotations

import itertools
import re
import uuid
from typing import Any, ClassVar

from specmodel import Operation
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..lifecycle import Process
from ..models import load_models
from ..registry import register
from ..spec_mock import SpecMock
from ..wire import parse_accept, parse_int, quality

M = load_models("activeplatform")
MEDIA = "application/vnd.api+json"
INT64_MAX = 2**63 - 1
OWN_RESELLER = 1
REACHABLE_RESELLERS = frozenset({1, 2, 3})  # the manager's own reseller and its downstream resellers
FOREIGN_RESELLERS = frozenset({742})  # exist, but out of the manager's reach -> 403
_INTEGER = re.compile(r"-?[0-9]+")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TITLES = {
    401: ("unauthorized", "Unauthorized"),
    403: ("forbidden", "Forbidden"),
    404: ("not_found", "Record not found"),
    429: ("too_many_requests", "Too Many Requests"),
    500: ("internal_server_error", "Internal Server Error"),
    503: ("service_unavailable", "Service Unavailable"),
}
APPLICATION_ATTRIBUTES = {"microsoft_customer_agreement": 1, "is_new_domain": 1, "customer_domain": "contoso-retail"}
FAILURE_MESSAGE = "Microsoft Partner Center did not respond in time"

# (status, async_task_id, extra data) seeded at start-up: the spec's own example ids, both id forms.
_SEED: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("pending", "3f0c1a52-7d4e-4b8a-9c61-2e5f8a7b9d10", {}),
    ("running", "48214", {}),
    ("completed", "9b68427b-52d5-4c01-9b77-eb1b70517414", {"valid": True}),
    ("completed", "48213", {"valid": False}),
    ("failed", "6d2e9b7c-1f3a-4c58-8e0d-5a4b3c2d1e0f", {}),
)


def _canonical_id(raw: str) -> str | None:
    """The stored form of an `async_task_id` path segment (decimal integer or lower-case UUID), or
    None when it is neither an int64 nor a hyphenated UUID."""
    if _INTEGER.fullmatch(raw):
        value = parse_int(raw, minimum=-INT64_MAX - 1, maximum=INT64_MAX)
        return None if value is None else str(value)
    if _UUID.fullmatch(raw):
        return raw.lower()
    return None


def _wire_id(pid: str) -> int | str:
    """A task id as a client passes it: an int for integer ids, the UUID text otherwise."""
    return int(pid) if _INTEGER.fullmatch(pid) else pid


def _media_range(item: str) -> tuple[str, bool]:
    """(type/subtype, has media-type parameters other than q) of one Accept/Content-Type item."""
    parts = [p.strip() for p in item.split(";")]
    params = [p for p in parts[1:] if p and not p.lower().startswith("q=")]
    return parts[0].lower(), bool(params)


@register
class ActivePlatformMock(SpecMock):
    key = "activeplatform"
    credentials: ClassVar[dict[str, str]] = {"MOCK_ACTIVEPLATFORM_API_KEY": "mock-token"}

    def __init__(self, *, retention: float | None = None, capacity: int = 200_000, **clock: Any) -> None:
        super().__init__(retention=retention, capacity=capacity, **clock)
        self._serial = itertools.count(50001)
        self._created = 0

    # --- errors and request checks -------------------------------------------------------------
    def error(
        self,
        status: int,
        message: str,
        *,
        retry_after: int | None = None,
        operation: Operation | None = None,
        code: str | None = None,
        title: str | None = None,
        parameter: str | None = None,
    ) -> Response:
        default_code, default_title = _TITLES.get(status, ("error", "Error"))
        item: dict[str, Any] = {
            "status": str(status),
            "code": code or default_code,
            "title": title or default_title,
            "detail": message,
        }
        if parameter is not None:
            item["source"] = {"parameter": parameter}
        document = M.JsonApiErrorDocument.model_validate({"errors": [item]})
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        return JSONResponse(
            document.model_dump(mode="json", by_alias=True, exclude_none=True),
            status_code=status,
            media_type=MEDIA,
            headers=headers,
        )

    def _unauthenticated(self, request: Request) -> Response | None:
        if not self.authenticated(request):
            return self.error(401, "The API token is missing, invalid or has been revoked.")
        return None

    def _refusal(self, request: Request) -> Response | None:
        """The answer the platform gives instead of serving the request, or None to serve it."""
        if (refusal := self._unauthenticated(request)) is not None:
            return refusal
        accept = request.headers.get("accept")
        if accept is None or not self._accepts(accept):
            return self.error(
                406,
                f"The Accept header must list {MEDIA} without media type parameters.",
                code="not_acceptable",
                title="Not Acceptable",
            )
        content_type = request.headers.get("content-type")
        if content_type is None or _media_range(content_type) != (MEDIA, False):
            return self.error(
                415,
                f"The Content-Type header must be {MEDIA} without media type parameters.",
                code="unsupported_media_type",
                title="Unsupported Media Type",
            )
        return None

    @staticmethod
    def _accepts(accept: str) -> bool:
        """JSON:API: the media type must be acceptable through an instance without media type parameters
        (instances with parameters do not count) or a wildcard covering it. As HTTP defines it: media types
        are case-insensitive, the most specific range decides, and `q=0` means not acceptable."""
        ranges = [r for r in parse_accept(accept) if not (r.media == MEDIA and r.params)]
        return quality(ranges, MEDIA) > 0

    # --- processes -----------------------------------------------------------------------------
    def seed(self) -> None:
        self.fixture_entries: list[dict[str, Any]] = []
        for status, pid, data in _SEED:
            process = self.store.create(status, 1, {"reseller_id": OWN_RESELLER, **data}, process_id=pid, pinned=True)
            self.store.advance(process)
            self.fixture_entries.append(
                {
                    "operation": "getAsyncTask",
                    "params": {"reseller_id": OWN_RESELLER, "async_task_id": _wire_id(pid)},
                    "status": status,
                }
            )

    def create_process(
        self, final_status: str, steps: int, *, duration: float | None = None, kind: str | None = None
    ) -> dict[str, Any]:
        # Alternate the two id forms the docs show: integers and UUIDs.
        self._created += 1
        pid = str(next(self._serial)) if self._created % 2 else str(uuid.uuid4())
        self.store.create(
            final_status, steps, {"reseller_id": OWN_RESELLER, "valid": True}, process_id=pid, duration=duration
        )
        return {"reseller_id": OWN_RESELLER, "async_task_id": _wire_id(pid)}

    def _document(self, process: Process) -> dict[str, Any]:
        attributes: dict[str, Any] = {"status": process.status, "failure_message": ""}
        if process.status == "completed":
            valid = bool(process.data.get("valid", True))
            attributes["results"] = {
                "valid": valid,
                "errors": [{}]
                if valid
                else [{"customer_domain": "The domain contoso-retail.onmicrosoft.com is already taken"}],
                "application_attributes": APPLICATION_ATTRIBUTES,
            }
        elif process.status == "failed":
            attributes["failure_message"] = FAILURE_MESSAGE
        document = M.AsyncTaskDocument.model_validate(
            {"data": {"id": process.id, "type": "async_tasks", "attributes": attributes}}
        )
        dumped: dict[str, Any] = document.model_dump(mode="json", by_alias=True, exclude_none=True)
        return dumped

    # --- API -----------------------------------------------------------------------------------
    def api_routes(self) -> list[BaseRoute]:
        return [
            Route("/api/v3/resellers/{reseller_id}/async_tasks/{async_task_id}", self.get_async_task, methods=["GET"]),
        ]

    def not_found(self, request: Request) -> Response:
        refusal = self._refusal(request)
        return refusal or self.error(404, f"No route matches {request.method} {request.url.path}.")

    def not_allowed(self, request: Request, allowed: list[str]) -> Response:
        message = f"{request.method} is not allowed on {request.url.path}; use {', '.join(allowed)}."
        refusal = self._unauthenticated(request)
        return refusal or self.error(405, message, code="method_not_allowed", title="Method Not Allowed")

    async def get_async_task(self, request: Request) -> Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        raw_reseller = request.path_params["reseller_id"]
        raw_task = request.path_params["async_task_id"]
        reseller = parse_int(raw_reseller, minimum=-INT64_MAX - 1, maximum=INT64_MAX)
        if reseller is None:
            return self.error(
                404, f"Reseller {raw_reseller!r} was not found: the ID must be an integer.", parameter="reseller_id"
            )
        if reseller in FOREIGN_RESELLERS:
            return self.error(403, f"Access to reseller {reseller} is denied.", parameter="reseller_id")
        if reseller not in REACHABLE_RESELLERS:
            return self.error(404, f"Reseller {reseller} was not found.", parameter="reseller_id")
        pid = _canonical_id(raw_task)
        if pid is None:
            return self.error(
                404,
                f"Async task {raw_task!r} was not found: the ID must be an integer or a UUID.",
                parameter="async_task_id",
            )
        process = self.store.peek(pid)
        if process is None or process.data.get("reseller_id") != reseller:
            return self.error(404, f"Async task {raw_task} was not found.", parameter="async_task_id")
        self.store.advance(process)
        return JSONResponse(self._document(process), media_type=MEDIA)
