from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import PARSE_ERRORS, PENDING

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiError")


class JsonApiError:
    """One JSON:API error object."""

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "id": "id",
        "links": "links",
        "status": "status",
        "code": "code",
        "title": "title",
        "detail": "detail",
        "source": "source",
        "meta": "meta",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: str | Unset = PENDING
    _links: JsonApiErrorLinks | Unset = PENDING
    _status: str | Unset = PENDING
    _code: str | Unset = PENDING
    _title: str | Unset = PENDING
    _detail: str | Unset = PENDING
    _source: JsonApiErrorSource | Unset = PENDING
    _meta: JsonApiErrorMeta | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        id: str | Unset = UNSET,
        links: JsonApiErrorLinks | Unset = UNSET,
        status: str | Unset = UNSET,
        code: str | Unset = UNSET,
        title: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        source: JsonApiErrorSource | Unset = UNSET,
        meta: JsonApiErrorMeta | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._id = id
        self._links = links
        self._status = status
        self._code = code
        self._title = title
        self._detail = detail
        self._source = source
        self._meta = meta
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> str | Unset:
        """Identifier of this occurrence of the problem."""
        value = self._id
        if value is PENDING:
            value = self._load_id()
        return value

    @id.setter
    def id(self, value: str | Unset) -> None:
        self._id = value

    def _load_id(self) -> str | Unset:
        _raw_id = self._object_.get("id", UNSET)
        try:
            id = _raw_id
            if not isinstance(id, (str, Unset)):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = UNSET
            if _raw_id is not UNSET:
                self._keep_unusable_("id", _raw_id)
        self._id = id
        return self._id

    @property
    def links(self) -> JsonApiErrorLinks | Unset:
        """Links of a JSON:API error object."""
        value = self._links
        if value is PENDING:
            value = self._load_links()
        return value

    @links.setter
    def links(self, value: JsonApiErrorLinks | Unset) -> None:
        self._links = value

    def _load_links(self) -> JsonApiErrorLinks | Unset:
        _raw_links = self._object_.get("links", UNSET)
        try:
            _links = _raw_links
            links: JsonApiErrorLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JsonApiErrorLinks.from_dict(_links)

        except PARSE_ERRORS:
            links = UNSET
            if _raw_links is not UNSET:
                self._keep_unusable_("links", _raw_links)
        self._links = links
        return self._links

    @property
    def status(self) -> str | Unset:
        """HTTP status code of the problem, as a string (e.g. `"404"`)."""
        value = self._status
        if value is PENDING:
            value = self._load_status()
        return value

    @status.setter
    def status(self, value: str | Unset) -> None:
        self._status = value

    def _load_status(self) -> str | Unset:
        _raw_status = self._object_.get("status", UNSET)
        try:
            status = _raw_status
            if not isinstance(status, (str, Unset)):
                raise TypeError("status")
        except PARSE_ERRORS:
            status = UNSET
            if _raw_status is not UNSET:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def code(self) -> str | Unset:
        """Application-specific error code."""
        value = self._code
        if value is PENDING:
            value = self._load_code()
        return value

    @code.setter
    def code(self, value: str | Unset) -> None:
        self._code = value

    def _load_code(self) -> str | Unset:
        _raw_code = self._object_.get("code", UNSET)
        try:
            code = _raw_code
            if not isinstance(code, (str, Unset)):
                raise TypeError("code")
        except PARSE_ERRORS:
            code = UNSET
            if _raw_code is not UNSET:
                self._keep_unusable_("code", _raw_code)
        self._code = code
        return self._code

    @property
    def title(self) -> str | Unset:
        """Short, human-readable summary of the kind of problem."""
        value = self._title
        if value is PENDING:
            value = self._load_title()
        return value

    @title.setter
    def title(self, value: str | Unset) -> None:
        self._title = value

    def _load_title(self) -> str | Unset:
        _raw_title = self._object_.get("title", UNSET)
        try:
            title = _raw_title
            if not isinstance(title, (str, Unset)):
                raise TypeError("title")
        except PARSE_ERRORS:
            title = UNSET
            if _raw_title is not UNSET:
                self._keep_unusable_("title", _raw_title)
        self._title = title
        return self._title

    @property
    def detail(self) -> str | Unset:
        """Human-readable explanation of this occurrence of the problem."""
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
    def source(self) -> JsonApiErrorSource | Unset:
        """What in the request caused the error."""
        value = self._source
        if value is PENDING:
            value = self._load_source()
        return value

    @source.setter
    def source(self, value: JsonApiErrorSource | Unset) -> None:
        self._source = value

    def _load_source(self) -> JsonApiErrorSource | Unset:
        _raw_source = self._object_.get("source", UNSET)
        try:
            _source = _raw_source
            source: JsonApiErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = JsonApiErrorSource.from_dict(_source)

        except PARSE_ERRORS:
            source = UNSET
            if _raw_source is not UNSET:
                self._keep_unusable_("source", _raw_source)
        self._source = source
        return self._source

    @property
    def meta(self) -> JsonApiErrorMeta | Unset:
        """Non-standard meta-information about the error."""
        value = self._meta
        if value is PENDING:
            value = self._load_meta()
        return value

    @meta.setter
    def meta(self, value: JsonApiErrorMeta | Unset) -> None:
        self._meta = value

    def _load_meta(self) -> JsonApiErrorMeta | Unset:
        _raw_meta = self._object_.get("meta", UNSET)
        try:
            _meta = _raw_meta
            meta: JsonApiErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JsonApiErrorMeta.from_dict(_meta)

        except PARSE_ERRORS:
            meta = UNSET
            if _raw_meta is not UNSET:
                self._keep_unusable_("meta", _raw_meta)
        self._meta = meta
        return self._meta

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._links is PENDING:
            self._load_links()
        if self._status is PENDING:
            self._load_status()
        if self._code is PENDING:
            self._load_code()
        if self._title is PENDING:
            self._load_title()
        if self._detail is PENDING:
            self._load_detail()
        if self._source is PENDING:
            self._load_source()
        if self._meta is PENDING:
            self._load_meta()

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
        if not isinstance(other, JsonApiError) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._id,
            self._links,
            self._status,
            self._code,
            self._title,
            self._detail,
            self._source,
            self._meta,
            self.additional_properties,
        ) == (
            other._id,
            other._links,
            other._status,
            other._code,
            other._title,
            other._detail,
            other._source,
            other._meta,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        if self._id is not UNSET:
            fields.append(f"id={self._id!r}")
        if self._links is not UNSET:
            fields.append(f"links={self._links!r}")
        if self._status is not UNSET:
            fields.append(f"status={self._status!r}")
        if self._code is not UNSET:
            fields.append(f"code={self._code!r}")
        if self._title is not UNSET:
            fields.append(f"title={self._title!r}")
        if self._detail is not UNSET:
            fields.append(f"detail={self._detail!r}")
        if self._source is not UNSET:
            fields.append(f"source={self._source!r}")
        if self._meta is not UNSET:
            fields.append(f"meta={self._meta!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        id = self._id
        if id is not UNSET:
            field_dict["id"] = id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self._links, Unset):
            links = self._links.to_dict()
        if links is not UNSET:
            field_dict["links"] = links

        status = self._status
        if status is not UNSET:
            field_dict["status"] = status

        code = self._code
        if code is not UNSET:
            field_dict["code"] = code

        title = self._title
        if title is not UNSET:
            field_dict["title"] = title

        detail = self._detail
        if detail is not UNSET:
            field_dict["detail"] = detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self._source, Unset):
            source = self._source.to_dict()
        if source is not UNSET:
            field_dict["source"] = source

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self._meta, Unset):
            meta = self._meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

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


from ..models.json_api_error_links import JsonApiErrorLinks  # noqa: E402
from ..models.json_api_error_meta import JsonApiErrorMeta  # noqa: E402
from ..models.json_api_error_source import JsonApiErrorSource  # noqa: E402
