from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="JobsBulkRequest")


class JobsBulkRequest:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"jobs": "jobs"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _jobs: list[JobRef] = PENDING

    def __init__(self, jobs: list[JobRef]) -> None:
        self._object_ = {}
        self._jobs = jobs

    @property
    def jobs(self) -> list[JobRef]:
        value = self._jobs
        if value is PENDING:
            value = self._load_jobs()
        if value is MISSING:
            raise_missing(self, "jobs", "jobs")
        return value

    @jobs.setter
    def jobs(self, value: list[JobRef]) -> None:
        self._jobs = value

    def _load_jobs(self) -> list[JobRef]:
        _raw_jobs = self._object_.get("jobs", MISSING)
        try:
            jobs = list(map(JobRef.from_dict, _raw_jobs))

        except PARSE_ERRORS:
            jobs = MISSING
        self._jobs = jobs
        return self._jobs

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._jobs is PENDING:
            self._load_jobs()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobsBulkRequest) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._jobs,) == (other._jobs,)

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"jobs={self._jobs!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}

        if self._jobs is not MISSING:
            jobs = []
            for jobs_item_data in self._jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self


from ..models.job_ref import JobRef  # noqa: E402
