from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 7807 problem object describing why a request failed.

    `required` is what every bol problem is seen to carry. bol's descriptions disagree on
    the rest: the vendored v10 copy requires only `violations`, the vendored v9 OpenAPI 3
    copy requires `type`, `title`, `status`, `detail` and `violations`, and the problem
    example on bol's Marketing Catalog API error page (same platform,
    https://api.bol.com/marketing/docs/catalog-api/errors.html) has no `detail`; so
    `detail`, `host`, `instance` and `violations` are optional here.

    """

    type_: str
    """ The problem type URI; bol uses the fixed value `https://api.bol.com/problems`. """
    title: str
    """ A short description of the kind of problem. """
    status: int
    """ The HTTP status code of the answer. """
    detail: str | Unset = UNSET
    """ A more detailed explanation of this occurrence of the problem. """
    host: str | Unset = UNSET
    """ An identifier of the server instance that reported the problem. """
    instance: str | Unset = UNSET
    """ The full URL of the resource that reported the problem. """
    violations: list[Violation] | Unset = UNSET
    """ One entry per invalid field or parameter (on validation errors). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        host = self.host

        instance = self.instance

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if host is not UNSET:
            field_dict["host"] = host
        if instance is not UNSET:
            field_dict["instance"] = instance
        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail", UNSET)

        host = d.pop("host", UNSET)

        instance = d.pop("instance", UNSET)

        _violations = d.pop("violations", UNSET)
        violations: list[Violation] | Unset = UNSET
        if _violations is not UNSET:
            violations = []
            for violations_item_data in _violations:
                violations_item = Violation.from_dict(violations_item_data)

                violations.append(violations_item)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
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
