from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

T = TypeVar("T", bound="JobRef")


class JobRef:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {"job_id": "jobId"}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _job_id: UUID = PENDING

    def __init__(self, job_id: UUID) -> None:
        self._object_ = {}
        self._job_id = job_id

    @property
    def job_id(self) -> UUID:
        value = self._job_id
        if value is PENDING:
            value = self._load_job_id()
        if value is MISSING:
            raise_missing(self, "jobId", "job_id")
        return value

    @job_id.setter
    def job_id(self, value: UUID) -> None:
        self._job_id = value

    def _load_job_id(self) -> UUID:
        _raw_job_id = self._object_.get("jobId", MISSING)
        try:
            job_id = UUID(_raw_job_id)

        except PARSE_ERRORS:
            job_id = MISSING
        self._job_id = job_id
        return self._job_id

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._job_id is PENDING:
            self._load_job_id()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JobRef) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (self._job_id,) == (other._job_id,)

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"job_id={self._job_id!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}

        if self._job_id is not MISSING:
            job_id = str(self._job_id)
            field_dict["jobId"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as stock output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        return self
