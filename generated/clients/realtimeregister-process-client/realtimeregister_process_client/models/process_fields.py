from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime, parse_datetime
from ..models.process_status import ProcessStatus
from ..models.resume_type import ResumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessFields")


@_attrs_define
class ProcessFields:
    """The answer to a request with `fields`: `id` plus the requested `Process` fields, with the
    same types as in `Process` (the selected fields are kept as sent). Which fields appear
    depends on the request, so only `id` is required.

    """

    id: int
    """ The process id. """
    user: str | Unset = UNSET
    """ The user who started the process, as `<customerHandle>/<loginName>`. """
    customer: str | Unset = UNSET
    """ Handle of the customer the process belongs to. """
    status: ProcessStatus | Unset = UNSET
    """ The state of a process. The "Get process" page leaves the list of possible values
    empty; these are the values of the provider's official SDKs (realtimeregister-ts
    `ProcessStatus`, realtimeregister-php `ProcessStatusEnum`).

    `IN_DOUBT`: the outcome at the registry is not known yet; Realtime Register resolves it
    later, so it is not a final state (the waiters treat it as running).
     """
    status_detail: str | Unset = UNSET
    """ A finer-grained status text. The live API sends this field, and the provider's
    official SDKs read it (realtimeregister-ts `Process.statusDetail`,
    realtimeregister-php `Process::$statusDetail`), but the "Get process" page does not
    list it, so it is optional here and its values are not enumerated.
     """
    created_date: datetime.datetime | Unset = UNSET
    """ When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`). """
    updated_date: datetime.datetime | Unset = UNSET
    """ When the process was last updated. """
    started_date: datetime.datetime | Unset = UNSET
    """ When the process was started; absent while it has not started. """
    type_: str | Unset = UNSET
    """ The kind of entity the process concerns, e.g. `domain`, `contact`, `host`. """
    identifier: str | Unset = UNSET
    """ The entity the process concerns, e.g. a domain name or a contact handle. Required on
    the "Get process" page; note that the official PHP SDK also accepts a process without
    it (its test data has such a case), so an answer lacking it would be a deviation from
    the documentation.
     """
    action: str | Unset = UNSET
    """ What the process does to the entity, e.g. `create`, `update`, `transfer`. """
    reservation: ProcessFieldsReservation | Unset = UNSET
    """ The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
    transaction: ProcessFieldsTransaction | Unset = UNSET
    """ The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
    refund: ProcessFieldsRefund | Unset = UNSET
    """ The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
    command: ProcessCommand | Unset = UNSET
    """ The content of the command that started the process, as sent by the caller. Its shape depends on the process
    `type` and `action`, so it is kept opaque. """
    resume_types: list[ResumeType] | Unset = UNSET
    """ The ways in which the process can be resumed (mostly while it is `SUSPENDED`). """
    error: ProcessErrorContent | Unset = UNSET
    """ The content of the error the process ended with, when it has one. The page does not describe its shape, so
    it is kept opaque. """
    billables: list[Billable] | Unset = UNSET
    """ The products billed for this process. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        customer = self.customer

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_detail = self.status_detail

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = format_datetime(self.updated_date)

        started_date: str | Unset = UNSET
        if not isinstance(self.started_date, Unset):
            started_date = format_datetime(self.started_date)

        type_ = self.type_

        identifier = self.identifier

        action = self.action

        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command.to_dict()

        resume_types: list[str] | Unset = UNSET
        if not isinstance(self.resume_types, Unset):
            resume_types = []
            for resume_types_item_data in self.resume_types:
                resume_types_item = resume_types_item_data.value
                resume_types.append(resume_types_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        billables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billables, Unset):
            billables = []
            for billables_item_data in self.billables:
                billables_item = billables_item_data.to_dict()
                billables.append(billables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if customer is not UNSET:
            field_dict["customer"] = customer
        if status is not UNSET:
            field_dict["status"] = status
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if started_date is not UNSET:
            field_dict["startedDate"] = started_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if action is not UNSET:
            field_dict["action"] = action
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if refund is not UNSET:
            field_dict["refund"] = refund
        if command is not UNSET:
            field_dict["command"] = command
        if resume_types is not UNSET:
            field_dict["resumeTypes"] = resume_types
        if error is not UNSET:
            field_dict["error"] = error
        if billables is not UNSET:
            field_dict["billables"] = billables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user", UNSET)

        customer = d.pop("customer", UNSET)

        _status = d.pop("status", UNSET)
        status: ProcessStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProcessStatus.from_wire(_status)

        status_detail = d.pop("statusDetail", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = parse_datetime(_created_date)

        _updated_date = d.pop("updatedDate", UNSET)
        updated_date: datetime.datetime | Unset
        if isinstance(_updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = parse_datetime(_updated_date)

        _started_date = d.pop("startedDate", UNSET)
        started_date: datetime.datetime | Unset
        if isinstance(_started_date, Unset):
            started_date = UNSET
        else:
            started_date = parse_datetime(_started_date)

        type_ = d.pop("type", UNSET)

        identifier = d.pop("identifier", UNSET)

        action = d.pop("action", UNSET)

        _reservation = d.pop("reservation", UNSET)
        reservation: ProcessFieldsReservation | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = ProcessFieldsReservation.from_dict(_reservation)

        _transaction = d.pop("transaction", UNSET)
        transaction: ProcessFieldsTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = ProcessFieldsTransaction.from_dict(_transaction)

        _refund = d.pop("refund", UNSET)
        refund: ProcessFieldsRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = ProcessFieldsRefund.from_dict(_refund)

        _command = d.pop("command", UNSET)
        command: ProcessCommand | Unset
        if isinstance(_command, Unset):
            command = UNSET
        else:
            command = ProcessCommand.from_dict(_command)

        _resume_types = d.pop("resumeTypes", UNSET)
        resume_types: list[ResumeType] | Unset = UNSET
        if _resume_types is not UNSET:
            resume_types = []
            for resume_types_item_data in _resume_types:
                resume_types_item = ResumeType.from_wire(resume_types_item_data)

                resume_types.append(resume_types_item)

        _error = d.pop("error", UNSET)
        error: ProcessErrorContent | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessErrorContent.from_dict(_error)

        _billables = d.pop("billables", UNSET)
        billables: list[Billable] | Unset = UNSET
        if _billables is not UNSET:
            billables = []
            for billables_item_data in _billables:
                billables_item = Billable.from_dict(billables_item_data)

                billables.append(billables_item)

        process_fields = cls(
            id=id,
            user=user,
            customer=customer,
            status=status,
            status_detail=status_detail,
            created_date=created_date,
            updated_date=updated_date,
            started_date=started_date,
            type_=type_,
            identifier=identifier,
            action=action,
            reservation=reservation,
            transaction=transaction,
            refund=refund,
            command=command,
            resume_types=resume_types,
            error=error,
            billables=billables,
        )

        process_fields.additional_properties = d
        return process_fields

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


from ..models.billable import Billable  # noqa: E402
from ..models.process_command import ProcessCommand  # noqa: E402
from ..models.process_error_content import ProcessErrorContent  # noqa: E402
from ..models.process_fields_refund import ProcessFieldsRefund  # noqa: E402
from ..models.process_fields_reservation import ProcessFieldsReservation  # noqa: E402
from ..models.process_fields_transaction import ProcessFieldsTransaction  # noqa: E402
