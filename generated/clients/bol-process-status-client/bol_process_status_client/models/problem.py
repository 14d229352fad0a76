from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
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

    _title: str
    _status: int
    type_: str | Unset = UNSET
    """ The problem type URI; bol's own problems use the fixed value
    `https://api.bol.com/problems`. Absent from the gateway's 401, 403 and 429 problems.
     """
    detail: str | Unset = UNSET
    """ A more detailed explanation of this occurrence of the problem. """
    host: str | Unset = UNSET
    """ An identifier of the server instance that reported the problem. """
    instance: str | Unset = UNSET
    """ The full URL of the resource that reported the problem. """
    violations: list[Violation] | Unset = UNSET
    """ One entry per invalid field or parameter (on validation errors). Several entries may
    name the same field.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def title(self) -> str:
        """A short description of the kind of problem."""
        value = self._title
        if value is MISSING:
            raise_missing(self, "title", "title")
        return value

    @title.setter
    def title(self, value: str) -> None:
        self._title = value

    @property
    def status(self) -> int:
        """The HTTP status code of the answer."""
        value = self._status
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: int) -> None:
        self._status = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._title is not MISSING:
            title = self._title
            field_dict["title"] = title

        if self._status is not MISSING:
            status = self._status
            field_dict["status"] = status

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        detail = self.detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        host = self.host
        if host is not UNSET:
            field_dict["host"] = host

        instance = self.instance
        if instance is not UNSET:
            field_dict["instance"] = instance

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_title = d.pop("title", MISSING)
        try:
            title = _raw_title
            if not isinstance(title, str):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = MISSING
            if _raw_title is not MISSING:
                d["title"] = _raw_title

        _raw_status = d.pop("status", MISSING)
        try:
            status = _raw_status
            if not isinstance(status, int):
                raise TypeError("status")
        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                d["status"] = _raw_status

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            d["type"] = _raw_type_

        _raw_detail = d.pop("detail", UNSET)
        try:
            detail = _raw_detail
            if not isinstance(detail, (str, Unset)):
                raise TypeError("detail")
        except PARSE_ERRORS:
            detail = UNSET
            d["detail"] = _raw_detail

        _raw_host = d.pop("host", UNSET)
        try:
            host = _raw_host
            if not isinstance(host, (str, Unset)):
                raise TypeError("host")
        except PARSE_ERRORS:
            host = UNSET
            d["host"] = _raw_host

        _raw_instance = d.pop("instance", UNSET)
        try:
            instance = _raw_instance
            if not isinstance(instance, (str, Unset)):
                raise TypeError("instance")
        except PARSE_ERRORS:
            instance = UNSET
            d["instance"] = _raw_instance

        _raw_violations = d.pop("violations", UNSET)
        try:
            _violations = _raw_violations
            violations: list[Violation] | Unset = UNSET
            if _violations is not UNSET:
                violations = []
                for violations_item_data in _violations:
                    violations_item = Violation.from_dict(violations_item_data)

                    violations.append(violations_item)

        except PARSE_ERRORS:
            violations = UNSET
            d["violations"] = _raw_violations

        problem = cls(
            title=title,
            status=status,
            type_=type_,
            detail=detail,
            host=host,
            instance=instance,
            violations=violations,
        )

        problem.additional_properties = d
        return problem

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
