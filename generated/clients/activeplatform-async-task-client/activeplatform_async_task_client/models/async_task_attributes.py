from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..models.async_task_status import AsyncTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskAttributes")


@_attrs_define
class AsyncTaskAttributes:
    """State of the asynchronous task."""

    _status: AsyncTaskStatus
    failure_message: str | Unset = UNSET
    """ Why the task failed on the platform side; meaningful when `status` is `failed`. In other
    states the field is an empty string (as in the documentation's example, where a
    completed task carries `""` rather than `null`, which points to an empty-string default
    for the column). It is not listed as required because the docs only promise it for
    failed tasks; it is not typed nullable because neither the docs nor known answers show
    `null` for it (tests/corpus/activeplatform/SOURCES.md).
     """
    results: AsyncTaskResults | None | Unset = UNSET
    """ Outcome of the validation, filled once `status` is `completed` (reference page). Before
    that (and for a `failed` task) it is `null`: ActivePlatform's API is a Rails
    application whose serializers write an attribute without a value as `null` rather than
    leave it out, as its own response examples show (`"promo_code": null` in the API v1
    guide, https://docs.activeplatform.com/api-guide/2.0/en/klienty-v1/poluchenie-spiska-podpisok-klienta;
    tests/corpus/activeplatform/SOURCES.md S3, S4). The seed page types it as an object and
    says when it is present; it does not promise it is never `null`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def status(self) -> AsyncTaskStatus:
        """Status of the asynchronous task:
        * `pending`: the task has been created;
        * `running`: the task is active, the validation is under way;
        * `completed`: the task finished successfully (see `results`);
        * `failed`: the task failed because of an error on the platform side (see `failure_message`).
        """
        value = self._status
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: AsyncTaskStatus) -> None:
        self._status = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

        failure_message = self.failure_message
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, AsyncTaskResults):
            results = self.results.to_dict()
        else:
            results = self.results
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_status = d.pop("status", MISSING)
        try:
            status = AsyncTaskStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                d["status"] = _raw_status

        _raw_failure_message = d.pop("failure_message", UNSET)
        try:
            failure_message = _raw_failure_message
            if not isinstance(failure_message, (str, Unset)):
                raise TypeError("failure_message")
        except PARSE_ERRORS:
            failure_message = UNSET
            d["failure_message"] = _raw_failure_message

        _raw_results = d.pop("results", UNSET)
        try:

            def _parse_results(data: object) -> AsyncTaskResults | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not (isinstance(data, dict) and {"valid"} <= data.keys()):
                        raise TypeError()
                    results_type_0 = AsyncTaskResults.from_dict(data)

                    return results_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AsyncTaskResults | None | Unset, data)

            results = _parse_results(_raw_results)

        except PARSE_ERRORS:
            results = UNSET
            d["results"] = _raw_results

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
