from __future__ import annotations

import datetime
from typing import Any

from asyncstatus_core.model import DATETIME, STR, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class ErrorResponse(OpenModel[Any]):
    """The body of every error ("Generic errors", https://dm.realtimeregister.com/docs/api/errors):
    a `type` naming the error and a human-readable `message`. Some types add fields (e.g.
    `ConstraintViolationException` adds `violations`, per the official TypeScript SDK); the
    object stays open for those.

    Generic error types and the statuses the errors page gives them: `AuthenticationError`
    401, `AuthenticationRatelimitedError` 429, `AuthorizationError` 403,
    `ConstraintViolationException` 400, `InsufficientCreditException` 400, `InternalSRSError`
    500, `InvalidMessage` 400, `NoContractException` 400, `ObjectDoesNotExist` 400,
    `ObjectExists` 400, `ObjectStatusProhibitsOperation` 400, `ProcessError` 400,
    `ProviderConnectionError` 502, `ProviderUnavailable` 503, `TooManyRequests` 429,
    `UnrecognizedPropertyException` 400, `UnsupportedTld` 400, `ValidationError` 400.
    `type` is not an enum because call-specific error types exist besides these.

    Type-specific fields, all optional here because only some types carry them: `objectType`
    and `identifier` (`ObjectDoesNotExist`, `ObjectExists`; the provider's page
    https://dm.realtimeregister.com/docs/api/errors/ObjectDoesNotExist lists both as required
    strings of that type), `startDate` and `endDate` (`ProviderUnavailable`, optional
    timestamps per https://dm.yoursrs-ote.com/docs/api/errors/ProviderUnavailable, read as
    dates by realtimeregister-ts src/Exceptions.ts@95ac2e9f).

    """

    type_: str = _field("type", STR)
    """The error type, e.g. `ObjectDoesNotExist`, `AuthenticationError`, `ValidationError`."""
    message: str = _field("message", STR)
    """A human-readable explanation."""
    violations: list[ConstraintViolation] | Unset = _field(
        "violations", _list_of(_model(lambda: ConstraintViolation)), default=UNSET
    )
    """For `ConstraintViolationException`, the parameters that failed validation."""
    object_type: str | Unset = _field("objectType", STR, default=UNSET)
    """For `ObjectDoesNotExist` and `ObjectExists`, the kind of object, e.g. `Process`."""
    identifier: str | Unset = _field("identifier", STR, default=UNSET)
    """For `ObjectDoesNotExist` and `ObjectExists`, the identifier of the object (a string even for a numeric process
    id).
    """
    start_date: datetime.datetime | Unset = _field("startDate", DATETIME, default=UNSET)
    """For `ProviderUnavailable`, the start of a scheduled downtime."""
    end_date: datetime.datetime | Unset = _field("endDate", DATETIME, default=UNSET)
    """For `ProviderUnavailable`, the end of a scheduled downtime."""


from ..models.constraint_violation import ConstraintViolation  # noqa: E402
