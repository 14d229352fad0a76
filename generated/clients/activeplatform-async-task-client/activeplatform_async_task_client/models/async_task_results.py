from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskResults")


@_attrs_define
class AsyncTaskResults:
    """Outcome of the validation of the additional attributes. Present when `status` is
    `completed`.

    """

    _valid: bool
    errors: list[AttributeValidationError] | Unset = UNSET
    """ Problems found with the additional attributes, filled when `valid` is `false`. Each item
    maps additional-attribute keys to the description of what is wrong with their values.
    The documentation's example shows `[{}]` even for a valid result, so an item may be an
    empty object.
     """
    application_attributes: ApplicationAttributes | Unset = UNSET
    """ Additional (application) attributes the task worked on, keyed by attribute key. The
    documentation leaves this object undescribed (its example shows only a placeholder), so its
    content is opaque here.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def valid(self) -> bool:
        """`true` when every additional attribute is valid, `false` when at least one is not."""
        value = self._valid
        if value is MISSING:
            raise_missing(self, "valid", "valid")
        return value

    @valid.setter
    def valid(self, value: bool) -> None:
        self._valid = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._valid is not MISSING:
            valid = self._valid
            field_dict["valid"] = valid

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        if errors is not UNSET:
            field_dict["errors"] = errors

        application_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_attributes, Unset):
            application_attributes = self.application_attributes.to_dict()
        if application_attributes is not UNSET:
            field_dict["application_attributes"] = application_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_valid = d.pop("valid", MISSING)
        try:
            valid = _raw_valid
            if not isinstance(valid, bool):
                raise TypeError("valid")
        except PARSE_ERRORS:
            valid = MISSING
            if _raw_valid is not MISSING:
                d["valid"] = _raw_valid

        _raw_errors = d.pop("errors", UNSET)
        try:
            _errors = _raw_errors
            errors: list[AttributeValidationError] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = AttributeValidationError.from_dict(errors_item_data)

                    errors.append(errors_item)

        except PARSE_ERRORS:
            errors = UNSET
            d["errors"] = _raw_errors

        _raw_application_attributes = d.pop("application_attributes", UNSET)
        try:
            _application_attributes = _raw_application_attributes
            application_attributes: ApplicationAttributes | Unset
            if isinstance(_application_attributes, Unset):
                application_attributes = UNSET
            else:
                application_attributes = ApplicationAttributes.from_dict(_application_attributes)

        except PARSE_ERRORS:
            application_attributes = UNSET
            d["application_attributes"] = _raw_application_attributes

        async_task_results = cls(
            valid=valid,
            errors=errors,
            application_attributes=application_attributes,
        )

        async_task_results.additional_properties = d
        return async_task_results

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


from ..models.application_attributes import ApplicationAttributes  # noqa: E402
from ..models.attribute_validation_error import AttributeValidationError  # noqa: E402
