from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..models.async_process_status import AsyncProcessStatus
from ..models.async_task_type import AsyncTaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncProcessResponse")


@_attrs_define
class AsyncProcessResponse:
    """Successful answer: the common envelope plus the async process itself. The reference page
    marks no field required; only the envelope fields are guaranteed. Open, like every answer,
    on the composition too: OpenAPI Generator's Go client reads the composed object's own
    `additionalProperties`, not its parts'.

    """

    _errors: list[ApiError]
    _warnings: list[ApiWarning]
    _api_request_id: str
    uuid: str | Unset = UNSET
    """ Identifier of the async process (the `asyncProcessesUuid` asked for). """
    status: AsyncProcessStatus | Unset = UNSET
    """ State of an async process or of one of its steps. `NOT_STARTED`: queued; `IN_PROGRESS`:
    running; `COMPLETED`: finished successfully; `NOT_NEEDED`: finished without work to do
    (treated as success); `FAILED`: finished unsuccessfully.
     """
    async_task_type: AsyncTaskType | Unset = UNSET
    """ Kind of work the async process performs. """
    name: str | Unset = UNSET
    """ Human-readable name of the process. """
    start_time: None | str | Unset = UNSET
    """ When the process started. The reference page types it as a plain string and
    documents no format; no public sample of a real value for this endpoint could be
    found, and another myKaarma API is recorded sending space-separated
    `2026-07-22 14:00:00` times (SOURCES.md S7), so the spec does not assert ISO 8601
    (`date-time`). Null or absent before the process has started.
     """
    end_time: None | str | Unset = UNSET
    """ When the process ended; a plain string like `startTime`. Null or absent while the
    process is `NOT_STARTED` or `IN_PROGRESS`.
     """
    task_details: None | str | Unset = UNSET
    """ Details of the requested task as one string (the reference page types it as a
    string, not an object); may be null.
     """
    steps: list[AsyncProcessStep] | Unset = UNSET
    """ The steps of the process; their statuses give the process's progress. """
    service_subscriber: ServiceSubscriber | Unset = UNSET
    """ The service subscriber (API client account) the process belongs to. """
    business: Business | Unset = UNSET
    """ The business entity (dealer or product) the process acts on. """
    requester_user: RequesterUser | Unset = UNSET
    """ The user on whose behalf the process was requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def errors(self) -> list[ApiError]:
        """Errors of this request; empty on success."""
        value = self._errors
        if value is MISSING:
            raise_missing(self, "errors", "errors")
        return value

    @errors.setter
    def errors(self, value: list[ApiError]) -> None:
        self._errors = value

    @property
    def warnings(self) -> list[ApiWarning]:
        """Warnings of this request; often empty."""
        value = self._warnings
        if value is MISSING:
            raise_missing(self, "warnings", "warnings")
        return value

    @warnings.setter
    def warnings(self, value: list[ApiWarning]) -> None:
        self._warnings = value

    @property
    def api_request_id(self) -> str:
        """Identifier myKaarma assigns to this API call; quote it to myKaarma support."""
        value = self._api_request_id
        if value is MISSING:
            raise_missing(self, "apiRequestId", "api_request_id")
        return value

    @api_request_id.setter
    def api_request_id(self, value: str) -> None:
        self._api_request_id = value

    def to_dict(self) -> dict[str, Any]:
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

        uuid = self.uuid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        async_task_type: str | Unset = UNSET
        if not isinstance(self.async_task_type, Unset):
            async_task_type = self.async_task_type.value

        if async_task_type is not UNSET:
            field_dict["asyncTaskType"] = async_task_type

        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        task_details: None | str | Unset
        if isinstance(self.task_details, Unset):
            task_details = UNSET
        else:
            task_details = self.task_details
        if task_details is not UNSET:
            field_dict["taskDetails"] = task_details

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        if steps is not UNSET:
            field_dict["steps"] = steps

        service_subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_subscriber, Unset):
            service_subscriber = self.service_subscriber.to_dict()
        if service_subscriber is not UNSET:
            field_dict["serviceSubscriber"] = service_subscriber

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()
        if business is not UNSET:
            field_dict["business"] = business

        requester_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester_user, Unset):
            requester_user = self.requester_user.to_dict()
        if requester_user is not UNSET:
            field_dict["requesterUser"] = requester_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_errors = d.pop("errors", MISSING)
        try:
            errors = []
            _errors = _raw_errors
            for errors_item_data in _errors:
                errors_item = ApiError.from_dict(errors_item_data)

                errors.append(errors_item)

        except PARSE_ERRORS:
            errors = MISSING
            if _raw_errors is not MISSING:
                d["errors"] = _raw_errors

        _raw_warnings = d.pop("warnings", MISSING)
        try:
            warnings = []
            _warnings = _raw_warnings
            for warnings_item_data in _warnings:
                warnings_item = ApiWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        except PARSE_ERRORS:
            warnings = MISSING
            if _raw_warnings is not MISSING:
                d["warnings"] = _raw_warnings

        _raw_api_request_id = d.pop("apiRequestId", MISSING)
        try:
            api_request_id = _raw_api_request_id
            if not isinstance(api_request_id, str):
                raise TypeError("apiRequestId")
        except PARSE_ERRORS:
            api_request_id = MISSING
            if _raw_api_request_id is not MISSING:
                d["apiRequestId"] = _raw_api_request_id

        _raw_uuid = d.pop("uuid", UNSET)
        try:
            uuid = _raw_uuid
            if not isinstance(uuid, (str, Unset)):
                raise TypeError("uuid")
        except PARSE_ERRORS:
            uuid = UNSET
            d["uuid"] = _raw_uuid

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: AsyncProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AsyncProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            d["status"] = _raw_status

        _raw_async_task_type = d.pop("asyncTaskType", UNSET)
        try:
            _async_task_type = _raw_async_task_type
            async_task_type: AsyncTaskType | Unset
            if isinstance(_async_task_type, Unset):
                async_task_type = UNSET
            else:
                async_task_type = AsyncTaskType.from_wire(_async_task_type)

        except PARSE_ERRORS:
            async_task_type = UNSET
            d["asyncTaskType"] = _raw_async_task_type

        _raw_name = d.pop("name", UNSET)
        try:
            name = _raw_name
            if not isinstance(name, (str, Unset)):
                raise TypeError("name")
        except PARSE_ERRORS:
            name = UNSET
            d["name"] = _raw_name

        _raw_start_time = d.pop("startTime", UNSET)
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
            d["startTime"] = _raw_start_time

        _raw_end_time = d.pop("endTime", UNSET)
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
            d["endTime"] = _raw_end_time

        _raw_task_details = d.pop("taskDetails", UNSET)
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
            d["taskDetails"] = _raw_task_details

        _raw_steps = d.pop("steps", UNSET)
        try:
            _steps = _raw_steps
            steps: list[AsyncProcessStep] | Unset = UNSET
            if _steps is not UNSET:
                steps = []
                for steps_item_data in _steps:
                    steps_item = AsyncProcessStep.from_dict(steps_item_data)

                    steps.append(steps_item)

        except PARSE_ERRORS:
            steps = UNSET
            d["steps"] = _raw_steps

        _raw_service_subscriber = d.pop("serviceSubscriber", UNSET)
        try:
            _service_subscriber = _raw_service_subscriber
            service_subscriber: ServiceSubscriber | Unset
            if isinstance(_service_subscriber, Unset):
                service_subscriber = UNSET
            else:
                service_subscriber = ServiceSubscriber.from_dict(_service_subscriber)

        except PARSE_ERRORS:
            service_subscriber = UNSET
            d["serviceSubscriber"] = _raw_service_subscriber

        _raw_business = d.pop("business", UNSET)
        try:
            _business = _raw_business
            business: Business | Unset
            if isinstance(_business, Unset):
                business = UNSET
            else:
                business = Business.from_dict(_business)

        except PARSE_ERRORS:
            business = UNSET
            d["business"] = _raw_business

        _raw_requester_user = d.pop("requesterUser", UNSET)
        try:
            _requester_user = _raw_requester_user
            requester_user: RequesterUser | Unset
            if isinstance(_requester_user, Unset):
                requester_user = UNSET
            else:
                requester_user = RequesterUser.from_dict(_requester_user)

        except PARSE_ERRORS:
            requester_user = UNSET
            d["requesterUser"] = _raw_requester_user

        async_process_response = cls(
            errors=errors,
            warnings=warnings,
            api_request_id=api_request_id,
            uuid=uuid,
            status=status,
            async_task_type=async_task_type,
            name=name,
            start_time=start_time,
            end_time=end_time,
            task_details=task_details,
            steps=steps,
            service_subscriber=service_subscriber,
            business=business,
            requester_user=requester_user,
        )

        async_process_response.additional_properties = d
        return async_process_response

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
