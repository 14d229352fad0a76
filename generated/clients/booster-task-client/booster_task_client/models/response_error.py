from __future__ import annotations

from typing import Any

from asyncstatus_core.model import STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class ResponseError(OpenModel[Any]):
    """ServiceStack `ResponseError`, an error about one named field.

    The name is ServiceStack's, kept so the spec reads like the provider's own metadata; it
    clashes with the `ResponseError` class of OpenAPI Generator's `typescript-fetch` runtime, so
    a TypeScript client is generated with `--model-name-mappings ResponseError=ServiceStackResponseError`
    (as `make portability` does). Other generators need no mapping.

    """

    error_code: str = _field("errorCode", STR)
    """Machine-readable code of the field error."""
    field_name: str = _field("fieldName", STR)
    """The request field the error is about."""
    message: str = _field("message", STR)
    """Human-readable message."""
    meta: ResponseErrorMeta | Unset = _field("meta", _model(lambda: ResponseErrorMeta), default=UNSET)
    """Additional string metadata about the field error."""


from ..models.response_error_meta import ResponseErrorMeta  # noqa: E402
