"""What every provider mock shares: the admin API under /_mock, fault injection, request counting and
the process store. A provider subclass supplies its routes, its credential check and its error body."""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlsplit

from spectools import load_spec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .lifecycle import Lifecycle, ProcessStore

Handler = Callable[[Request], Awaitable[Response]]


@dataclass
class Fault:
    status: int
    remaining: int
    retry_after: int | None


class AdminError(Exception):
    """Malformed input to the admin API; answered 400 with the message."""


class ProviderMock(ABC):
    """One provider's fake API. Subclasses set `key` and implement the hooks below."""

    key: ClassVar[str]
    # Paths outside the spec's API (bol's token endpoint): neither counted nor faulted.
    untracked_paths: ClassVar[frozenset[str]] = frozenset()
    # Environment variables that override the default credentials, name -> default.
    credentials: ClassVar[dict[str, str]]

    def __init__(self, *, retention: float | None = None, capacity: int = 10_000) -> None:
        self.spec = load_spec(self.key)
        self.lifecycle = Lifecycle.from_spec(self.key)
        self.store = ProcessStore(self.lifecycle, capacity=capacity, retention=retention, new_id=self.new_id)
        self.faults: list[Fault] = []
        self.requests = 0
        self.creds = {name: os.environ.get(name, default) for name, default in self.credentials.items()}

    # --- hooks --------------------------------------------------------------------------------
    @property
    def base_path(self) -> str:
        """The path of the spec's first server (bol: /shared), under which the API routes sit."""
        return urlsplit(str(self.spec["servers"][0]["url"])).path.rstrip("/")

    def new_id(self, n: int) -> str:
        return str(n)

    @abstractmethod
    def api_routes(self) -> list[BaseRoute]:
        """The routes of the spec's operations, relative to `base_path`."""

    def extra_routes(self) -> list[BaseRoute]:
        """Routes outside the API base path that count as API traffic (bol's token endpoint)."""
        return []

    @abstractmethod
    def error(self, status: int, message: str, *, retry_after: int | None = None) -> Response:
        """An error answer in the provider's own shape."""

    @abstractmethod
    def create_process(self, final_status: str, steps: int) -> dict[str, Any]:
        """Create a process; answer the spec parameters that read it."""

    @abstractmethod
    def fixtures(self) -> list[dict[str, Any]]:
        """`{"operation", "params", "status"}` for every operation and every status value."""

    def seed(self) -> None:  # noqa: B027 (optional hook: mocks that keep fixtures outside the store skip it)
        """Create the fixture processes in the store; called by the subclass's __init__ and again after a
        reset. The default does nothing, for mocks whose fixtures live outside the store."""

    def describe_credentials(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.creds.items())

    # --- admin API ----------------------------------------------------------------------------
    def admin_routes(self) -> list[BaseRoute]:
        return [
            Route("/fixtures", self._admin_fixtures, methods=["GET"]),
            Route("/processes", self._admin_processes, methods=["POST"]),
            Route("/faults", self._admin_faults, methods=["POST"]),
            Route("/stats", self._admin_stats, methods=["GET"]),
            Route("/reset", self._admin_reset, methods=["POST"]),
        ]

    async def _json_object(self, request: Request) -> dict[str, Any]:
        try:
            body = json.loads(await request.body() or b"null")
        except ValueError as exc:
            raise AdminError(f"body is not JSON: {exc}") from None
        if not isinstance(body, dict):
            raise AdminError("body must be a JSON object")
        return body

    @staticmethod
    def _int(body: dict[str, Any], name: str, *, default: int | None = None, minimum: int = 0) -> int:
        value = body.get(name, default)
        if value is None:
            raise AdminError(f"`{name}` is required")
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise AdminError(f"`{name}` must be an integer >= {minimum}, got {value!r}")
        return value

    async def _admin_fixtures(self, request: Request) -> Response:
        return JSONResponse(self.fixtures())

    async def _admin_processes(self, request: Request) -> Response:
        try:
            body = await self._json_object(request)
            final = body.get("final_status")
            if final not in self.lifecycle.all_values:
                raise AdminError(f"`final_status` must be one of {list(self.lifecycle.all_values)}, got {final!r}")
            steps = self._int(body, "steps", default=3, minimum=1)
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({"params": self.create_process(str(final), steps)}, status_code=201)

    async def _admin_faults(self, request: Request) -> Response:
        try:
            body = await self._json_object(request)
            status = self._int(body, "status")
            if status not in (429, 500, 503):
                raise AdminError(f"`status` must be 429, 500 or 503, got {status}")
            count = self._int(body, "count", default=1, minimum=1)
            retry_after = body.get("retry_after")
            if retry_after is not None:
                retry_after = self._int(body, "retry_after")
        except AdminError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        self.faults.append(Fault(status, count, retry_after))
        return JSONResponse({"status": status, "count": count, "retry_after": retry_after}, status_code=201)

    async def _admin_stats(self, request: Request) -> Response:
        return JSONResponse({"requests": self.requests, "processes": len(self.store)})

    async def _admin_reset(self, request: Request) -> Response:
        self.store.clear()
        self.faults.clear()
        self.requests = 0
        self.seed()
        return JSONResponse({"reset": True})

    # --- the app ------------------------------------------------------------------------------
    def app(self) -> ASGIApp:
        routes: list[BaseRoute] = [Mount("/_mock", routes=self.admin_routes())]
        routes += self.extra_routes()
        if self.base_path:
            routes.append(Mount(self.base_path, routes=self.api_routes()))
        else:
            routes += self.api_routes()
        inner = Starlette(routes=routes)
        return _Traffic(inner, self)


class _Traffic:
    """Counts API requests (everything outside /_mock) and answers injected faults first."""

    def __init__(self, app: ASGIApp, mock: ProviderMock) -> None:
        self.app = app
        self.mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith("/_mock") or path in self.mock.untracked_paths:
            await self.app(scope, receive, send)
            return
        self.mock.requests += 1
        faults = self.mock.faults
        if faults:
            fault = faults[0]
            fault.remaining -= 1
            if fault.remaining <= 0:
                faults.pop(0)
            response = self.mock.error(fault.status, _FAULT_MESSAGES[fault.status], retry_after=fault.retry_after)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = str(fault.retry_after)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


_FAULT_MESSAGES = {
    429: "Too many requests, retry later.",
    500: "Internal server error.",
    503: "Service temporarily unavailable.",
}
