from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="ApiResponse")


class ApiResponse:
    """myKaarma's common response envelope. Error answers (400, 401, 403, 500) consist of
    exactly this; successful answers extend it. Per PROVIDERS.md every body carries all
    three fields, so they are required (the reference page itself marks nothing required).

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"errors": "errors", "warnings": "warnings", "api_request_id": "apiRequestId"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _errors: list[ApiError] = PENDING
    _warnings: list[ApiWarning] = PENDING
    _api_request_id: str = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, errors: list[ApiError], warnings: list[ApiWarning], api_request_id: str) -> None:
        self._object_ = {}
        self._errors = errors
        self._warnings = warnings
        self._api_request_id = api_request_id
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def errors(self) -> list[ApiError]:
        """Errors of this request; empty on success."""
        value = self._errors
        if value is PENDING:
            value = self._load_errors()
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[ApiError]) -> None:
        self._errors = value

    def _load_errors(self) -> list[ApiError]:
        _raw_errors = self._object_.get("errors", MISSING)
        try:
            errors = list(map(ApiError.from_dict, _raw_errors))

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                self._keep_unusable_("errors", _raw_errors)
        self._errors = errors
        return self._errors

    @property
    def warnings(self) -> list[ApiWarning]:
        """Warnings of this request; often empty."""
        value = self._warnings
        if value is PENDING:
            value = self._load_warnings()
        if value is MISSING:
            raise_missing(self, "warnings", "warnings")
        return value

    @warnings.setter
    def warnings(self, value: list[ApiWarning]) -> None:
        self._warnings = value

    def _load_warnings(self) -> list[ApiWarning]:
        _raw_warnings = self._object_.get("warnings", MISSING)
        try:
            warnings = list(map(ApiWarning.from_dict, _raw_warnings))

        except PARSE_ERRORS:
            warnings = MISSING
            if _raw_warnings is not MISSING:
                self._keep_unusable_("warnings", _raw_warnings)
        self._warnings = warnings
        return self._warnings

    @property
    def api_request_id(self) -> str:
        """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""
        value = self._api_request_id
        if value is PENDING:
            value = self._load_api_request_id()
        if value is MISSING:
            raise_missing(self, "apiRequestId", "api_request_id")
        return value

    @api_request_id.setter
    def api_request_id(self, value: str) -> None:
        self._api_request_id = value

    def _load_api_request_id(self) -> str:
        _raw_api_request_id = self._object_.get("apiRequestId", MISSING)
        try:
            api_request_id = _raw_api_request_id
            if not isinstance(api_request_id, str):
                raise TypeError("apiRequestId")
        except PARSE_ERRORS:
            api_request_id = MISSING
            if _raw_api_request_id is not MISSING:
                self._keep_unusable_("apiRequestId", _raw_api_request_id)
        self._api_request_id = api_request_id
        return self._api_request_id

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._errors is PENDING:
            self._load_errors()
        if self._warnings is PENDING:
            self._load_warnings()
        if self._api_request_id is PENDING:
            self._load_api_request_id()

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
        if not isinstance(other, ApiResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._errors, self._warnings, self._api_request_id, self.additional_properties) == (
            other._errors,
            other._warnings,
            other._api_request_id,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"errors={self._errors!r}")
        fields.append(f"warnings={self._warnings!r}")
        fields.append(f"api_request_id={self._api_request_id!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._errors is not MISSING:
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

            field_dict["errors"] = errors

        if self._warnings is not MISSING:
            warnings = []
            for warnings_item_data in self._warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

            field_dict["warnings"] = warnings

        if self._api_request_id is not MISSING:
            api_request_id = self._api_request_id
            field_dict["apiRequestId"] = api_request_id

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


from ..models.api_error import ApiError  # noqa: E402
from ..models.api_warning import ApiWarning  # noqa: E402
