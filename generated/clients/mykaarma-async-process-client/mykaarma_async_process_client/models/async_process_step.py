from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..models.async_process_status import AsyncProcessStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncProcessStep")


class AsyncProcessStep:
    """One step of an async process; steps run in `order`."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "uuid": "uuid",
        "order": "order",
        "key": "key",
        "detail": "detail",
        "name": "name",
        "start_time": "startTime",
        "end_time": "endTime",
        "status": "status",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _uuid: str | Unset = PENDING
    _order: int | Unset = PENDING
    _key: str | Unset = PENDING
    _detail: None | str | Unset = PENDING
    _name: str | Unset = PENDING
    _start_time: None | str | Unset = PENDING
    _end_time: None | str | Unset = PENDING
    _status: AsyncProcessStatus | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        uuid: str | Unset = UNSET,
        order: int | Unset = UNSET,
        key: str | Unset = UNSET,
        detail: None | str | Unset = UNSET,
        name: str | Unset = UNSET,
        start_time: None | str | Unset = UNSET,
        end_time: None | str | Unset = UNSET,
        status: AsyncProcessStatus | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._uuid = uuid
        self._order = order
        self._key = key
        self._detail = detail
        self._name = name
        self._start_time = start_time
        self._end_time = end_time
        self._status = status
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def uuid(self) -> str | Unset:
        """Identifier of the step."""
        value = self._uuid
        if value is PENDING:
            value = self._load_uuid()
        return value

    @uuid.setter
    def uuid(self, value: str | Unset) -> None:
        self._uuid = value

    def _load_uuid(self) -> str | Unset:
        _raw_uuid = self._object_.get("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            if _raw_uuid is not UNSET:
                self._keep_unusable_("uuid", _raw_uuid)
        self._uuid = uuid
        return self._uuid

    @property
    def order(self) -> int | Unset:
        """Position of the step within the process (int32 per PROVIDERS.md)."""
        value = self._order
        if value is PENDING:
            value = self._load_order()
        return value

    @order.setter
    def order(self, value: int | Unset) -> None:
        self._order = value

    def _load_order(self) -> int | Unset:
        _raw_order = self._object_.get("order", UNSET)
        try:
            order = _raw_order
            if not isinstance(order, (int, Unset)):
                raise TypeError("order")
        except PARSE_ERRORS:
            order = UNSET
            if _raw_order is not UNSET:
                self._keep_unusable_("order", _raw_order)
        self._order = order
        return self._order

    @property
    def key(self) -> str | Unset:
        """Machine-readable key of the step."""
        value = self._key
        if value is PENDING:
            value = self._load_key()
        return value

    @key.setter
    def key(self, value: str | Unset) -> None:
        self._key = value

    def _load_key(self) -> str | Unset:
        _raw_key = self._object_.get("key", UNSET)
        try:
            key = _raw_key
            if not isinstance(key, (str, Unset)):
                raise TypeError("key")
        except PARSE_ERRORS:
            key = UNSET
            if _raw_key is not UNSET:
                self._keep_unusable_("key", _raw_key)
        self._key = key
        return self._key

    @property
    def detail(self) -> None | str | Unset:
        """Free-text detail about the step's outcome; may be null before the step has run."""
        value = self._detail
        if value is PENDING:
            value = self._load_detail()
        return value

    @detail.setter
    def detail(self, value: None | str | Unset) -> None:
        self._detail = value

    def _load_detail(self) -> None | str | Unset:
        _raw_detail = self._object_.get("detail", UNSET)
        try:

            def _parse_detail(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            detail = _parse_detail(_raw_detail)

        except PARSE_ERRORS:
            detail = UNSET
            if _raw_detail is not UNSET:
                self._keep_unusable_("detail", _raw_detail)
        self._detail = detail
        return self._detail

    @property
    def name(self) -> str | Unset:
        """Human-readable name of the step."""
        value = self._name
        if value is PENDING:
            value = self._load_name()
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._name = value

    def _load_name(self) -> str | Unset:
        _raw_name = self._object_.get("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            if _raw_name is not UNSET:
                self._keep_unusable_("name", _raw_name)
        self._name = name
        return self._name

    @property
    def start_time(self) -> None | str | Unset:
        """When the step started. The reference page types it as a plain string and gives no
        format (no public example of a real value could be found), so no `date-time` format
        is asserted; null or absent while the step has not started.
        """
        value = self._start_time
        if value is PENDING:
            value = self._load_start_time()
        return value

    @start_time.setter
    def start_time(self, value: None | str | Unset) -> None:
        self._start_time = value

    def _load_start_time(self) -> None | str | Unset:
        _raw_start_time = self._object_.get("startTime", UNSET)
        try:

            def _parse_start_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            start_time = _parse_start_time(_raw_start_time)

        except PARSE_ERRORS:
            start_time = UNSET
            if _raw_start_time is not UNSET:
                self._keep_unusable_("startTime", _raw_start_time)
        self._start_time = start_time
        return self._start_time

    @property
    def end_time(self) -> None | str | Unset:
        """When the step ended; a plain string like `startTime`. Null or absent while the step
        has not finished.
        """
        value = self._end_time
        if value is PENDING:
            value = self._load_end_time()
        return value

    @end_time.setter
    def end_time(self, value: None | str | Unset) -> None:
        self._end_time = value

    def _load_end_time(self) -> None | str | Unset:
        _raw_end_time = self._object_.get("endTime", UNSET)
        try:

            def _parse_end_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            end_time = _parse_end_time(_raw_end_time)

        except PARSE_ERRORS:
            end_time = UNSET
            if _raw_end_time is not UNSET:
                self._keep_unusable_("endTime", _raw_end_time)
        self._end_time = end_time
        return self._end_time

    @property
    def status(self) -> AsyncProcessStatus | Unset:
        """State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
        running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
        (treated as success); `FAILED`: finished unsuccessfully.
        """
        value = self._status
        if value is PENDING:
            value = self._load_status()
        return value

    @status.setter
    def status(self, value: AsyncProcessStatus | Unset) -> None:
        self._status = value

    def _load_status(self) -> AsyncProcessStatus | Unset:
        _raw_status = self._object_.get("status", UNSET)
        try:
            _status = _raw_status
            status: AsyncProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AsyncProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            if _raw_status is not UNSET:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._uuid is PENDING:
            self._load_uuid()
        if self._order is PENDING:
            self._load_order()
        if self._key is PENDING:
            self._load_key()
        if self._detail is PENDING:
            self._load_detail()
        if self._name is PENDING:
            self._load_name()
        if self._start_time is PENDING:
            self._load_start_time()
        if self._end_time is PENDING:
            self._load_end_time()
        if self._status is PENDING:
            self._load_status()

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
        if not isinstance(other, AsyncProcessStep) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._uuid,
            self._order,
            self._key,
            self._detail,
            self._name,
            self._start_time,
            self._end_time,
            self._status,
            self.additional_properties,
        ) == (
            other._uuid,
            other._order,
            other._key,
            other._detail,
            other._name,
            other._start_time,
            other._end_time,
            other._status,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._uuid is not UNSET:
            fields.append(f"uuid={self._uuid!r}")
        if self._order is not UNSET:
            fields.append(f"order={self._order!r}")
        if self._key is not UNSET:
            fields.append(f"key={self._key!r}")
        if self._detail is not UNSET:
            fields.append(f"detail={self._detail!r}")
        if self._name is not UNSET:
            fields.append(f"name={self._name!r}")
        if self._start_time is not UNSET:
            fields.append(f"start_time={self._start_time!r}")
        if self._end_time is not UNSET:
            fields.append(f"end_time={self._end_time!r}")
        if self._status is not UNSET:
            fields.append(f"status={self._status!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        uuid = self._uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        order = self._order
        if order is not UNSET:
            field_dict["order"] = order

        key = self._key
        if key is not UNSET:
            field_dict["key"] = key

        detail: None | str | Unset
        if isinstance(self._detail, Unset):
            detail = UNSET
        else:
            detail = self._detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        name = self._name
        if name is not UNSET:
            field_dict["name"] = name

        start_time: None | str | Unset
        if isinstance(self._start_time, Unset):
            start_time = UNSET
        else:
            start_time = self._start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_time: None | str | Unset
        if isinstance(self._end_time, Unset):
            end_time = UNSET
        else:
            end_time = self._end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        status: str | Unset = UNSET
        if not isinstance(self._status, Unset):
            status = self._status.value

        if status is not UNSET:
            field_dict["status"] = status

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
