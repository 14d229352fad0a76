from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


class Problem:
    """An RFC 7807 problem object describing why a request failed.

    `required` is what every recorded bol problem carries: `title` and `status`. bol's
    description (every copy from v9 in 2023 to April 2026) requires `type`, `title`,
    `status`, `detail` and `violations`, but the recorded answers disagree: the gateway's
    401 ("Expired JWT"), 403 and 429 problems have no `type`, `host`, `instance` or
    `violations` (picqer `tests/Fixtures/http/`@50d8cf6), a 404 has no `violations`
    (123lens/bol-retailer-api `tests/Mocks/`@7065745), and the problem example on bol's
    Marketing Catalog API error page (same platform,
    https://api.bol.com/marketing/docs/catalog-api/errors.html) has no `detail`.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "title": "title",
        "status": "status",
        "type_": "type",
        "detail": "detail",
        "host": "host",
        "instance": "instance",
        "violations": "violations",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _title: str = PENDING
    _status: int = PENDING
    _type_: str | Unset = PENDING
    _detail: str | Unset = PENDING
    _host: str | Unset = PENDING
    _instance: str | Unset = PENDING
    _violations: list[Violation] | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        title: str,
        status: int,
        type_: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        host: str | Unset = UNSET,
        instance: str | Unset = UNSET,
        violations: list[Violation] | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._title = title
        self._status = status
        self._type_ = type_
        self._detail = detail
        self._host = host
        self._instance = instance
        self._violations = violations
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def title(self) -> str:
        """A short description of the kind of problem."""
        value = self._title
        if value is PENDING:
            value = self._load_title()
        if value is MISSING:
            raise_missing(self, "title", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    def _load_title(self) -> str:
        _raw_title = self._object_.get("title", MISSING)
        try:
            title = _raw_title
            if not isinstance(title, str):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = MISSING
            if _raw_title is not MISSING:
                self._keep_unusable_("title", _raw_title)
        self._title = title
        return self._title

    @property
    def status(self) -> int:
        """The HTTP status code of the answer."""
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: int) -> None:
        self._status = value

    def _load_status(self) -> int:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = _raw_status
            if not isinstance(status, int):
                raise TypeError("status")
        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def type_(self) -> str | Unset:
        """The problem type URI; bol's own problems use the fixed value
        `https://api.bol.com/problems`. Absent from the gateway's 401, 403 and 429 problems.
        """
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        return value

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        self._type_ = value

    def _load_type_(self) -> str | Unset:
        _raw_type_ = self._object_.get("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            if _raw_type_ is not UNSET:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def detail(self) -> str | Unset:
        """A more detailed explanation of this occurrence of the problem."""
        value = self._detail
        if value is PENDING:
            value = self._load_detail()
        return value

    @detail.setter
    def detail(self, value: str | Unset) -> None:
        self._detail = value

    def _load_detail(self) -> str | Unset:
        _raw_detail = self._object_.get("detail", UNSET)
        try:
            detail = _raw_detail
            if not isinstance(detail, (str, Unset)):
                raise TypeError("detail")
        except PARSE_ERRORS:
            detail = UNSET
            if _raw_detail is not UNSET:
                self._keep_unusable_("detail", _raw_detail)
        self._detail = detail
        return self._detail

    @property
    def host(self) -> str | Unset:
        """An identifier of the server instance that reported the problem."""
        value = self._host
        if value is PENDING:
            value = self._load_host()
        return value

    @host.setter
    def host(self, value: str | Unset) -> None:
        self._host = value

    def _load_host(self) -> str | Unset:
        _raw_host = self._object_.get("host", UNSET)
        try:
            host = _raw_host
            if not isinstance(host, (str, Unset)):
                raise TypeError("host")
        except PARSE_ERRORS:
            host = UNSET
            if _raw_host is not UNSET:
                self._keep_unusable_("host", _raw_host)
        self._host = host
        return self._host

    @property
    def instance(self) -> str | Unset:
        """The full URL of the resource that reported the problem."""
        value = self._instance
        if value is PENDING:
            value = self._load_instance()
        return value

    @instance.setter
    def instance(self, value: str | Unset) -> None:
        self._instance = value

    def _load_instance(self) -> str | Unset:
        _raw_instance = self._object_.get("instance", UNSET)
        try:
            instance = _raw_instance
            if not isinstance(instance, (str, Unset)):
                raise TypeError("instance")
        except PARSE_ERRORS:
            instance = UNSET
            if _raw_instance is not UNSET:
                self._keep_unusable_("instance", _raw_instance)
        self._instance = instance
        return self._instance

    @property
    def violations(self) -> list[Violation] | Unset:
        """One entry per invalid field or parameter (on validation errors). Several entries may
        name the same field.
        """
        value = self._violations
        if value is PENDING:
            value = self._load_violations()
        return value

    @violations.setter
    def violations(self, value: list[Violation] | Unset) -> None:
        self._violations = value

    def _load_violations(self) -> list[Violation] | Unset:
        _raw_violations = self._object_.get("violations", UNSET)
        try:
            _violations = _raw_violations
            violations: list[Violation] | Unset = UNSET
            if _violations is not UNSET:
                violations = list(map(Violation.from_dict, _violations))

        except PARSE_ERRORS:
            violations = UNSET
            if _raw_violations is not UNSET:
                self._keep_unusable_("violations", _raw_violations)
        self._violations = violations
        return self._violations

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._title is PENDING:
            self._load_title()
        if self._status is PENDING:
            self._load_status()
        if self._type_ is PENDING:
            self._load_type_()
        if self._detail is PENDING:
            self._load_detail()
        if self._host is PENDING:
            self._load_host()
        if self._instance is PENDING:
            self._load_instance()
        if self._violations is PENDING:
            self._load_violations()

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
        if not isinstance(other, Problem) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._title,
            self._status,
            self._type_,
            self._detail,
            self._host,
            self._instance,
            self._violations,
            self.additional_properties,
        ) == (
            other._title,
            other._status,
            other._type_,
            other._detail,
            other._host,
            other._instance,
            other._violations,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"title={self._title!r}")
        fields.append(f"status={self._status!r}")
        if self._type_ is not UNSET:
            fields.append(f"type_={self._type_!r}")
        if self._detail is not UNSET:
            fields.append(f"detail={self._detail!r}")
        if self._host is not UNSET:
            fields.append(f"host={self._host!r}")
        if self._instance is not UNSET:
            fields.append(f"instance={self._instance!r}")
        if self._violations is not UNSET:
            fields.append(f"violations={self._violations!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._title is not MISSING:
            title = self._title
            field_dict["title"] = title

        if self._status is not MISSING:
            status = self._status
            field_dict["status"] = status

        type_ = self._type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        detail = self._detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        host = self._host
        if host is not UNSET:
            field_dict["host"] = host

        instance = self._instance
        if instance is not UNSET:
            field_dict["instance"] = instance

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._violations, Unset):
            violations = []
            for violations_item_data in self._violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        if violations is not UNSET:
            field_dict["violations"] = violations

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


from ..models.violation import Violation  # noqa: E402
