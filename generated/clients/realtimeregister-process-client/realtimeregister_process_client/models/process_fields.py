from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
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

    _id: int
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
    """ A finer-grained explanation of why the process is in its current status, e.g.
    `Contact validation failed`. The live API sends this field and the provider's
    official SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,
    realtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get
    process" page does not list it, the current OTE copy of the page
    (https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.
    Its values are free text, not enumerated.
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
    """ The entity the process concerns, e.g. a domain name or a contact handle. Absent when
    the process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"
    page calls it required, but Realtime Register's PHP SDK (realtimeregister-php,
    src/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,
    with test data `process_without_identifier.php`) treats it as optional.
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

    @property
    def id(self) -> int:
        """The process id."""
        value = self._id
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: int) -> None:
        self._id = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = self._id
            field_dict["id"] = id

        user = self.user
        if user is not UNSET:
            field_dict["user"] = user

        customer = self.customer
        if customer is not UNSET:
            field_dict["customer"] = customer

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status

        status_detail = self.status_detail
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date

        updated_date: str | Unset = UNSET
        if not isinstance(self.updated_date, Unset):
            updated_date = format_datetime(self.updated_date)
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        started_date: str | Unset = UNSET
        if not isinstance(self.started_date, Unset):
            started_date = format_datetime(self.started_date)
        if started_date is not UNSET:
            field_dict["startedDate"] = started_date

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        action = self.action
        if action is not UNSET:
            field_dict["action"] = action

        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()
        if refund is not UNSET:
            field_dict["refund"] = refund

        command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command.to_dict()
        if command is not UNSET:
            field_dict["command"] = command

        resume_types: list[str] | Unset = UNSET
        if not isinstance(self.resume_types, Unset):
            resume_types = []
            for resume_types_item_data in self.resume_types:
                resume_types_item = resume_types_item_data.value
                resume_types.append(resume_types_item)

        if resume_types is not UNSET:
            field_dict["resumeTypes"] = resume_types

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()
        if error is not UNSET:
            field_dict["error"] = error

        billables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billables, Unset):
            billables = []
            for billables_item_data in self.billables:
                billables_item = billables_item_data.to_dict()
                billables.append(billables_item)

        if billables is not UNSET:
            field_dict["billables"] = billables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_id = d.pop("id", MISSING)
        try:
            id = _raw_id
            if not isinstance(id, int):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                d["id"] = _raw_id

        _raw_user = d.pop("user", UNSET)
        try:
            user = _raw_user
            if not isinstance(user, (str, Unset)):
                raise TypeError("user")
        except PARSE_ERRORS:
            user = UNSET
            d["user"] = _raw_user

        _raw_customer = d.pop("customer", UNSET)
        try:
            customer = _raw_customer
            if not isinstance(customer, (str, Unset)):
                raise TypeError("customer")
        except PARSE_ERRORS:
            customer = UNSET
            d["customer"] = _raw_customer

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            d["status"] = _raw_status

        _raw_status_detail = d.pop("statusDetail", UNSET)
        try:
            status_detail = _raw_status_detail
            if not isinstance(status_detail, (str, Unset)):
                raise TypeError("statusDetail")
        except PARSE_ERRORS:
            status_detail = UNSET
            d["statusDetail"] = _raw_status_detail

        _raw_created_date = d.pop("createdDate", UNSET)
        try:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = parse_datetime(_created_date)

        except PARSE_ERRORS:
            created_date = UNSET
            d["createdDate"] = _raw_created_date

        _raw_updated_date = d.pop("updatedDate", UNSET)
        try:
            _updated_date = _raw_updated_date
            updated_date: datetime.datetime | Unset
            if isinstance(_updated_date, Unset):
                updated_date = UNSET
            else:
                updated_date = parse_datetime(_updated_date)

        except PARSE_ERRORS:
            updated_date = UNSET
            d["updatedDate"] = _raw_updated_date

        _raw_started_date = d.pop("startedDate", UNSET)
        try:
            _started_date = _raw_started_date
            started_date: datetime.datetime | Unset
            if isinstance(_started_date, Unset):
                started_date = UNSET
            else:
                started_date = parse_datetime(_started_date)

        except PARSE_ERRORS:
            started_date = UNSET
            d["startedDate"] = _raw_started_date

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            d["type"] = _raw_type_

        _raw_identifier = d.pop("identifier", UNSET)
        try:
            identifier = _raw_identifier
            if not isinstance(identifier, (str, Unset)):
                raise TypeError("identifier")
        except PARSE_ERRORS:
            identifier = UNSET
            d["identifier"] = _raw_identifier

        _raw_action = d.pop("action", UNSET)
        try:
            action = _raw_action
            if not isinstance(action, (str, Unset)):
                raise TypeError("action")
        except PARSE_ERRORS:
            action = UNSET
            d["action"] = _raw_action

        _raw_reservation = d.pop("reservation", UNSET)
        try:
            _reservation = _raw_reservation
            reservation: ProcessFieldsReservation | Unset
            if isinstance(_reservation, Unset):
                reservation = UNSET
            else:
                reservation = ProcessFieldsReservation.from_dict(_reservation)

        except PARSE_ERRORS:
            reservation = UNSET
            d["reservation"] = _raw_reservation

        _raw_transaction = d.pop("transaction", UNSET)
        try:
            _transaction = _raw_transaction
            transaction: ProcessFieldsTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = ProcessFieldsTransaction.from_dict(_transaction)

        except PARSE_ERRORS:
            transaction = UNSET
            d["transaction"] = _raw_transaction

        _raw_refund = d.pop("refund", UNSET)
        try:
            _refund = _raw_refund
            refund: ProcessFieldsRefund | Unset
            if isinstance(_refund, Unset):
                refund = UNSET
            else:
                refund = ProcessFieldsRefund.from_dict(_refund)

        except PARSE_ERRORS:
            refund = UNSET
            d["refund"] = _raw_refund

        _raw_command = d.pop("command", UNSET)
        try:
            _command = _raw_command
            command: ProcessCommand | Unset
            if isinstance(_command, Unset):
                command = UNSET
            else:
                command = ProcessCommand.from_dict(_command)

        except PARSE_ERRORS:
            command = UNSET
            d["command"] = _raw_command

        _raw_resume_types = d.pop("resumeTypes", UNSET)
        try:
            _resume_types = _raw_resume_types
            resume_types: list[ResumeType] | Unset = UNSET
            if _resume_types is not UNSET:
                resume_types = []
                for resume_types_item_data in _resume_types:
                    resume_types_item = ResumeType.from_wire(resume_types_item_data)

                    resume_types.append(resume_types_item)

        except PARSE_ERRORS:
            resume_types = UNSET
            d["resumeTypes"] = _raw_resume_types

        _raw_error = d.pop("error", UNSET)
        try:
            _error = _raw_error
            error: ProcessErrorContent | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ProcessErrorContent.from_dict(_error)

        except PARSE_ERRORS:
            error = UNSET
            d["error"] = _raw_error

        _raw_billables = d.pop("billables", UNSET)
        try:
            _billables = _raw_billables
            billables: list[Billable] | Unset = UNSET
            if _billables is not UNSET:
                billables = []
                for billables_item_data in _billables:
                    billables_item = Billable.from_dict(billables_item_data)

                    billables.append(billables_item)

        except PARSE_ERRORS:
            billables = UNSET
            d["billables"] = _raw_billables

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
