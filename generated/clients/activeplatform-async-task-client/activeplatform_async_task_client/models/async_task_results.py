from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskResults")


class AsyncTaskResults:
    """Outcome of the validation of the additional attributes. Present when `status` is
    `completed`.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "valid": "valid",
        "errors": "errors",
        "application_attributes": "application_attributes",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _valid: bool = PENDING
    _errors: list[AttributeValidationError] | Unset = PENDING
    _application_attributes: ApplicationAttributes | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        valid: bool,
        errors: list[AttributeValidationError] | Unset = UNSET,
        application_attributes: ApplicationAttributes | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._valid = valid
        self._errors = errors
        self._application_attributes = application_attributes
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def valid(self) -> bool:
        """`true` when every additional attribute is valid, `false` when at least one is not."""
        value = self._valid
        if value is PENDING:
            value = self._load_valid()
        if value is MISSING:
            raise_missing(self, "valid", "valid")
        return value

    @valid.setter
    def valid(self, value: bool) -> None:
        self._valid = value

    def _load_valid(self) -> bool:
        _raw_valid = self._object_.get("valid", MISSING)
        try:
            valid = _raw_valid
            if not isinstance(valid, bool):
                raise TypeError("valid")
        except PARSE_ERRORS:
            valid = MISSING
            if _raw_valid is not MISSING:
                self._keep_unusable_("valid", _raw_valid)
        self._valid = valid
        return self._valid

    @property
    def errors(self) -> list[AttributeValidationError] | Unset:
        """Problems found with the additional attributes, filled when `valid` is `false`. Each item
        maps additional-attribute keys to the description of what is wrong with their values.
        The documentation's example shows `[{}]` even for a valid result, so an item may be an
        empty object.
        """
        value = self._errors
        if value is PENDING:
            value = self._load_errors()
        return value

    @errors.setter
    def errors(self, value: list[AttributeValidationError] | Unset) -> None:
        self._errors = value

    def _load_errors(self) -> list[AttributeValidationError] | Unset:
        _raw_errors = self._object_.get("errors", UNSET)
        try:
            _errors = _raw_errors
            errors: list[AttributeValidationError] | Unset = UNSET
            if _errors is not UNSET:
                errors = list(map(AttributeValidationError.from_dict, _errors))

        except PARSE_ERRORS:
            errors = UNSET
            if _raw_errors is not UNSET:
                self._keep_unusable_("errors", _raw_errors)
        self._errors = errors
        return self._errors

    @property
    def application_attributes(self) -> ApplicationAttributes | Unset:
        """Additional (application) attributes the task worked on, keyed by attribute key. The
        documentation leaves this object undescribed (its example shows only a placeholder), so its
        content is opaque here.
        """
        value = self._application_attributes
        if value is PENDING:
            value = self._load_application_attributes()
        return value

    @application_attributes.setter
    def application_attributes(self, value: ApplicationAttributes | Unset) -> None:
        self._application_attributes = value

    def _load_application_attributes(self) -> ApplicationAttributes | Unset:
        _raw_application_attributes = self._object_.get("application_attributes", UNSET)
        try:
            _application_attributes = _raw_application_attributes
            application_attributes: ApplicationAttributes | Unset
            if isinstance(_application_attributes, Unset):
                application_attributes = UNSET
            else:
                application_attributes = ApplicationAttributes.from_dict(_application_attributes)

        except PARSE_ERRORS:
            application_attributes = UNSET
            if _raw_application_attributes is not UNSET:
                self._keep_unusable_("application_attributes", _raw_application_attributes)
        self._application_attributes = application_attributes
        return self._application_attributes

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._valid is PENDING:
            self._load_valid()
        if self._errors is PENDING:
            self._load_errors()
        if self._application_attributes is PENDING:
            self._load_application_attributes()

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
        if not isinstance(other, AsyncTaskResults) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._valid, self._errors, self._application_attributes, self.additional_properties) == (
            other._valid,
            other._errors,
            other._application_attributes,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"valid={self._valid!r}")
        if self._errors is not UNSET:
            fields.append(f"errors={self._errors!r}")
        if self._application_attributes is not UNSET:
            fields.append(f"application_attributes={self._application_attributes!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._valid is not MISSING:
            valid = self._valid
            field_dict["valid"] = valid

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._errors, Unset):
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        if errors is not UNSET:
            field_dict["errors"] = errors

        application_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self._application_attributes, Unset):
            application_attributes = self._application_attributes.to_dict()
        if application_attributes is not UNSET:
            field_dict["application_attributes"] = application_attributes

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


from ..models.application_attributes import ApplicationAttributes  # noqa: E402
from ..models.attribute_validation_error import AttributeValidationError  # noqa: E402
