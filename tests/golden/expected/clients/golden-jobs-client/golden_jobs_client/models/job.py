from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast
from uuid import UUID

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..models.job_state import JobState
from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


class Job:
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "id": "id",
        "state": "state",
        "priority": "priority",
        "created_at": "createdAt",
        "progress": "progress",
        "result": "result",
        "tags": "tags",
        "note": "note",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: UUID = PENDING
    _state: JobState = PENDING
    _priority: Priority = PENDING
    _created_at: datetime.datetime = PENDING
    _progress: Progress | Unset = PENDING
    _result: ResultError | ResultFile | Unset = PENDING
    _tags: list[str] | Unset = PENDING
    _note: None | str | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        id: UUID,
        state: JobState,
        priority: Priority,
        created_at: datetime.datetime,
        progress: Progress | Unset = UNSET,
        result: ResultError | ResultFile | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._id = id
        self._state = state
        self._priority = priority
        self._created_at = created_at
        self._progress = progress
        self._result = result
        self._tags = tags
        self._note = note
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> UUID:
        value = self._id
        if value is PENDING:
            value = self._load_id()
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: UUID) -> None:
        self._id = value

    def _load_id(self) -> UUID:
        _raw_id = self._object_.get("id", MISSING)
        try:
            id = UUID(_raw_id)

        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                self._keep_unusable_("id", _raw_id)
        self._id = id
        return self._id

    @property
    def state(self) -> JobState:
        """The state of a job (an open enum; values added later parse as unknown members)."""
        value = self._state
        if value is PENDING:
            value = self._load_state()
        if value is MISSING:
            raise_missing(self, "state", "state")
        return value

    @state.setter
    def state(self, value: JobState) -> None:
        self._state = value

    def _load_state(self) -> JobState:
        _raw_state = self._object_.get("state", MISSING)
        try:
            state = JobState.from_wire(_raw_state)

        except PARSE_ERRORS:
            state = MISSING
            if _raw_state is not MISSING:
                self._keep_unusable_("state", _raw_state)
        self._state = state
        return self._state

    @property
    def priority(self) -> Priority:
        """An integer enum."""
        value = self._priority
        if value is PENDING:
            value = self._load_priority()
        if value is MISSING:
            raise_missing(self, "priority", "priority")
        return value

    @priority.setter
    def priority(self, value: Priority) -> None:
        self._priority = value

    def _load_priority(self) -> Priority:
        _raw_priority = self._object_.get("priority", MISSING)
        try:
            priority = Priority(_raw_priority)

        except PARSE_ERRORS:
            priority = MISSING
            if _raw_priority is not MISSING:
                self._keep_unusable_("priority", _raw_priority)
        self._priority = priority
        return self._priority

    @property
    def created_at(self) -> datetime.datetime:
        value = self._created_at
        if value is PENDING:
            value = self._load_created_at()
        if value is MISSING:
            raise_missing(self, "createdAt", "created_at")
        return value

    @created_at.setter
    def created_at(self, value: datetime.datetime) -> None:
        self._created_at = value

    def _load_created_at(self) -> datetime.datetime:
        _raw_created_at = self._object_.get("createdAt", MISSING)
        try:
            created_at = parse_datetime(_raw_created_at)

        except PARSE_ERRORS:
            created_at = MISSING
            if _raw_created_at is not MISSING:
                self._keep_unusable_("createdAt", _raw_created_at)
        self._created_at = created_at
        return self._created_at

    @property
    def progress(self) -> Progress | Unset:
        value = self._progress
        if value is PENDING:
            value = self._load_progress()
        return value

    @progress.setter
    def progress(self, value: Progress | Unset) -> None:
        self._progress = value

    def _load_progress(self) -> Progress | Unset:
        _raw_progress = self._object_.get("progress", UNSET)
        try:
            _progress = _raw_progress
            progress: Progress | Unset
            if isinstance(_progress, Unset):
                progress = UNSET
            else:
                progress = Progress.from_dict(_progress)

        except PARSE_ERRORS:
            progress = UNSET
            if _raw_progress is not UNSET:
                self._keep_unusable_("progress", _raw_progress)
        self._progress = progress
        return self._progress

    @property
    def result(self) -> ResultError | ResultFile | Unset:
        """What the job produced (a union)."""
        value = self._result
        if value is PENDING:
            value = self._load_result()
        return value

    @result.setter
    def result(self, value: ResultError | ResultFile | Unset) -> None:
        self._result = value

    def _load_result(self) -> ResultError | ResultFile | Unset:
        _raw_result = self._object_.get("result", UNSET)
        try:

            def _parse_result(data: object) -> ResultError | ResultFile | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not (isinstance(data, dict) and {"kind", "url"} <= data.keys()):
                        raise TypeError()
                    result_type_0 = ResultFile.from_dict(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = ResultError.from_dict(data)

                return result_type_1

            result = _parse_result(_raw_result)

        except PARSE_ERRORS:
            result = UNSET
            if _raw_result is not UNSET:
                self._keep_unusable_("result", _raw_result)
        self._result = result
        return self._result

    @property
    def tags(self) -> list[str] | Unset:
        value = self._tags
        if value is PENDING:
            value = self._load_tags()
        return value

    @tags.setter
    def tags(self, value: list[str] | Unset) -> None:
        self._tags = value

    def _load_tags(self) -> list[str] | Unset:
        _raw_tags = self._object_.get("tags", UNSET)
        try:
            tags = cast(list[str], _raw_tags)

        except PARSE_ERRORS:
            tags = UNSET
            if _raw_tags is not UNSET:
                self._keep_unusable_("tags", _raw_tags)
        self._tags = tags
        return self._tags

    @property
    def note(self) -> None | str | Unset:
        value = self._note
        if value is PENDING:
            value = self._load_note()
        return value

    @note.setter
    def note(self, value: None | str | Unset) -> None:
        self._note = value

    def _load_note(self) -> None | str | Unset:
        _raw_note = self._object_.get("note", UNSET)
        try:

            def _parse_note(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note = _parse_note(_raw_note)

        except PARSE_ERRORS:
            note = UNSET
            if _raw_note is not UNSET:
                self._keep_unusable_("note", _raw_note)
        self._note = note
        return self._note

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._state is PENDING:
            self._load_state()
        if self._priority is PENDING:
            self._load_priority()
        if self._created_at is PENDING:
            self._load_created_at()
        if self._progress is PENDING:
            self._load_progress()
        if self._result is PENDING:
            self._load_result()
        if self._tags is PENDING:
            self._load_tags()
        if self._note is PENDING:
            self._load_note()

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
        if not isinstance(other, Job) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._id,
            self._state,
            self._priority,
            self._created_at,
            self._progress,
            self._result,
            self._tags,
            self._note,
            self.additional_properties,
        ) == (
            other._id,
            other._state,
            other._priority,
            other._created_at,
            other._progress,
            other._result,
            other._tags,
            other._note,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        fields.append(f"state={self._state!r}")
        fields.append(f"priority={self._priority!r}")
        fields.append(f"created_at={self._created_at!r}")
        if self._progress is not UNSET:
            fields.append(f"progress={self._progress!r}")
        if self._result is not UNSET:
            fields.append(f"result={self._result!r}")
        if self._tags is not UNSET:
            fields.append(f"tags={self._tags!r}")
        if self._note is not UNSET:
            fields.append(f"note={self._note!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = str(self._id)
            field_dict["id"] = id

        if self._state is not MISSING:
            state = self._state.value
            field_dict["state"] = state

        if self._priority is not MISSING:
            priority = self._priority.value
            field_dict["priority"] = priority

        if self._created_at is not MISSING:
            created_at = format_datetime(self._created_at)
            field_dict["createdAt"] = created_at

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self._progress, Unset):
            progress = self._progress.to_dict()
        if progress is not UNSET:
            field_dict["progress"] = progress

        result: dict[str, Any] | Unset
        if isinstance(self._result, Unset):
            result = UNSET
        elif isinstance(self._result, ResultFile):
            result = self._result.to_dict()
        else:
            result = self._result.to_dict()

        if result is not UNSET:
            field_dict["result"] = result

        tags: list[str] | Unset = UNSET
        if not isinstance(self._tags, Unset):
            tags = self._tags

        if tags is not UNSET:
            field_dict["tags"] = tags

        note: None | str | Unset
        if isinstance(self._note, Unset):
            note = UNSET
        else:
            note = self._note
        if note is not UNSET:
            field_dict["note"] = note

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


from ..models.progress import Progress  # noqa: E402
from ..models.result_error import ResultError  # noqa: E402
from ..models.result_file import ResultFile  # noqa: E402
