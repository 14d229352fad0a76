"""The string enums of generated models: open, because providers add values without notice.

Part of asyncstatus-core, the runtime every generated package depends on; scripts/codegen/templates/
str_enum.py.jinja declares each enum's members as a subclass of `OpenStrEnum`. Known values are members; a value
the spec does not list becomes an unnamed instance that keeps the raw value, so parsing never fails and
`to_dict()` writes it back. `str(member)` is the value (as in the answer), not `Class.NAME`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

__all__ = ["OpenStrEnum"]


class OpenStrEnum(StrEnum):
    """A string enum that keeps values it does not list (`is_known` tells them apart)."""

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the spec did not list when this SDK was generated."""
        return self._name_ in type(self).__members__

    @classmethod
    def from_wire(cls, value: str) -> Self:
        """The member for a value read from the wire: a dictionary look-up for known values (calling the
        class costs about three times as much), an unnamed instance for others."""
        member = cls._value2member_map_.get(value)
        return member if isinstance(member, cls) else cls(value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown
