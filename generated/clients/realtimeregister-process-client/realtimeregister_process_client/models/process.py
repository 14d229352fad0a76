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

T = TypeVar("T", bound="Process")


@_attrs_define
class Process:
    """An asynchronous process and its current state.

    The required flags describe a full answer. When the request names `fields`, the answer
    holds only those fields and `id`, so required fields may be missing from it.

    `identifier` is not required although the "Get process" page marks it so: processes that
    concern no single entity (e.g. a `billing` `deposit`) come without it. Realtime
    Register's PHP SDK (realtimeregister/realtimeregister-php, src/Domain/Process.php@1414ea0b,
    changed by a Realtime Register developer in commit cdeea70e "Process without a identifier
    (eg. a deposit) wasn't handled correctly") reads it as optional. Every other field the
    page marks required is read unconditionally by both official SDKs and stays required.

    """

    _id: int
    _user: str
    _customer: str
    _status: ProcessStatus
    _created_date: datetime.datetime
    _type_: str
    _action: str
    _command: ProcessCommand
    status_detail: str | Unset = UNSET
    """ A finer-grained explanation of why the process is in its current status, e.g.
    `Contact validation failed`. The live API sends this field and the provider's
    official SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,
    realtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get
    process" page does not list it, the current OTE copy of the page
    (https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.
    Its values are free text, not enumerated.
     """
    updated_date: datetime.datetime | Unset = UNSET
    """ When the process was last updated. """
    started_date: datetime.datetime | Unset = UNSET
    """ When the process was started; absent while it has not started. """
    identifier: str | Unset = UNSET
    """ The entity the process concerns, e.g. a domain name or a contact handle. Absent when
    the process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"
    page calls it required, but Realtime Register's PHP SDK (realtimeregister-php,
    src/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,
    with test data `process_without_identifier.php`) treats it as optional.
     """
    reservation: ProcessReservation | Unset = UNSET
    """ The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
    transaction: ProcessTransaction | Unset = UNSET
    """ The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
    refund: ProcessRefund | Unset = UNSET
    """ The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
    amount in cents of that currency. """
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

    @property
    def user(self) -> str:
        """The user who started the process, as `<customerHandle>/<loginName>`."""
        value = self._user
        if value is MISSING:
            raise_missing(self, "user", "user")
        return value

    @user.setter
    def user(self, value: str) -> None:
        self._user = value

    @property
    def customer(self) -> str:
        """Handle of the customer the process belongs to."""
        value = self._customer
        if value is MISSING:
            raise_missing(self, "customer", "customer")
        return value

    @customer.setter
    def customer(self, value: str) -> None:
        self._customer = value

    @property
    def status(self) -> ProcessStatus:
        """The state of a process. The "Get process" page leaves the list of possible values
        empty; these are the values of the provider's official SDKs (realtimeregister-ts
        `ProcessStatus`, realtimeregister-php `ProcessStatusEnum`).

        `IN_DOUBT`: the outcome at the registry is not known yet; Realtime Register resolves it
        later, so it is not a final state (the waiters treat it as running).
        """
        value = self._status
        if value is MISSING:
            raise_missing(self, "status", "status")
        return value

    @status.setter
    def status(self, value: ProcessStatus) -> None:
        self._status = value

    @property
    def created_date(self) -> datetime.datetime:
        """When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`)."""
        value = self._created_date
        if value is MISSING:
            raise_missing(self, "createdDate", "created_date")
        return value

    @created_date.setter
    def created_date(self, value: datetime.datetime) -> None:
        self._created_date = value

    @property
    def type_(self) -> str:
        """The kind of entity the process concerns, e.g. `domain`, `contact`, `host`."""
        value = self._type_
        if value is MISSING:
            raise_missing(self, "type", "type_")
        return value

    @type_.setter
    def type_(self, value: str) -> None:
        self._type_ = value

    @property
    def action(self) -> str:
        """What the process does to the entity, e.g. `create`, `update`, `transfer`."""
        value = self._action
        if value is MISSING:
            raise_missing(self, "action", "action")
        return value

    @action.setter
    def action(self, value: str) -> None:
        self._action = value

    @property
    def command(self) -> ProcessCommand:
        """The content of the command that started the process, as sent by the caller. Its shape depends on the process
        `type` and `action`, so it is kept opaque."""
        value = self._command
        if value is MISSING:
            raise_missing(self, "command", "command")
        return value

    @command.setter
    def command(self, value: ProcessCommand) -> None:
        self._command = value

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = self._id
            field_dict["id"] = id

        if self._user is not MISSING:
            user = self._user
            field_dict["user"] = user

        if self._customer is not MISSING:
            customer = self._customer
            field_dict["customer"] = customer

        if self._status is not MISSING:
            status = self._status.value
            field_dict["status"] = status

        if self._created_date is not MISSING:
            created_date = format_datetime(self._created_date)
            field_dict["createdDate"] = created_date

        if self._type_ is not MISSING:
            type_ = self._type_
            field_dict["type"] = type_

        if self._action is not MISSING:
            action = self._action
            field_dict["action"] = action

        if self._command is not MISSING:
            command = self._command.to_dict()
            field_dict["command"] = command

        status_detail = self.status_detail
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

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

        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

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

        _raw_user = d.pop("user", MISSING)
        try:
            user = _raw_user
            if not isinstance(user, str):
                raise TypeError("user")
        except PARSE_ERRORS:
            user = MISSING
            if _raw_user is not MISSING:
                d["user"] = _raw_user

        _raw_customer = d.pop("customer", MISSING)
        try:
            customer = _raw_customer
            if not isinstance(customer, str):
                raise TypeError("customer")
        except PARSE_ERRORS:
            customer = MISSING
            if _raw_customer is not MISSING:
                d["customer"] = _raw_customer

        _raw_status = d.pop("status", MISSING)
        try:
            status = ProcessStatus.from_wire(_raw_status)

        except PARSE_ERRORS:
            status = MISSING
            if _raw_status is not MISSING:
                d["status"] = _raw_status

        _raw_created_date = d.pop("createdDate", MISSING)
        try:
            created_date = parse_datetime(_raw_created_date)

        except PARSE_ERRORS:
            created_date = MISSING
            if _raw_created_date is not MISSING:
                d["createdDate"] = _raw_created_date

        _raw_type_ = d.pop("type", MISSING)
        try:
            type_ = _raw_type_
            if not isinstance(type_, str):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = MISSING
            if _raw_type_ is not MISSING:
                d["type"] = _raw_type_

        _raw_action = d.pop("action", MISSING)
        try:
            action = _raw_action
            if not isinstance(action, str):
                raise TypeError("action")
        except PARSE_ERRORS:
            action = MISSING
            if _raw_action is not MISSING:
                d["action"] = _raw_action

        _raw_command = d.pop("command", MISSING)
        try:
            command = ProcessCommand.from_dict(_raw_command)

        except PARSE_ERRORS:
            command = MISSING
            if _raw_command is not MISSING:
                d["command"] = _raw_command

        _raw_status_detail = d.pop("statusDetail", UNSET)
        try:
            status_detail = _raw_status_detail
            if not isinstance(status_detail, (str, Unset)):
                raise TypeError("statusDetail")
        except PARSE_ERRORS:
            status_detail = UNSET
            d["statusDetail"] = _raw_status_detail

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

        _raw_identifier = d.pop("identifier", UNSET)
        try:
            identifier = _raw_identifier
            if not isinstance(identifier, (str, Unset)):
                raise TypeError("identifier")
        except PARSE_ERRORS:
            identifier = UNSET
            d["identifier"] = _raw_identifier

        _raw_reservation = d.pop("reservation", UNSET)
        try:
            _reservation = _raw_reservation
            reservation: ProcessReservation | Unset
            if isinstance(_reservation, Unset):
                reservation = UNSET
            else:
                reservation = ProcessReservation.from_dict(_reservation)

        except PARSE_ERRORS:
            reservation = UNSET
            d["reservation"] = _raw_reservation

        _raw_transaction = d.pop("transaction", UNSET)
        try:
            _transaction = _raw_transaction
            transaction: ProcessTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = ProcessTransaction.from_dict(_transaction)

        except PARSE_ERRORS:
            transaction = UNSET
            d["transaction"] = _raw_transaction

        _raw_refund = d.pop("refund", UNSET)
        try:
            _refund = _raw_refund
            refund: ProcessRefund | Unset
            if isinstance(_refund, Unset):
                refund = UNSET
            else:
                refund = ProcessRefund.from_dict(_refund)

        except PARSE_ERRORS:
            refund = UNSET
            d["refund"] = _raw_refund

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

        process = cls(
            id=id,
            user=user,
            customer=customer,
            status=status,
            created_date=created_date,
            type_=type_,
            action=action,
            command=command,
            status_detail=status_detail,
            updated_date=updated_date,
            started_date=started_date,
            identifier=identifier,
            reservation=reservation,
            transaction=transaction,
            refund=refund,
            resume_types=resume_types,
            error=error,
            billables=billables,
        )

        process.additional_properties = d
        return process

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
from ..models.process_refund import ProcessRefund  # noqa: E402
from ..models.process_reservation import ProcessReservation  # noqa: E402
from ..models.process_transaction import ProcessTransaction  # noqa: E402
