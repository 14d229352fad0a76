from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class JsonApiErrorDocument(OpenModel[Any]):
    """JSON:API error document (https://jsonapi.org/format/1.0/#error-objects). API v3 answers in
    `application/vnd.api+json`; the ActivePlatform reference shows no error body, so the members
    are those the JSON:API specification defines, all optional.

    """

    errors: list[JsonApiError] = _field("errors", _list_of(_model(lambda: JsonApiError)))
    """One or more problems that prevented the request from being served."""


from ..models.json_api_error import JsonApiError  # noqa: E402
