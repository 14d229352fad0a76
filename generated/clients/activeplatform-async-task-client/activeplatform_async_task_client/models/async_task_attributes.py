from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_task_status import AsyncTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskAttributes")


@_attrs_define
class AsyncTaskAttributes:
    """State of the asynchronous task."""

    status: AsyncTaskStatus
    """ Status of the asynchronous task:
    * `pending`: the task has been created;
    * `running`: the task is active, the validation is under way;
    * `completed`: the task finished successfully (see `results`);
    * `failed`: the task failed because of an error on the platform side (see `failure_message`).
     """
    failure_message: str | Unset = UNSET
    """ Why the task failed on the platform side; meaningful when `status` is `failed`. In other
    states the field is usually an empty string (as in the documentation's example). It is
    not listed as required because the docs only promise it for failed tasks; it is not
    typed nullable because neither the docs nor known answers show `null`.
     """
    results: AsyncTaskResults | Unset = UNSET
    """ Outcome of the validation of the additional attributes. Present when `status` is
    `completed`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        failure_message = self.failure_message

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AsyncTaskStatus.from_wire(d.pop("status"))

        failure_message = d.pop("failure_message", UNSET)

        _results = d.pop("results", UNSET)
        results: AsyncTaskResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = AsyncTaskResults.from_dict(_results)

        async_task_attributes = cls(
            status=status,
            failure_message=failure_message,
            results=results,
        )

        async_task_attributes.additional_properties = d
        return async_task_attributes

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


from ..models.async_task_results import AsyncTaskResults  # noqa: E402
