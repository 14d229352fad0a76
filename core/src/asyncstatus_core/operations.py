"""One API operation of a generated package: sending its request and reading its answer by the answer rule.

A generated endpoint module keeps only what the spec says: one `Operation` (its name, method and path, and which
model each documented status carries) and one typed function, `_request`, whose signature is the operation's
parameters and whose docstring is the spec's description. `Operation.functions(_request, returns)` makes the
module's four public functions (`sync_detailed`, `sync`, `asyncio_detailed`, `asyncio`) from it: each keeps
`_request`'s typed keywords (a `ParamSpec`), and `help()` shows the docstring, the errors and the return type.

The answer rule (`answers`): the first documented status (or range) that matches reads the body; a body that
cannot be read gives `parsed=None` for an error status and raises `UnexpectedResponse` for a success status.
The `default` answer reads any other status; without one, an undocumented status raises `UnexpectedStatus`
when the client asks for it (`raise_on_unexpected_status`), else gives `parsed=None`.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, ParamSpec, Protocol, TypeVar
from urllib.parse import quote

import httpx

from .answers import PARSE_ERRORS, Tabular, http_status, json_body, json_object, unusable
from .errors import UnexpectedStatus
from .limits import async_send, send
from .params import PathRule, check_path
from .servers import route
from .types import UNSET, Response

__all__ = ["Default", "Operation", "Reads", "Request", "operation"]

T = TypeVar("T")
P = ParamSpec("P")
# How a documented answer's body is read: a JSON object (a model's `from_dict`), any JSON value (lists,
# unions: a generated reader), or not at all (an answer documented without a body: parsed is None).
Source = Literal["object", "json", "none"]
# One documented answer: (lowest status, highest status, how its body is read, what reads it).
Reads = tuple[int, int, Source, Callable[[Any], Any] | None]
Default = tuple[Source, Callable[[Any], Any] | None]  # the `default` answer: any status not documented
# Documented answers read alike, in one row: ("401 403 404", "object", Problem.from_dict); a range is "500-599".
Answers = tuple[str, Source, Callable[[Any], Any] | None]


class Media(Protocol):
    """The generated package's `_media` module: per operation, its tabular answers, its own servers, the rules of its
    path parameters and its media-type headers."""

    @property
    def TABULAR(self) -> Mapping[str, Tabular]: ...

    @property
    def SERVERS(self) -> Mapping[str, Mapping[str, str]]: ...

    @property
    def PATH_RULES(self) -> Mapping[str, Mapping[str, PathRule]]: ...

    @property
    def HEADERS(self) -> Mapping[str, Mapping[str, str]]: ...


@dataclass(frozen=True)
class Request:
    """One call's client and the httpx keywords of its request (what `_request` of an endpoint module returns)."""

    client: Any
    kwargs: dict[str, Any]


# What every endpoint's `sync_detailed` may raise: said once here, appended to each one's docstring.
RAISES = """Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and
        Client.raise_on_unexpected_status is True.
    errors.UnexpectedResponse: If a success answer's body cannot be read as the documented model (an error
        status whose body cannot be read gives `parsed=None` instead).
    errors.APIConnectionError: If no usable answer came (refused, reset, DNS, TLS); errors.APITimeoutError
        when a timeout of the client or its total_timeout passed. No httpx exception reaches the caller.
    errors.BodyTooLarge: If the answer's body passed the client's max_body_size.
    errors.InvalidParameter: If a path parameter is empty or its schema refuses it (before any request)."""

# The other three functions point to `sync_detailed`'s docstring (the description, arguments and errors once).
_POINTERS = {
    "sync": "The parsed body of `sync_detailed` (the same arguments, errors and description).",
    "asyncio_detailed": "`sync_detailed` on asyncio (the same arguments, errors and description).",
    "asyncio": "`sync` on asyncio: the parsed body of `asyncio_detailed`.",
}


ParseResponse = Callable[..., Any]  # the module's `_parse_response(*, client, response)` (tests replace it)


class Operation(Generic[T]):
    """One operation: its name (the key of the `_media` tables), its documented answers and its default answer."""

    def __init__(
        self,
        name: str,
        media: Media,
        reads: Sequence[Reads],
        default: Default | None = None,
        *,
        parsed: bool = True,
        method: str = "get",
        path: str = "/",
    ) -> None:
        self.name = name
        self.media = media
        self.reads = tuple(reads)
        self.default = default
        self.parsed = parsed  # False: the spec gives no model for any answer (every `parsed` is None)
        self.method = method
        self.path = path  # the spec's path template, e.g. "/jobs/{job_id}" (keywords are the Python names)

    def request(
        self, client: Any, path: Mapping[str, Any] | None = None, kwargs: dict[str, Any] | None = None
    ) -> Request:
        """The request of one call: the path parameters checked against their rules (`errors.InvalidParameter`
        before any request) and quoted into the path, the operation's headers from the spec (`_media`) under the
        call's own, and the query parameters without the unset ones. `kwargs`: httpx keywords (`params`,
        `headers`, `json`, `content`, `data`, `files`, `cookies`)."""
        values = dict(path or {})
        if values:
            check_path(self.media.PATH_RULES.get(self.name, {}), **values)
        request: dict[str, Any] = dict(kwargs or {})
        request["headers"] = {**self.media.HEADERS.get(self.name, {}), **request.get("headers", {})}
        if "params" in request:
            request["params"] = {k: v for k, v in request["params"].items() if v is not UNSET and v is not None}
        url = self.path.format(**{k: quote(str(v), safe="") for k, v in values.items()})
        return Request(client, {"method": self.method, "url": url, **request})

    def parse_response(self, *, client: Any, response: httpx.Response) -> T | None:
        """`parse` with the keywords of openapi-python-client's `_parse_response` (what `send` takes)."""
        return self.parse(client, response)

    def _read(
        self, response: httpx.Response, source: Source, read: Callable[[Any], Any] | None, success: bool
    ) -> T | None:
        if not self.parsed or source == "none" or read is None:
            return None
        tabular = self.media.TABULAR.get(self.name)
        try:
            body = (
                json_object(response, self.name, tabular)
                if source == "object"
                else json_body(response, self.name, tabular)
            )
            value: T = read(body)
            return value
        except PARSE_ERRORS as error:
            unusable(response, error, success=success)
            return None

    def parse(self, client: Any, response: httpx.Response) -> T | None:
        """The answer's body as the model its status documents (module docstring: the answer rule)."""
        for low, high, source, read in self.reads:
            if low <= response.status_code <= high:
                return self._read(response, source, read, success=low < 400)
        if self.default is not None:
            return self._read(response, *self.default, success=False)
        if client.raise_on_unexpected_status:
            raise UnexpectedStatus(response.status_code, response.content, response.headers)
        return None

    def _request(self, client: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs["url"] = route(client, kwargs["url"], self.media.SERVERS.get(self.name))
        return kwargs

    @staticmethod
    def _answer(client: Any, response: httpx.Response, parse: ParseResponse) -> Response[T]:
        return Response(
            status_code=http_status(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=parse(client=client, response=response),
        )

    def send(self, client: Any, kwargs: dict[str, Any], parse: ParseResponse) -> Response[T]:
        """Send the request `kwargs` describes (within the client's limits) and read the answer with `parse`."""
        return self._answer(client, send(client, self._request(client, kwargs)), parse)

    async def async_send(self, client: Any, kwargs: dict[str, Any], parse: ParseResponse) -> Response[T]:
        """`send` on asyncio."""
        return self._answer(client, await async_send(client, self._request(client, kwargs)), parse)

    def _named(self, function: Callable[..., Any], request: Callable[..., Any], name: str, returns: str) -> None:
        """Give a made function the module, name, signature and docstring of a function written there."""
        summary, _, _ = inspect.cleandoc(request.__doc__ or self.name).partition("\n")
        if name == "sync_detailed":
            doc = f"{inspect.cleandoc(request.__doc__ or self.name)}\n\n{RAISES}"
        else:
            doc = f"{summary}\n\n{_POINTERS[name]}"
        shown = f"Response[{returns}]" if name.endswith("_detailed") else returns
        function.__doc__ = f"{doc}\n\nReturns:\n    {shown}\n"
        function.__module__ = request.__module__
        function.__name__ = function.__qualname__ = name
        signature = inspect.signature(request)
        if name.endswith("_detailed"):
            signature = signature.replace(return_annotation=f"Response[{returns}]")
        else:
            signature = signature.replace(return_annotation=f"{returns} | None")
        function.__signature__ = signature  # type: ignore[attr-defined]
        # typing.get_type_hints reads these: the parameters' types, resolved in `_request`'s module (the return type
        # is the signature's, as text). No `__wrapped__`: pdoc and help() would show `_request` itself.
        try:
            hints = typing.get_type_hints(request)
        except NameError:  # a name only a type checker imports: the annotations as written
            hints = dict(request.__annotations__)
        function.__annotations__ = {k: v for k, v in hints.items() if k != "return"}

    def detailed(
        self, request: Callable[P, Request], returns: str
    ) -> tuple[Callable[P, Response[T]], Callable[P, Coroutine[Any, Any, Response[T]]]]:
        """`sync_detailed` and `asyncio_detailed` of an endpoint module from its `_request` (module docstring):
        its typed parameters, its docstring with the errors every call may raise, and `returns` (the spec's
        answer types as written, for the docstring)."""

        def sync_detailed(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
            call = request(*args, **kwargs)
            return self.send(call.client, call.kwargs, self.parse_response)

        async def asyncio_detailed(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
            call = request(*args, **kwargs)
            return await self.async_send(call.client, call.kwargs, self.parse_response)

        self._named(sync_detailed, request, "sync_detailed", returns)
        self._named(asyncio_detailed, request, "asyncio_detailed", returns)
        return sync_detailed, asyncio_detailed

    def functions(
        self, request: Callable[P, Request], returns: str
    ) -> tuple[
        Callable[P, Response[T]],
        Callable[P, T | None],
        Callable[P, Coroutine[Any, Any, Response[T]]],
        Callable[P, Coroutine[Any, Any, T | None]],
    ]:
        """`detailed`, and `sync` and `asyncio`: the parsed bodies (an operation whose answers carry a model)."""
        sync_detailed, asyncio_detailed = self.detailed(request, returns)

        def sync(*args: P.args, **kwargs: P.kwargs) -> T | None:
            return sync_detailed(*args, **kwargs).parsed

        async def asyncio(*args: P.args, **kwargs: P.kwargs) -> T | None:
            return (await asyncio_detailed(*args, **kwargs)).parsed

        self._named(sync, request, "sync", returns)
        self._named(asyncio, request, "asyncio", returns)
        return sync_detailed, sync, asyncio_detailed, asyncio


def _rows(answers: Sequence[Answers]) -> list[Reads]:
    """The rows of `Operation` from rows that name several statuses (`Answers`), in their order."""
    rows: list[Reads] = []
    for statuses, source, read in answers:
        for status in statuses.split():
            low, _, high = status.partition("-")
            rows.append((int(low), int(high or low), source, read))
    return rows


def operation(
    module: str, route: str, answers: Sequence[Answers], default: Default | None = None, *, parsed: bool = True
) -> Operation[Any]:
    """The operation of a generated endpoint module, from its facts: `module` is the module's `__name__` (its last
    part names the operation in the package's `_media` tables, which it reads), `route` its method and path
    ("get /jobs/{job_id}"), `answers` its documented answers (`Answers`), `default` its `default` answer."""
    package, _, name = module.partition(".")
    method, _, path = route.partition(" ")
    media = importlib.import_module(f"{package}._media")
    return Operation(name.rpartition(".")[2], media, _rows(answers), default, parsed=parsed, method=method, path=path)
