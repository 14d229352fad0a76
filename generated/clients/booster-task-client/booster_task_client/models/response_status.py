from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseStatus")


class ResponseStatus:
    """ServiceStack `ResponseStatus`, the details of a failure. `errors` is not always sent: the DTO declares it nullable
    (`List<ResponseError>? Errors`, ServiceStack source `ResponseStatus.cs`) and null members are left out; the
    framework's usual builder sets it to an empty list, but an `HttpError` written without a response DTO yields a
    status without it (`HttpResultUtils.CreateErrorResponse`). PROVIDERS.md lists `errors` as always present; the
    framework source shows it is not.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "error_code": "errorCode",
        "message": "message",
        "stack_trace": "stackTrace",
        "errors": "errors",
        "meta": "meta",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _error_code: str = PENDING
    _message: str = PENDING
    _stack_trace: str | Unset = PENDING
    _errors: list[ResponseError] | Unset = PENDING
    _meta: ResponseStatusMeta | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        error_code: str,
        message: str,
        stack_trace: str | Unset = UNSET,
        errors: list[ResponseError] | Unset = UNSET,
        meta: ResponseStatusMeta | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._error_code = error_code
        self._message = message
        self._stack_trace = stack_trace
        self._errors = errors
        self._meta = meta
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def error_code(self) -> str:
        """Machine-readable code: the exception's type name (e.g. `ArgumentException`) or the HTTP status name (e.g.
        `NotFound`, `Unauthorized`)."""
        value = self._error_code
        if value is PENDING:
            value = self._load_error_code()
        if value is MISSING:
            raise_missing(self, "errorCode", "error_code")
        return value

    @error_code.setter
    def error_code(self, value: str) -> None:
        self._error_code = value

    def _load_error_code(self) -> str:
        _raw_error_code = self._object_.get("errorCode", MISSING)
        try:
            error_code = _raw_error_code
            if not isinstance(error_code, str):
                raise TypeError("errorCode")
        except PARSE_ERRORS:
            error_code = MISSING
            if _raw_error_code is not MISSING:
                self._keep_unusable_("errorCode", _raw_error_code)
        self._error_code = error_code
        return self._error_code

    @property
    def message(self) -> str:
        """Human-readable message."""
        value = self._message
        if value is PENDING:
            value = self._load_message()
        if value is MISSING:
            raise_missing(self, "message", "message")
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def _load_message(self) -> str:
        _raw_message = self._object_.get("message", MISSING)
        try:
            message = _raw_message
            if not isinstance(message, str):
                raise TypeError("message")
        except PARSE_ERRORS:
            message = MISSING
            if _raw_message is not MISSING:
                self._keep_unusable_("message", _raw_message)
        self._message = message
        return self._message

    @property
    def stack_trace(self) -> str | Unset:
        """Server stack trace; present only when the service runs in debug mode (then `meta` may carry
        `InnerMessages`)."""
        value = self._stack_trace
        if value is PENDING:
            value = self._load_stack_trace()
        return value

    @stack_trace.setter
    def stack_trace(self, value: str | Unset) -> None:
        self._stack_trace = value

    def _load_stack_trace(self) -> str | Unset:
        _raw_stack_trace = self._object_.get("stackTrace", UNSET)
        try:
            stack_trace = _raw_stack_trace
            if not isinstance(stack_trace, (str, Unset)):
                raise TypeError("stackTrace")
        except PARSE_ERRORS:
            stack_trace = UNSET
            if _raw_stack_trace is not UNSET:
                self._keep_unusable_("stackTrace", _raw_stack_trace)
        self._stack_trace = stack_trace
        return self._stack_trace

    @property
    def errors(self) -> list[ResponseError] | Unset:
        """Field-level errors, e.g. of request binding or validation; usually an empty list when there are none,
        sometimes absent (see above)."""
        value = self._errors
        if value is PENDING:
            value = self._load_errors()
        return value

    @errors.setter
    def errors(self, value: list[ResponseError] | Unset) -> None:
        self._errors = value

    def _load_errors(self) -> list[ResponseError] | Unset:
        _raw_errors = self._object_.get("errors", UNSET)
        try:
            _errors = _raw_errors
            errors: list[ResponseError] | Unset = UNSET
            if _errors is not UNSET:
                errors = list(map(ResponseError.from_dict, _errors))

        except PARSE_ERRORS:
            errors = UNSET
            if _raw_errors is not UNSET:
                self._keep_unusable_("errors", _raw_errors)
        self._errors = errors
        return self._errors

    @property
    def meta(self) -> ResponseStatusMeta | Unset:
        """Additional string metadata about the error."""
        value = self._meta
        if value is PENDING:
            value = self._load_meta()
        return value

    @meta.setter
    def meta(self, value: ResponseStatusMeta | Unset) -> None:
        self._meta = value

    def _load_meta(self) -> ResponseStatusMeta | Unset:
        _raw_meta = self._object_.get("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: ResponseStatusMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ResponseStatusMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            if _raw_meta is not UNSET:
                self._keep_unusable_("meta", _raw_meta)
        self._meta = meta
        return self._meta

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._error_code is PENDING:
            self._load_error_code()
        if self._message is PENDING:
            self._load_message()
        if self._stack_trace is PENDING:
            self._load_stack_trace()
        if self._errors is PENDING:
            self._load_errors()
        if self._meta is PENDING:
            self._load_meta()

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
        if not isinstance(other, ResponseStatus) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._error_code,
            self._message,
            self._stack_trace,
            self._errors,
            self._meta,
            self.additional_properties,
        ) == (
            other._error_code,
            other._message,
            other._stack_trace,
            other._errors,
            other._meta,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"error_code={self._error_code!r}")
        fields.append(f"message={self._message!r}")
        if self._stack_trace is not UNSET:
            fields.append(f"stack_trace={self._stack_trace!r}")
        if self._errors is not UNSET:
            fields.append(f"errors={self._errors!r}")
        if self._meta is not UNSET:
            fields.append(f"meta={self._meta!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._error_code is not MISSING:
            error_code = self._error_code
            field_dict["errorCode"] = error_code

        if self._message is not MISSING:
            message = self._message
            field_dict["message"] = message

        stack_trace = self._stack_trace
        if stack_trace is not UNSET:
            field_dict["stackTrace"] = stack_trace

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._errors, Unset):
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        if errors is not UNSET:
            field_dict["errors"] = errors

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self._meta, Unset):
            meta = self._meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

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


from ..models.response_error import ResponseError  # noqa: E402
from ..models.response_status_meta import ResponseStatusMeta  # noqa: E402
