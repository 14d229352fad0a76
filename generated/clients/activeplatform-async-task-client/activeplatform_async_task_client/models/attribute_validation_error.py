from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class AttributeValidationError(OpenModel[Any]):
    """Additional-attribute key -> description of the error in its value. The documentation gives
    no fixed keys (they are the plan's attribute keys), so the object is open.

    """
