from __future__ import annotations

from typing import Any

from asyncstatus_core.model import INT, STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class Problem(OpenModel[Any]):
    """An RFC 7807 problem object describing why a request failed.

    `required` is what every recorded bol problem carries: `title` and `status`. bol's
    description (every copy from v9 in 2023 to April 2026) requires `type`, `title`,
    `status`, `detail` and `violations`, but the recorded answers disagree: the gateway's
    401 ("Expired JWT"), 403 and 429 problems have no `type`, `host`, `instance` or
    `violations` (picqer `tests/Fixtures/http/`@50d8cf6), a 404 has no `violations`
    (123lens/bol-retailer-api `tests/Mocks/`@7065745), and the problem example on bol's
    Marketing Catalog API error page (same platform,
    https://api.bol.com/marketing/docs/catalog-api/errors.html) has no `detail`.

    """

    title: str = _field("title", STR)
    """A short description of the kind of problem."""
    status: int = _field("status", INT)
    """The HTTP status code of the answer."""
    type_: str | Unset = _field("type", STR, default=UNSET)
    """The problem type URI; bol's own problems use the fixed value
    `https://api.bol.com/problems`. Absent from the gateway's 401, 403 and 429 problems.
    """
    detail: str | Unset = _field("detail", STR, default=UNSET)
    """A more detailed explanation of this occurrence of the problem."""
    host: str | Unset = _field("host", STR, default=UNSET)
    """An identifier of the server instance that reported the problem."""
    instance: str | Unset = _field("instance", STR, default=UNSET)
    """The full URL of the resource that reported the problem."""
    violations: list[Violation] | Unset = _field("violations", _list_of(_model(lambda: Violation)), default=UNSET)
    """One entry per invalid field or parameter (on validation errors). Several entries may
    name the same field.
    """


from ..models.violation import Violation  # noqa: E402
