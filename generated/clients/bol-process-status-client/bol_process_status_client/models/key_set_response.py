from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel
from asyncstatus_core.model import field as _field
from asyncstatus_core.model import list_of as _list_of
from asyncstatus_core.model import model as _model


class KeySetResponse(OpenModel[Any]):
    """The keys that sign push notifications (bol's `KeySetResponse`, S10)."""

    signature_keys: list[KeySet] = _field("signatureKeys", _list_of(_model(lambda: KeySet)))


from ..models.key_set import KeySet  # noqa: E402
