from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.async_task_status import AsyncTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncTaskAttributes")


class AsyncTaskAttributes:
    """State of the asynchronous task."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "status": "status",
        "failure_message": "failure_message",
        "results": "results",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _status: AsyncTaskStatus = PENDING
    _failure_message: str | Unset = PENDING
    _results: AsyncTaskResults | None | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        status: AsyncTaskStatus,
        failure_message: str | Unset = UNSET,
        results: AsyncTaskResults | None | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._status = status
        self._failure_message = failure_message
        self._results = results
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def status(self) -> AsyncTaskStatus:
        """Status of the asynchronous task:
        * `pending`: the task has been created;
        * `running`: the task is active, the validation is under way;
        * `completed`: the task finished successfully (see `results`);
        * `failed`: the task failed because of an error on the platform side (see `failure_message`).
        """
        value = self._status
        if value is PENDING:
            value = self._load_status()
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: AsyncTaskStatus) -> None:
        self._status = value

    def _load_status(self) -> AsyncTaskStatus:
        _raw_status = self._object_.get("status", MISSING)
        try:
            status = AsyncTaskStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def failure_message(self) -> str | Unset:
        """Why the task failed on the platform side; meaningful when `status` is `failed`. In other
        states the field is an empty string (as in the documentation's example, where a
        completed task carries `""` rather than `null`, which points to an empty-string default
        for the column). It is not listed as required because the docs only promise it for
        failed tasks; it is not typed nullable because neither the docs nor known answers show
        `null` for it (tests/corpus/activeplatform/SOURCES.md).
        """
        value = self._failure_message
        if value is PENDING:
            value = self._load_failure_message()
        return value

    @failure_message.setter
    def failure_message(self, value: str | Unset) -> None:
        self._failure_message = value

    def _load_failure_message(self) -> str | Unset:
        _raw_failure_message = self._object_.get("failure_message", UNSET)
        try:
            failure_message = _raw_failure_message
            if not isinstance(failure_message, (str, Unset)):
                raise TypeError("failure_message")
        except PARSE_ERRORS:
            failure_message = UNSET
            if _raw_failure_message is not UNSET:
                self._keep_unusable_("failure_message", _raw_failure_message)
        self._failure_message = failure_message
        return self._failure_message

    @property
    def results(self) -> AsyncTaskResults | None | Unset:
        """Outcome of the validation, filled once `status` is `completed` (reference page). Before
        that (and for a `failed` task) it is `null`: ActivePlatform's API is a Rails
        application whose serializers write an attribute without a value as `null` rather than
        leave it out, as its own response examples show (`"promo_code": null` in the API v1
        guide, https://docs.activeplatform.com/api-guide/2.0/en/klienty-v1/poluchenie-spiska-podpisok-klienta;
        tests/corpus/activeplatform/SOURCES.md S3, S4). The seed page types it as an object and
        says when it is present; it does not promise it is never `null`.
        """
        value = self._results
        if value is PENDING:
            value = self._load_results()
        return value

    @results.setter
    def results(self, value: AsyncTaskResults | None | Unset) -> None:
        self._results = value

    def _load_results(self) -> AsyncTaskResults | None | Unset:
        _raw_results = self._object_.get("results", UNSET)
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
            if _raw_results is not UNSET:
                self._keep_unusable_("results", _raw_results)
        self._results = results
        return self._results

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._status is PENDING:
            self._load_status()
        if self._failure_message is PENDING:
            self._load_failure_message()
        if self._results is PENDING:
            self._load_results()

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
        if not isinstance(other, AsyncTaskAttributes) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._status, self._failure_message, self._results, self.additional_properties) == (
            other._status,
            other._failure_message,
            other._results,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"status={self._status!r}")
        if self._failure_message is not UNSET:
            fields.append(f"failure_message={self._failure_message!r}")
        if self._results is not UNSET:
            fields.append(f"results={self._results!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

        failure_message = self._failure_message
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message

        results: dict[str, Any] | None | Unset
        if isinstance(self._results, Unset):
            results = UNSET
        elif isinstance(self._results, AsyncTaskResults):
            results = self._results.to_dict()
        else:
            results = self._results
        if results is not UNSET:
            field_dict["results"] = results

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


from ..models.async_task_results import AsyncTaskResults  # noqa: E402
