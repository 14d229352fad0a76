from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_process_status import AsyncProcessStatus
from ..models.async_task_type import AsyncTaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncProcessResponse")


@_attrs_define
class AsyncProcessResponse:
    """Successful answer: the common envelope plus the async process itself. The reference page
    marks no field required; only the envelope fields are guaranteed.

    """

    errors: list[ApiError]
    """ Errors of this request; empty on success. """
    warnings: list[ApiWarning]
    """ Warnings of this request; often empty. """
    api_request_id: str
    """ Identifier myKaarma assigns to this API call; quote it to myKaarma support. """
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
    documents no format; no public sample of a real value could be found, so the
    spec does not assert ISO 8601 (`date-time`). Null or absent before the process
    has started.
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

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        api_request_id = self.api_request_id

        uuid = self.uuid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        async_task_type: str | Unset = UNSET
        if not isinstance(self.async_task_type, Unset):
            async_task_type = self.async_task_type.value

        name = self.name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        task_details: None | str | Unset
        if isinstance(self.task_details, Unset):
            task_details = UNSET
        else:
            task_details = self.task_details

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        service_subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_subscriber, Unset):
            service_subscriber = self.service_subscriber.to_dict()

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        requester_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requester_user, Unset):
            requester_user = self.requester_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "warnings": warnings,
                "apiRequestId": api_request_id,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status is not UNSET:
            field_dict["status"] = status
        if async_task_type is not UNSET:
            field_dict["asyncTaskType"] = async_task_type
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if task_details is not UNSET:
            field_dict["taskDetails"] = task_details
        if steps is not UNSET:
            field_dict["steps"] = steps
        if service_subscriber is not UNSET:
            field_dict["serviceSubscriber"] = service_subscriber
        if business is not UNSET:
            field_dict["business"] = business
        if requester_user is not UNSET:
            field_dict["requesterUser"] = requester_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ApiError.from_dict(errors_item_data)

            errors.append(errors_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = ApiWarning.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        api_request_id = d.pop("apiRequestId")

        uuid = d.pop("uuid", UNSET)

        _status = d.pop("status", UNSET)
        status: AsyncProcessStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AsyncProcessStatus.from_wire(_status)

        _async_task_type = d.pop("asyncTaskType", UNSET)
        async_task_type: AsyncTaskType | Unset
        if isinstance(_async_task_type, Unset):
            async_task_type = UNSET
        else:
            async_task_type = AsyncTaskType.from_wire(_async_task_type)

        name = d.pop("name", UNSET)

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_task_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_details = _parse_task_details(d.pop("taskDetails", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[AsyncProcessStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AsyncProcessStep.from_dict(steps_item_data)

                steps.append(steps_item)

        _service_subscriber = d.pop("serviceSubscriber", UNSET)
        service_subscriber: ServiceSubscriber | Unset
        if isinstance(_service_subscriber, Unset):
            service_subscriber = UNSET
        else:
            service_subscriber = ServiceSubscriber.from_dict(_service_subscriber)

        _business = d.pop("business", UNSET)
        business: Business | Unset
        if isinstance(_business, Unset):
            business = UNSET
        else:
            business = Business.from_dict(_business)

        _requester_user = d.pop("requesterUser", UNSET)
        requester_user: RequesterUser | Unset
        if isinstance(_requester_user, Unset):
            requester_user = UNSET
        else:
            requester_user = RequesterUser.from_dict(_requester_user)

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
