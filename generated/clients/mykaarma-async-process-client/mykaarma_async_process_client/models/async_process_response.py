from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.async_process_status import AsyncProcessStatus
from ..models.async_task_type import AsyncTaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncProcessResponse")


class AsyncProcessResponse:
    """Successful answer: the common envelope plus the async process itself. The reference page
    marks no field required; only the envelope fields are guaranteed. Open, like every answer,
    on the composition too: OpenAPI Generator's Go client reads the composed object's own
    `additionalProperties`, not its parts'.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "warnings": "warnings",
        "api_request_id": "apiRequestId",
        "uuid": "uuid",
        "status": "status",
        "async_task_type": "asyncTaskType",
        "name": "name",
        "start_time": "startTime",
        "end_time": "endTime",
        "task_details": "taskDetails",
        "steps": "steps",
        "service_subscriber": "serviceSubscriber",
        "business": "business",
        "requester_user": "requesterUser",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _errors: list[ApiError] = PENDING
    _warnings: list[ApiWarning] = PENDING
    _api_request_id: str = PENDING
    _uuid: str | Unset = PENDING
    _status: AsyncProcessStatus | Unset = PENDING
    _async_task_type: AsyncTaskType | Unset = PENDING
    _name: str | Unset = PENDING
    _start_time: None | str | Unset = PENDING
    _end_time: None | str | Unset = PENDING
    _task_details: None | str | Unset = PENDING
    _steps: list[AsyncProcessStep] | Unset = PENDING
    _service_subscriber: ServiceSubscriber | Unset = PENDING
    _business: Business | Unset = PENDING
    _requester_user: RequesterUser | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        errors: list[ApiError],
        warnings: list[ApiWarning],
        api_request_id: str,
        uuid: str | Unset = UNSET,
        status: AsyncProcessStatus | Unset = UNSET,
        async_task_type: AsyncTaskType | Unset = UNSET,
        name: str | Unset = UNSET,
        start_time: None | str | Unset = UNSET,
        end_time: None | str | Unset = UNSET,
        task_details: None | str | Unset = UNSET,
        steps: list[AsyncProcessStep] | Unset = UNSET,
        service_subscriber: ServiceSubscriber | Unset = UNSET,
        business: Business | Unset = UNSET,
        requester_user: RequesterUser | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._errors = errors
        self._warnings = warnings
        self._api_request_id = api_request_id
        self._uuid = uuid
        self._status = status
        self._async_task_type = async_task_type
        self._name = name
        self._start_time = start_time
        self._end_time = end_time
        self._task_details = task_details
        self._steps = steps
        self._service_subscriber = service_subscriber
        self._business = business
        self._requester_user = requester_user
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def errors(self) -> list[ApiError]:
        """Errors of this request; empty on success."""
        value = self._errors
        if value is PENDING:
            value = self._load_errors()
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[ApiError]) -> None:
        self._errors = value

    def _load_errors(self) -> list[ApiError]:
        _raw_errors = self._object_.get("errors", MISSING)
        try:
            errors = list(map(ApiError.from_dict, _raw_errors))

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                self._keep_unusable_("errors", _raw_errors)
        self._errors = errors
        return self._errors

    @property
    def warnings(self) -> list[ApiWarning]:
        """Warnings of this request; often empty."""
        value = self._warnings
        if value is PENDING:
            value = self._load_warnings()
        if value is MISSING:
            raise_missing(self, "warnings", "warnings")
        return value

    @warnings.setter
    def warnings(self, value: list[ApiWarning]) -> None:
        self._warnings = value

    def _load_warnings(self) -> list[ApiWarning]:
        _raw_warnings = self._object_.get("warnings", MISSING)
        try:
            warnings = list(map(ApiWarning.from_dict, _raw_warnings))

        except PARSE_ERRORS:
            warnings = MISSING
            if _raw_warnings is not MISSING:
                self._keep_unusable_("warnings", _raw_warnings)
        self._warnings = warnings
        return self._warnings

    @property
    def api_request_id(self) -> str:
        """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""
        value = self._api_request_id
        if value is PENDING:
            value = self._load_api_request_id()
        if value is MISSING:
            raise_missing(self, "apiRequestId", "api_request_id")
        return value

    @api_request_id.setter
    def api_request_id(self, value: str) -> None:
        self._api_request_id = value

    def _load_api_request_id(self) -> str:
        _raw_api_request_id = self._object_.get("apiRequestId", MISSING)
        try:
            api_request_id = _raw_api_request_id
            if not isinstance(api_request_id, str):
                raise TypeError("apiRequestId")
        except PARSE_ERRORS:
            api_request_id = MISSING
            if _raw_api_request_id is not MISSING:
                self._keep_unusable_("apiRequestId", _raw_api_request_id)
        self._api_request_id = api_request_id
        return self._api_request_id

    @property
    def uuid(self) -> str | Unset:
        """Identifier of the async process (the `asyncProcessesUuid` asked for)."""
        value = self._uuid
        if value is PENDING:
            value = self._load_uuid()
        return value

    @uuid.setter
    def uuid(self, value: str | Unset) -> None:
        self._uuid = value

    def _load_uuid(self) -> str | Unset:
        _raw_uuid = self._object_.get("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            if _raw_uuid is not UNSET:
                self._keep_unusable_("uuid", _raw_uuid)
        self._uuid = uuid
        return self._uuid

    @property
    def status(self) -> AsyncProcessStatus | Unset:
        """State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
        running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
        (treated as success); `FAILED`: finished unsuccessfully.
        """
        value = self._status
        if value is PENDING:
            value = self._load_status()
        return value

    @status.setter
    def status(self, value: AsyncProcessStatus | Unset) -> None:
        self._status = value

    def _load_status(self) -> AsyncProcessStatus | Unset:
        _raw_status = self._object_.get("status", UNSET)
        try:
            _status = _raw_status
            status: AsyncProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AsyncProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            if _raw_status is not UNSET:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def async_task_type(self) -> AsyncTaskType | Unset:
        """Kind of work the async process performs."""
        value = self._async_task_type
        if value is PENDING:
            value = self._load_async_task_type()
        return value

    @async_task_type.setter
    def async_task_type(self, value: AsyncTaskType | Unset) -> None:
        self._async_task_type = value

    def _load_async_task_type(self) -> AsyncTaskType | Unset:
        _raw_async_task_type = self._object_.get("asyncTaskType", UNSET)
        try:
            _async_task_type = _raw_async_task_type
            async_task_type: AsyncTaskType | Unset
            if isinstance(_async_task_type, Unset):
                async_task_type = UNSET
            else:
                async_task_type = AsyncTaskType.from_wire(_async_task_type)

        except PARSE_ERRORS:
            async_task_type = UNSET
            if _raw_async_task_type is not UNSET:
                self._keep_unusable_("asyncTaskType", _raw_async_task_type)
        self._async_task_type = async_task_type
        return self._async_task_type

    @property
    def name(self) -> str | Unset:
        """Human-readable name of the process."""
        value = self._name
        if value is PENDING:
            value = self._load_name()
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._name = value

    def _load_name(self) -> str | Unset:
        _raw_name = self._object_.get("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            if _raw_name is not UNSET:
                self._keep_unusable_("name", _raw_name)
        self._name = name
        return self._name

    @property
    def start_time(self) -> None | str | Unset:
        """When the process started. The reference page types it as a plain string and
        documents no format; no public sample of a real value for this endpoint could be
        found, and another myKaarma API is recorded sending space-separated
        `2026-07-22 14:00:00` times (SOURCES.md S7), so the spec does not assert ISO 8601
        (`date-time`). Null or absent before the process has started.
        """
        value = self._start_time
        if value is PENDING:
            value = self._load_start_time()
        return value

    @start_time.setter
    def start_time(self, value: None | str | Unset) -> None:
        self._start_time = value

    def _load_start_time(self) -> None | str | Unset:
        _raw_start_time = self._object_.get("startTime", UNSET)
        try:

            def _parse_start_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            start_time = _parse_start_time(_raw_start_time)

        except PARSE_ERRORS:
            start_time = UNSET
            if _raw_start_time is not UNSET:
                self._keep_unusable_("startTime", _raw_start_time)
        self._start_time = start_time
        return self._start_time

    @property
    def end_time(self) -> None | str | Unset:
        """When the process ended; a plain string like `startTime`. Null or absent while the
        process is `NOT_STARTED` or `IN_PROGRESS`.
        """
        value = self._end_time
        if value is PENDING:
            value = self._load_end_time()
        return value

    @end_time.setter
    def end_time(self, value: None | str | Unset) -> None:
        self._end_time = value

    def _load_end_time(self) -> None | str | Unset:
        _raw_end_time = self._object_.get("endTime", UNSET)
        try:

            def _parse_end_time(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            end_time = _parse_end_time(_raw_end_time)

        except PARSE_ERRORS:
            end_time = UNSET
            if _raw_end_time is not UNSET:
                self._keep_unusable_("endTime", _raw_end_time)
        self._end_time = end_time
        return self._end_time

    @property
    def task_details(self) -> None | str | Unset:
        """Details of the requested task as one string (the reference page types it as a
        string, not an object); may be null.
        """
        value = self._task_details
        if value is PENDING:
            value = self._load_task_details()
        return value

    @task_details.setter
    def task_details(self, value: None | str | Unset) -> None:
        self._task_details = value

    def _load_task_details(self) -> None | str | Unset:
        _raw_task_details = self._object_.get("taskDetails", UNSET)
        try:

            def _parse_task_details(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            task_details = _parse_task_details(_raw_task_details)

        except PARSE_ERRORS:
            task_details = UNSET
            if _raw_task_details is not UNSET:
                self._keep_unusable_("taskDetails", _raw_task_details)
        self._task_details = task_details
        return self._task_details

    @property
    def steps(self) -> list[AsyncProcessStep] | Unset:
        """The steps of the process; their statuses give the process's progress."""
        value = self._steps
        if value is PENDING:
            value = self._load_steps()
        return value

    @steps.setter
    def steps(self, value: list[AsyncProcessStep] | Unset) -> None:
        self._steps = value

    def _load_steps(self) -> list[AsyncProcessStep] | Unset:
        _raw_steps = self._object_.get("steps", UNSET)
        try:
            _steps = _raw_steps
            steps: list[AsyncProcessStep] | Unset = UNSET
            if _steps is not UNSET:
                steps = list(map(AsyncProcessStep.from_dict, _steps))

        except PARSE_ERRORS:
            steps = UNSET
            if _raw_steps is not UNSET:
                self._keep_unusable_("steps", _raw_steps)
        self._steps = steps
        return self._steps

    @property
    def service_subscriber(self) -> ServiceSubscriber | Unset:
        """The service subscriber (API client account) the process belongs to."""
        value = self._service_subscriber
        if value is PENDING:
            value = self._load_service_subscriber()
        return value

    @service_subscriber.setter
    def service_subscriber(self, value: ServiceSubscriber | Unset) -> None:
        self._service_subscriber = value

    def _load_service_subscriber(self) -> ServiceSubscriber | Unset:
        _raw_service_subscriber = self._object_.get("serviceSubscriber", UNSET)
        try:
            _service_subscriber = _raw_service_subscriber
            service_subscriber: ServiceSubscriber | Unset
            if isinstance(_service_subscriber, Unset):
                service_subscriber = UNSET
            else:
                service_subscriber = ServiceSubscriber.from_dict(_service_subscriber)

        except PARSE_ERRORS:
            service_subscriber = UNSET
            if _raw_service_subscriber is not UNSET:
                self._keep_unusable_("serviceSubscriber", _raw_service_subscriber)
        self._service_subscriber = service_subscriber
        return self._service_subscriber

    @property
    def business(self) -> Business | Unset:
        """The business entity (dealer or product) the process acts on."""
        value = self._business
        if value is PENDING:
            value = self._load_business()
        return value

    @business.setter
    def business(self, value: Business | Unset) -> None:
        self._business = value

    def _load_business(self) -> Business | Unset:
        _raw_business = self._object_.get("business", UNSET)
        try:
            _business = _raw_business
            business: Business | Unset
            if isinstance(_business, Unset):
                business = UNSET
            else:
                business = Business.from_dict(_business)

        except PARSE_ERRORS:
            business = UNSET
            if _raw_business is not UNSET:
                self._keep_unusable_("business", _raw_business)
        self._business = business
        return self._business

    @property
    def requester_user(self) -> RequesterUser | Unset:
        """The user on whose behalf the process was requested."""
        value = self._requester_user
        if value is PENDING:
            value = self._load_requester_user()
        return value

    @requester_user.setter
    def requester_user(self, value: RequesterUser | Unset) -> None:
        self._requester_user = value

    def _load_requester_user(self) -> RequesterUser | Unset:
        _raw_requester_user = self._object_.get("requesterUser", UNSET)
        try:
            _requester_user = _raw_requester_user
            requester_user: RequesterUser | Unset
            if isinstance(_requester_user, Unset):
                requester_user = UNSET
            else:
                requester_user = RequesterUser.from_dict(_requester_user)

        except PARSE_ERRORS:
            requester_user = UNSET
            if _raw_requester_user is not UNSET:
                self._keep_unusable_("requesterUser", _raw_requester_user)
        self._requester_user = requester_user
        return self._requester_user

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._errors is PENDING:
            self._load_errors()
        if self._warnings is PENDING:
            self._load_warnings()
        if self._api_request_id is PENDING:
            self._load_api_request_id()
        if self._uuid is PENDING:
            self._load_uuid()
        if self._status is PENDING:
            self._load_status()
        if self._async_task_type is PENDING:
            self._load_async_task_type()
        if self._name is PENDING:
            self._load_name()
        if self._start_time is PENDING:
            self._load_start_time()
        if self._end_time is PENDING:
            self._load_end_time()
        if self._task_details is PENDING:
            self._load_task_details()
        if self._steps is PENDING:
            self._load_steps()
        if self._service_subscriber is PENDING:
            self._load_service_subscriber()
        if self._business is PENDING:
            self._load_business()
        if self._requester_user is PENDING:
            self._load_requester_user()

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
        if not isinstance(other, AsyncProcessResponse) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._errors,
            self._warnings,
            self._api_request_id,
            self._uuid,
            self._status,
            self._async_task_type,
            self._name,
            self._start_time,
            self._end_time,
            self._task_details,
            self._steps,
            self._service_subscriber,
            self._business,
            self._requester_user,
            self.additional_properties,
        ) == (
            other._errors,
            other._warnings,
            other._api_request_id,
            other._uuid,
            other._status,
            other._async_task_type,
            other._name,
            other._start_time,
            other._end_time,
            other._task_details,
            other._steps,
            other._service_subscriber,
            other._business,
            other._requester_user,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"errors={self._errors!r}")
        fields.append(f"warnings={self._warnings!r}")
        fields.append(f"api_request_id={self._api_request_id!r}")
        if self._uuid is not UNSET:
            fields.append(f"uuid={self._uuid!r}")
        if self._status is not UNSET:
            fields.append(f"status={self._status!r}")
        if self._async_task_type is not UNSET:
            fields.append(f"async_task_type={self._async_task_type!r}")
        if self._name is not UNSET:
            fields.append(f"name={self._name!r}")
        if self._start_time is not UNSET:
            fields.append(f"start_time={self._start_time!r}")
        if self._end_time is not UNSET:
            fields.append(f"end_time={self._end_time!r}")
        if self._task_details is not UNSET:
            fields.append(f"task_details={self._task_details!r}")
        if self._steps is not UNSET:
            fields.append(f"steps={self._steps!r}")
        if self._service_subscriber is not UNSET:
            fields.append(f"service_subscriber={self._service_subscriber!r}")
        if self._business is not UNSET:
            fields.append(f"business={self._business!r}")
        if self._requester_user is not UNSET:
            fields.append(f"requester_user={self._requester_user!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._errors is not MISSING:
            errors = []
            for errors_item_data in self._errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

            field_dict["errors"] = errors

        if self._warnings is not MISSING:
            warnings = []
            for warnings_item_data in self._warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

            field_dict["warnings"] = warnings

        if self._api_request_id is not MISSING:
            api_request_id = self._api_request_id
            field_dict["apiRequestId"] = api_request_id

        uuid = self._uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        status: str | Unset = UNSET
        if not isinstance(self._status, Unset):
            status = self._status.value

        if status is not UNSET:
            field_dict["status"] = status

        async_task_type: str | Unset = UNSET
        if not isinstance(self._async_task_type, Unset):
            async_task_type = self._async_task_type.value

        if async_task_type is not UNSET:
            field_dict["asyncTaskType"] = async_task_type

        name = self._name
        if name is not UNSET:
            field_dict["name"] = name

        start_time: None | str | Unset
        if isinstance(self._start_time, Unset):
            start_time = UNSET
        else:
            start_time = self._start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_time: None | str | Unset
        if isinstance(self._end_time, Unset):
            end_time = UNSET
        else:
            end_time = self._end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        task_details: None | str | Unset
        if isinstance(self._task_details, Unset):
            task_details = UNSET
        else:
            task_details = self._task_details
        if task_details is not UNSET:
            field_dict["taskDetails"] = task_details

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._steps, Unset):
            steps = []
            for steps_item_data in self._steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        if steps is not UNSET:
            field_dict["steps"] = steps

        service_subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self._service_subscriber, Unset):
            service_subscriber = self._service_subscriber.to_dict()
        if service_subscriber is not UNSET:
            field_dict["serviceSubscriber"] = service_subscriber

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self._business, Unset):
            business = self._business.to_dict()
        if business is not UNSET:
            field_dict["business"] = business

        requester_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self._requester_user, Unset):
            requester_user = self._requester_user.to_dict()
        if requester_user is not UNSET:
            field_dict["requesterUser"] = requester_user

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


from ..models.api_error import ApiError  # noqa: E402
from ..models.api_warning import ApiWarning  # noqa: E402
from ..models.async_process_step import AsyncProcessStep  # noqa: E402
from ..models.business import Business  # noqa: E402
from ..models.requester_user import RequesterUser  # noqa: E402
from ..models.service_subscriber import ServiceSubscriber  # noqa: E402
