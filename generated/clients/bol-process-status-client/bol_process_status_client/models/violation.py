from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="Violation")


@_attrs_define
class Violation:
    """One validation error inside a `Problem`. bol's description requires `name` and `reason`,
    but bol sends a violation without `name` when no single field is at fault (recorded:
    `{"reason": "Conflicting transport method: ..."}`, 123lens/bol-retailer-api
    `tests/Mocks/400-ship-order-items-multiple-transport-information.json`@7065745), so only
    `reason` is required.

    """

    _reason: str
    name: str | Unset = UNSET
    """ Where the error is, e.g. a body field (`orderItems[0].reasonCode`) or a query
    parameter; bol names the invalid event type `process-status-event-type`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def reason(self) -> str:
        """What is wrong with it."""
        value = self._reason
        if value is MISSING:
            raise_missing(self, "reason", "reason")
        return value

    @reason.setter
    def reason(self, value: str) -> None:
        self._reason = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._reason is not MISSING:
            reason = self._reason
            field_dict["reason"] = reason

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_reason = d.pop("reason", MISSING)
        try:
            reason = _raw_reason
            if not isinstance(reason, str):
                raise TypeError("reason")
        except PARSE_ERRORS:
            reason = MISSING
            if _raw_reason is not MISSING:
                d["reason"] = _raw_reason

        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        violation = cls(
            reason=reason,
            name=name,
        )

        violation.additional_properties = d
        return violation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
