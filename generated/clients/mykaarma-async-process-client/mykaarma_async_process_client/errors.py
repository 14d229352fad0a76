"""The errors this package raises about answers. Every one is an `SDKError`, so `except errors.SDKError`
catches whatever a server's answer can cause; transport failures stay httpx's own exceptions."""

from collections.abc import Mapping

import httpx

from ._redact import excerpt

__all__ = ["MissingField", "SDKError", "UnexpectedResponse", "UnexpectedStatus"]


class SDKError(Exception):
    """Base of the errors this package raises about a server's answer."""


class UnexpectedStatus(SDKError):
    """Raised by api functions when the response status is not documented and
    Client.raise_on_unexpected_status is True. `headers` carries e.g. `Retry-After`."""

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}

        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{excerpt(content, 500)}")


class UnexpectedResponse(SDKError):
    """A success answer whose body cannot be read as the documented model: empty, not JSON, or not the
    documented shape. Carries the status, the content type, a short redacted excerpt of the body, the JSON
    path of the first mismatch, and the raw answer (`content`, `headers`)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content_type: str,
        path: str,
        reason: str,
        content: bytes,
        headers: Mapping[str, str],
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.content_type = content_type
        self.path = path
        self.reason = reason
        self.content = content
        self.headers = headers

    @property
    def excerpt(self) -> str:
        return excerpt(self.content)

    @classmethod
    def from_response(cls, response: httpx.Response, *, reason: str, path: str) -> "UnexpectedResponse":
        content_type = response.headers.get("Content-Type", "")
        shown = excerpt(response.content) or "(empty)"
        message = (
            f"HTTP {response.status_code} answer ({content_type or 'no Content-Type'}) does not fit the documented"
            f" model at {path}: {reason}. Body: {shown}"
        )
        return cls(
            message,
            status_code=response.status_code,
            content_type=content_type,
            path=path,
            reason=reason,
            content=response.content,
            headers=response.headers,
        )


class MissingField(SDKError, AttributeError):
    """A required field read on a model whose answer did not carry it (or carried a value of another type,
    kept in `additional_properties`). Raised on reading, not on parsing, so the rest of the answer is usable."""

    def __init__(self, message: str, *, model: str, field: str) -> None:
        super().__init__(message)
        self.model = model
        self.field = field
