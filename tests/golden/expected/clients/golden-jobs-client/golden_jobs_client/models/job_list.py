from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobList")


class JobList:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"jobs": "jobs", "total": "total"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _jobs: list[Job] = PENDING
    _total: int | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(self, jobs: list[Job], total: int | Unset = UNSET) -> None:
        self._object_ = {}
        self._jobs = jobs
        self._total = total
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def jobs(self) -> list[Job]:
        value = self._jobs
        if value is PENDING:
            value = self._load_jobs()
        if value is MISSING:
            raise_missing(self, "jobs", "jobs")
        return value

    @jobs.setter
    def jobs(self, value: list[Job]) -> None:
        self._jobs = value

    def _load_jobs(self) -> list[Job]:
        _raw_jobs = self._object_.get("jobs", MISSING)
        try:
            jobs = list(map(Job.from_dict, _raw_jobs))

        except PARSE_ERRORS:
            jobs = MISSING
            if _raw_jobs is not MISSING:
                self._keep_unusable_("jobs", _raw_jobs)
        self._jobs = jobs
        return self._jobs

    @property
    def total(self) -> int | Unset:
        value = self._total
        if value is PENDING:
            value = self._load_total()
        return value

    @total.setter
    def total(self, value: int | Unset) -> None:
        self._total = value

    def _load_total(self) -> int | Unset:
        _raw_total = self._object_.get("total", UNSET)
        try:
            total = _raw_total
            if not isinstance(total, (int, Unset)):
                raise TypeError("total")
        except PARSE_ERRORS:
            total = UNSET
            if _raw_total is not UNSET:
                self._keep_unusable_("total", _raw_total)
        self._total = total
        return self._total

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._jobs is PENDING:
            self._load_jobs()
        if self._total is PENDING:
            self._load_total()

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
        if not isinstance(other, JobList) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._jobs, self._total, self.additional_properties) == (
            other._jobs,
            other._total,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"jobs={self._jobs!r}")
        if self._total is not UNSET:
            fields.append(f"total={self._total!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._jobs is not MISSING:
            jobs = []
            for jobs_item_data in self._jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

            field_dict["jobs"] = jobs

        total = self._total
        if total is not UNSET:
            field_dict["total"] = total

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


from ..models.job import Job  # noqa: E402
