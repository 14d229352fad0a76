from __future__ import annotations

from typing import Any

from asyncstatus_core.model import BOOL, OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model

from ..types import UNSET, Unset


class AsyncTaskResults(OpenModel[Any]):
    """Outcome of the validation of the additional attributes. Present when `status` is
    `completed`.

    """

    valid: bool = _field("valid", BOOL)
    """`true` when every additional attribute is valid, `false` when at least one is not."""
    errors: list[AttributeValidationError] | Unset = _field(
        "errors", _list_of(_model(lambda: AttributeValidationError)), default=UNSET
    )
    """Problems found with the additional attributes, filled when `valid` is `false`. Each item
    maps additional-attribute keys to the description of what is wrong with their values.
    The documentation's example shows `[{}]` even for a valid result, so an item may be an
    empty object.
    """
    application_attributes: ApplicationAttributes | Unset = _field(
        "application_attributes", _model(lambda: ApplicationAttributes), default=UNSET
    )
    """Additional (application) attributes the task worked on, keyed by attribute key. The
    documentation leaves this object undescribed (its example shows only a placeholder), so its
    content is opaque here.
    """


from ..models.application_attributes import ApplicationAttributes  # noqa: E402
from ..models.attribute_validation_error import AttributeValidationError  # noqa: E402
