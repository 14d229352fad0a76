from __future__ import annotations

from typing import Any

from asyncstatus_core.model import OpenModel


class ApplicationAttributes(OpenModel[Any]):
    """Additional (application) attributes the task worked on, keyed by attribute key. The
    documentation leaves this object undescribed (its example shows only a placeholder), so its
    content is opaque here.

    """
