"""One API operation of a generated package: sending its request and reading its answer by the answer rule.

A generated endpoint module keeps what the spec says (its path and parameters in `_get_kwargs`, and which model
each documented status carries, in one `Operation`) and its four typed functions (`sync_detailed`, `sync`,
`asyncio_detailed`, `asyncio`); their bodies call `Operation.send` / `Operation.async_send`.

The answer rule (`answers`): the first documented status (or range) that matches reads the body; a body that
cannot be read gives `parsed=None` for an error status and raises `UnexpectedResponse` for a success status.
The `default` answer reads any other status; without one, an undocumented status raises `UnexpectedStatus`
when the client asks for it (`raise_on_unexpected_status`), else gives `parsed=None`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Literal, Protocol, TypeVar

import httpx

from .answers import PARSE_ERRORS, Tabular, http_status, json_body, json_object, unusable
from .errors import UnexpectedStatus
from .limits import async_send, send
from .servers import route
from .types import Response

__all__ = ["Default", "Operation", "Reads"]

T = TypeVar("T")
# How a documented answer's body is read: a JSON object (a model's `from_dict`), any JSON value (lists,
# unions: a generated reader), or not at all (an answer documented without a body: parsed is None).
Source = Literal["object", "json", "none"]
# One documented answer: (lowest status, highest status, how its body is read, what reads it).
Reads = tuple[int, int, Source, Callable[[Any], Any] | None]
Default = tuple[Source, Callable[[Any], Any] | None]  # the `default` answer: any status not documented


class Media(Protocol):
    """The generated package's `_media` module: per operation, its tabular answers and its own servers."""

    @property
    def TABULAR(self) -> Mapping[str, Tabular]: ...

    @property
    def SERVERS(self) -> Mapping[str, Mapping[str, str]]: ...


ParseResponse = Callable[..., Any]  # the module's `_parse_response(*, client, response)` (tests replace it)


class Operation(Generic[T]):
    """One operation: its name (the key of the `_media` tables), its documented answers and its default answer."""

    def __init__(
        self, name: str, media: Media, reads: Sequence[Reads], default: Default | None = None, *, parsed: bool = True
    ) -> None:
        self.name = name
        self.media = media
        self.reads = tuple(reads)
        self.default = default
        self.parsed = parsed  # False: the spec gives no model for any answer (every `parsed` is None)

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
