from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="EmptyTaskDetailResponse")


class EmptyTaskDetailResponse:
    """What `getTaskDetail` answers when the service itself fails (not found, any unhandled exception): ServiceStack
    creates the conventionally named `GetTaskDetailResponse`, which has no `ResponseStatus` property, and writes it with
    default values (https://docs.servicestack.net/error-handling, "Error Response Types"; ServiceStack source
    `WebRequestUtils.GetErrorResponseDtoType`, `DtoUtils.CreateErrorResponse`). Its strings and nullable counters are
    null and left out; the value types are written as their defaults: Guid.Empty and 0. The error text is only in the
    HTTP status line.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"async_task_id": "asyncTaskId", "percentage": "percentage"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _async_task_id: str = PENDING
    _percentage: int = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, async_task_id: str, percentage: int) -> None:
        self._object_ = {}
        self._async_task_id = async_task_id
        self._percentage = percentage
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def async_task_id(self) -> str:
        """Guid.Empty, as ServiceStack.Text writes it."""
        value = self._async_task_id
        if value is PENDING:
            value = self._load_async_task_id()
        if value is MISSING:
            raise_missing(self, "asyncTaskId", "async_task_id")
        return value

    @async_task_id.setter
    def async_task_id(self, value: str) -> None:
        self._async_task_id = value

    def _load_async_task_id(self) -> str:
        _raw_async_task_id = self._object_.get("asyncTaskId", MISSING)
        try:
            async_task_id = _raw_async_task_id
            if not isinstance(async_task_id, str):
                raise TypeError("asyncTaskId")
        except PARSE_ERRORS:
            async_task_id = MISSING
            if _raw_async_task_id is not MISSING:
                self._keep_unusable_("asyncTaskId", _raw_async_task_id)
        self._async_task_id = async_task_id
        return self._async_task_id

    @property
    def percentage(self) -> int:
        """The default of .NET `int`."""
        value = self._percentage
        if value is PENDING:
            value = self._load_percentage()
        if value is MISSING:
            raise_missing(self, "percentage", "percentage")
        return value

    @percentage.setter
    def percentage(self, value: int) -> None:
        self._percentage = value

    def _load_percentage(self) -> int:
        _raw_percentage = self._object_.get("percentage", MISSING)
        try:
            percentage = _raw_percentage
            if not isinstance(percentage, int):
                raise TypeError("percentage")
        except PARSE_ERRORS:
            percentage = MISSING
            if _raw_percentage is not MISSING:
                self._keep_unusable_("percentage", _raw_percentage)
        self._percentage = percentage
        return self._percentage

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._async_task_id is PENDING:
            self._load_async_task_id()
        if self._percentage is PENDING:
            self._load_percentage()

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, Any]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        self._additional_properties = d
        return self._additional_properties

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EmptyTaskDetailResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._async_task_id, self._percentage, self.additional_properties) == (
            other._async_task_id,
            other._percentage,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"async_task_id={self._async_task_id!r}")
        fields.append(f"percentage={self._percentage!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._async_task_id is not MISSING:
            async_task_id = self._async_task_id
            field_dict["asyncTaskId"] = async_task_id

        if self._percentage is not MISSING:
            percentage = self._percentage
            field_dict["percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self

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
