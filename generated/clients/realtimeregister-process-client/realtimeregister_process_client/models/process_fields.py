from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from asyncstatus_core.wire import format_datetime, parse_datetime

from ..models.process_status import ProcessStatus
from ..models.resume_type import ResumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessFields")


class ProcessFields:
    """The answer to a request with `fields`: `id` plus the requested `Process` fields, with the
    same types as in `Process` (the selected fields are kept as sent). Which fields appear
    depends on the request, so only `id` is required.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "id": "id",
        "user": "user",
        "customer": "customer",
        "status": "status",
        "status_detail": "statusDetail",
        "created_date": "createdDate",
        "updated_date": "updatedDate",
        "started_date": "startedDate",
        "type_": "type",
        "identifier": "identifier",
        "action": "action",
        "reservation": "reservation",
        "transaction": "transaction",
        "refund": "refund",
        "command": "command",
        "resume_types": "resumeTypes",
        "error": "error",
        "billables": "billables",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _id: int = PENDING
    _user: str | Unset = PENDING
    _customer: str | Unset = PENDING
    _status: ProcessStatus | Unset = PENDING
    _status_detail: str | Unset = PENDING
    _created_date: datetime.datetime | Unset = PENDING
    _updated_date: datetime.datetime | Unset = PENDING
    _started_date: datetime.datetime | Unset = PENDING
    _type_: str | Unset = PENDING
    _identifier: str | Unset = PENDING
    _action: str | Unset = PENDING
    _reservation: ProcessFieldsReservation | Unset = PENDING
    _transaction: ProcessFieldsTransaction | Unset = PENDING
    _refund: ProcessFieldsRefund | Unset = PENDING
    _command: ProcessCommand | Unset = PENDING
    _resume_types: list[ResumeType] | Unset = PENDING
    _error: ProcessErrorContent | Unset = PENDING
    _billables: list[Billable] | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        id: int,
        user: str | Unset = UNSET,
        customer: str | Unset = UNSET,
        status: ProcessStatus | Unset = UNSET,
        status_detail: str | Unset = UNSET,
        created_date: datetime.datetime | Unset = UNSET,
        updated_date: datetime.datetime | Unset = UNSET,
        started_date: datetime.datetime | Unset = UNSET,
        type_: str | Unset = UNSET,
        identifier: str | Unset = UNSET,
        action: str | Unset = UNSET,
        reservation: ProcessFieldsReservation | Unset = UNSET,
        transaction: ProcessFieldsTransaction | Unset = UNSET,
        refund: ProcessFieldsRefund | Unset = UNSET,
        command: ProcessCommand | Unset = UNSET,
        resume_types: list[ResumeType] | Unset = UNSET,
        error: ProcessErrorContent | Unset = UNSET,
        billables: list[Billable] | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._id = id
        self._user = user
        self._customer = customer
        self._status = status
        self._status_detail = status_detail
        self._created_date = created_date
        self._updated_date = updated_date
        self._started_date = started_date
        self._type_ = type_
        self._identifier = identifier
        self._action = action
        self._reservation = reservation
        self._transaction = transaction
        self._refund = refund
        self._command = command
        self._resume_types = resume_types
        self._error = error
        self._billables = billables
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def id(self) -> int:
        """The process id."""
        value = self._id
        if value is PENDING:
            value = self._load_id()
        if value is MISSING:
            raise_missing(self, "id", "id")
        return value

    @id.setter
    def id(self, value: int) -> None:
        self._id = value

    def _load_id(self) -> int:
        _raw_id = self._object_.get("id", MISSING)
        try:
            id = _raw_id
            if not isinstance(id, int):
                raise TypeError("id")
        except PARSE_ERRORS:
            id = MISSING
            if _raw_id is not MISSING:
                self._keep_unusable_("id", _raw_id)
        self._id = id
        return self._id

    @property
    def user(self) -> str | Unset:
        """The user who started the process, as `<customerHandle>/<loginName>`."""
        value = self._user
        if value is PENDING:
            value = self._load_user()
        return value

    @user.setter
    def user(self, value: str | Unset) -> None:
        self._user = value

    def _load_user(self) -> str | Unset:
        _raw_user = self._object_.get("user", UNSET)
        try:
            user = _raw_user
            if not isinstance(user, (str, Unset)):
                raise TypeError("user")
        except PARSE_ERRORS:
            user = UNSET
            if _raw_user is not UNSET:
                self._keep_unusable_("user", _raw_user)
        self._user = user
        return self._user

    @property
    def customer(self) -> str | Unset:
        """Handle of the customer the process belongs to."""
        value = self._customer
        if value is PENDING:
            value = self._load_customer()
        return value

    @customer.setter
    def customer(self, value: str | Unset) -> None:
        self._customer = value

    def _load_customer(self) -> str | Unset:
        _raw_customer = self._object_.get("customer", UNSET)
        try:
            customer = _raw_customer
            if not isinstance(customer, (str, Unset)):
                raise TypeError("customer")
        except PARSE_ERRORS:
            customer = UNSET
            if _raw_customer is not UNSET:
                self._keep_unusable_("customer", _raw_customer)
        self._customer = customer
        return self._customer

    @property
    def status(self) -> ProcessStatus | Unset:
        """The state of a process. The "Get process" page leaves the list of possible values
        empty; these are the values of the provider's official SDKs (realtimeregister-ts
        `ProcessStatus`, realtimeregister-php `ProcessStatusEnum`).

        `IN_DOUBT`: the outcome at the registry is not known yet; Realtime Register resolves it
        later, so it is not a final state (the waiters treat it as running).
        """
        value = self._status
        if value is PENDING:
            value = self._load_status()
        return value

    @status.setter
    def status(self, value: ProcessStatus | Unset) -> None:
        self._status = value

    def _load_status(self) -> ProcessStatus | Unset:
        _raw_status = self._object_.get("status", UNSET)
        try:
            _status = _raw_status
            status: ProcessStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ProcessStatus.from_wire(_status)

        except PARSE_ERRORS:
            status = UNSET
            if _raw_status is not UNSET:
                self._keep_unusable_("status", _raw_status)
        self._status = status
        return self._status

    @property
    def status_detail(self) -> str | Unset:
        """A finer-grained explanation of why the process is in its current status, e.g.
        `Contact validation failed`. The live API sends this field and the provider's
        official SDKs read it as optional (realtimeregister-ts `Process.statusDetail`,
        realtimeregister-php `Process::$statusDetail`, added 2025); the seed copy of the "Get
        process" page does not list it, the current OTE copy of the page
        (https://dm.yoursrs-ote.com/docs/api/processes/get) lists it as an optional String.
        Its values are free text, not enumerated.
        """
        value = self._status_detail
        if value is PENDING:
            value = self._load_status_detail()
        return value

    @status_detail.setter
    def status_detail(self, value: str | Unset) -> None:
        self._status_detail = value

    def _load_status_detail(self) -> str | Unset:
        _raw_status_detail = self._object_.get("statusDetail", UNSET)
        try:
            status_detail = _raw_status_detail
            if not isinstance(status_detail, (str, Unset)):
                raise TypeError("statusDetail")
        except PARSE_ERRORS:
            status_detail = UNSET
            if _raw_status_detail is not UNSET:
                self._keep_unusable_("statusDetail", _raw_status_detail)
        self._status_detail = status_detail
        return self._status_detail

    @property
    def created_date(self) -> datetime.datetime | Unset:
        """When the process was created (ISO 8601 with offset, e.g. `2024-03-01T12:00:00Z`)."""
        value = self._created_date
        if value is PENDING:
            value = self._load_created_date()
        return value

    @created_date.setter
    def created_date(self, value: datetime.datetime | Unset) -> None:
        self._created_date = value

    def _load_created_date(self) -> datetime.datetime | Unset:
        _raw_created_date = self._object_.get("createdDate", UNSET)
        try:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = parse_datetime(_created_date)

        except PARSE_ERRORS:
            created_date = UNSET
            if _raw_created_date is not UNSET:
                self._keep_unusable_("createdDate", _raw_created_date)
        self._created_date = created_date
        return self._created_date

    @property
    def updated_date(self) -> datetime.datetime | Unset:
        """When the process was last updated."""
        value = self._updated_date
        if value is PENDING:
            value = self._load_updated_date()
        return value

    @updated_date.setter
    def updated_date(self, value: datetime.datetime | Unset) -> None:
        self._updated_date = value

    def _load_updated_date(self) -> datetime.datetime | Unset:
        _raw_updated_date = self._object_.get("updatedDate", UNSET)
        try:
            _updated_date = _raw_updated_date
            updated_date: datetime.datetime | Unset
            if isinstance(_updated_date, Unset):
                updated_date = UNSET
            else:
                updated_date = parse_datetime(_updated_date)

        except PARSE_ERRORS:
            updated_date = UNSET
            if _raw_updated_date is not UNSET:
                self._keep_unusable_("updatedDate", _raw_updated_date)
        self._updated_date = updated_date
        return self._updated_date

    @property
    def started_date(self) -> datetime.datetime | Unset:
        """When the process was started; absent while it has not started."""
        value = self._started_date
        if value is PENDING:
            value = self._load_started_date()
        return value

    @started_date.setter
    def started_date(self, value: datetime.datetime | Unset) -> None:
        self._started_date = value

    def _load_started_date(self) -> datetime.datetime | Unset:
        _raw_started_date = self._object_.get("startedDate", UNSET)
        try:
            _started_date = _raw_started_date
            started_date: datetime.datetime | Unset
            if isinstance(_started_date, Unset):
                started_date = UNSET
            else:
                started_date = parse_datetime(_started_date)

        except PARSE_ERRORS:
            started_date = UNSET
            if _raw_started_date is not UNSET:
                self._keep_unusable_("startedDate", _raw_started_date)
        self._started_date = started_date
        return self._started_date

    @property
    def type_(self) -> str | Unset:
        """The kind of entity the process concerns, e.g. `domain`, `contact`, `host`."""
        value = self._type_
        if value is PENDING:
            value = self._load_type_()
        return value

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        self._type_ = value

    def _load_type_(self) -> str | Unset:
        _raw_type_ = self._object_.get("type", UNSET)
        try:
            type_ = _raw_type_
            if not isinstance(type_, (str, Unset)):
                raise TypeError("type")
        except PARSE_ERRORS:
            type_ = UNSET
            if _raw_type_ is not UNSET:
                self._keep_unusable_("type", _raw_type_)
        self._type_ = type_
        return self._type_

    @property
    def identifier(self) -> str | Unset:
        """The entity the process concerns, e.g. a domain name or a contact handle. Absent when
        the process concerns no single entity, e.g. a `billing` `deposit`: the "Get process"
        page calls it required, but Realtime Register's PHP SDK (realtimeregister-php,
        src/Domain/Process.php@1414ea0b, commit cdeea70e by a Realtime Register developer,
        with test data `process_without_identifier.php`) treats it as optional.
        """
        value = self._identifier
        if value is PENDING:
            value = self._load_identifier()
        return value

    @identifier.setter
    def identifier(self, value: str | Unset) -> None:
        self._identifier = value

    def _load_identifier(self) -> str | Unset:
        _raw_identifier = self._object_.get("identifier", UNSET)
        try:
            identifier = _raw_identifier
            if not isinstance(identifier, (str, Unset)):
                raise TypeError("identifier")
        except PARSE_ERRORS:
            identifier = UNSET
            if _raw_identifier is not UNSET:
                self._keep_unusable_("identifier", _raw_identifier)
        self._identifier = identifier
        return self._identifier

    @property
    def action(self) -> str | Unset:
        """What the process does to the entity, e.g. `create`, `update`, `transfer`."""
        value = self._action
        if value is PENDING:
            value = self._load_action()
        return value

    @action.setter
    def action(self, value: str | Unset) -> None:
        self._action = value

    def _load_action(self) -> str | Unset:
        _raw_action = self._object_.get("action", UNSET)
        try:
            action = _raw_action
            if not isinstance(action, (str, Unset)):
                raise TypeError("action")
        except PARSE_ERRORS:
            action = UNSET
            if _raw_action is not UNSET:
                self._keep_unusable_("action", _raw_action)
        self._action = action
        return self._action

    @property
    def reservation(self) -> ProcessFieldsReservation | Unset:
        """The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
        amount in cents of that currency."""
        value = self._reservation
        if value is PENDING:
            value = self._load_reservation()
        return value

    @reservation.setter
    def reservation(self, value: ProcessFieldsReservation | Unset) -> None:
        self._reservation = value

    def _load_reservation(self) -> ProcessFieldsReservation | Unset:
        _raw_reservation = self._object_.get("reservation", UNSET)
        try:
            _reservation = _raw_reservation
            reservation: ProcessFieldsReservation | Unset
            if isinstance(_reservation, Unset):
                reservation = UNSET
            else:
                reservation = ProcessFieldsReservation.from_dict(_reservation)

        except PARSE_ERRORS:
            reservation = UNSET
            if _raw_reservation is not UNSET:
                self._keep_unusable_("reservation", _raw_reservation)
        self._reservation = reservation
        return self._reservation

    @property
    def transaction(self) -> ProcessFieldsTransaction | Unset:
        """The amount charged to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
        amount in cents of that currency."""
        value = self._transaction
        if value is PENDING:
            value = self._load_transaction()
        return value

    @transaction.setter
    def transaction(self, value: ProcessFieldsTransaction | Unset) -> None:
        self._transaction = value

    def _load_transaction(self) -> ProcessFieldsTransaction | Unset:
        _raw_transaction = self._object_.get("transaction", UNSET)
        try:
            _transaction = _raw_transaction
            transaction: ProcessFieldsTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = ProcessFieldsTransaction.from_dict(_transaction)

        except PARSE_ERRORS:
            transaction = UNSET
            if _raw_transaction is not UNSET:
                self._keep_unusable_("transaction", _raw_transaction)
        self._transaction = transaction
        return self._transaction

    @property
    def refund(self) -> ProcessFieldsRefund | Unset:
        """The amount refunded to the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an
        amount in cents of that currency."""
        value = self._refund
        if value is PENDING:
            value = self._load_refund()
        return value

    @refund.setter
    def refund(self, value: ProcessFieldsRefund | Unset) -> None:
        self._refund = value

    def _load_refund(self) -> ProcessFieldsRefund | Unset:
        _raw_refund = self._object_.get("refund", UNSET)
        try:
            _refund = _raw_refund
            refund: ProcessFieldsRefund | Unset
            if isinstance(_refund, Unset):
                refund = UNSET
            else:
                refund = ProcessFieldsRefund.from_dict(_refund)

        except PARSE_ERRORS:
            refund = UNSET
            if _raw_refund is not UNSET:
                self._keep_unusable_("refund", _raw_refund)
        self._refund = refund
        return self._refund

    @property
    def command(self) -> ProcessCommand | Unset:
        """The content of the command that started the process, as sent by the caller. Its shape depends on the process
        `type` and `action`, so it is kept opaque."""
        value = self._command
        if value is PENDING:
            value = self._load_command()
        return value

    @command.setter
    def command(self, value: ProcessCommand | Unset) -> None:
        self._command = value

    def _load_command(self) -> ProcessCommand | Unset:
        _raw_command = self._object_.get("command", UNSET)
        try:
            _command = _raw_command
            command: ProcessCommand | Unset
            if isinstance(_command, Unset):
                command = UNSET
            else:
                command = ProcessCommand.from_dict(_command)

        except PARSE_ERRORS:
            command = UNSET
            if _raw_command is not UNSET:
                self._keep_unusable_("command", _raw_command)
        self._command = command
        return self._command

    @property
    def resume_types(self) -> list[ResumeType] | Unset:
        """The ways in which the process can be resumed (mostly while it is `SUSPENDED`)."""
        value = self._resume_types
        if value is PENDING:
            value = self._load_resume_types()
        return value

    @resume_types.setter
    def resume_types(self, value: list[ResumeType] | Unset) -> None:
        self._resume_types = value

    def _load_resume_types(self) -> list[ResumeType] | Unset:
        _raw_resume_types = self._object_.get("resumeTypes", UNSET)
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
            if _raw_resume_types is not UNSET:
                self._keep_unusable_("resumeTypes", _raw_resume_types)
        self._resume_types = resume_types
        return self._resume_types

    @property
    def error(self) -> ProcessErrorContent | Unset:
        """The content of the error the process ended with, when it has one. The page does not describe its shape, so
        it is kept opaque."""
        value = self._error
        if value is PENDING:
            value = self._load_error()
        return value

    @error.setter
    def error(self, value: ProcessErrorContent | Unset) -> None:
        self._error = value

    def _load_error(self) -> ProcessErrorContent | Unset:
        _raw_error = self._object_.get("error", UNSET)
        try:
            _error = _raw_error
            error: ProcessErrorContent | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ProcessErrorContent.from_dict(_error)

        except PARSE_ERRORS:
            error = UNSET
            if _raw_error is not UNSET:
                self._keep_unusable_("error", _raw_error)
        self._error = error
        return self._error

    @property
    def billables(self) -> list[Billable] | Unset:
        """The products billed for this process."""
        value = self._billables
        if value is PENDING:
            value = self._load_billables()
        return value

    @billables.setter
    def billables(self, value: list[Billable] | Unset) -> None:
        self._billables = value

    def _load_billables(self) -> list[Billable] | Unset:
        _raw_billables = self._object_.get("billables", UNSET)
        try:
            _billables = _raw_billables
            billables: list[Billable] | Unset = UNSET
            if _billables is not UNSET:
                billables = list(map(Billable.from_dict, _billables))

        except PARSE_ERRORS:
            billables = UNSET
            if _raw_billables is not UNSET:
                self._keep_unusable_("billables", _raw_billables)
        self._billables = billables
        return self._billables

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._id is PENDING:
            self._load_id()
        if self._user is PENDING:
            self._load_user()
        if self._customer is PENDING:
            self._load_customer()
        if self._status is PENDING:
            self._load_status()
        if self._status_detail is PENDING:
            self._load_status_detail()
        if self._created_date is PENDING:
            self._load_created_date()
        if self._updated_date is PENDING:
            self._load_updated_date()
        if self._started_date is PENDING:
            self._load_started_date()
        if self._type_ is PENDING:
            self._load_type_()
        if self._identifier is PENDING:
            self._load_identifier()
        if self._action is PENDING:
            self._load_action()
        if self._reservation is PENDING:
            self._load_reservation()
        if self._transaction is PENDING:
            self._load_transaction()
        if self._refund is PENDING:
            self._load_refund()
        if self._command is PENDING:
            self._load_command()
        if self._resume_types is PENDING:
            self._load_resume_types()
        if self._error is PENDING:
            self._load_error()
        if self._billables is PENDING:
            self._load_billables()

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
        if not isinstance(other, ProcessFields) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._id,
            self._user,
            self._customer,
            self._status,
            self._status_detail,
            self._created_date,
            self._updated_date,
            self._started_date,
            self._type_,
            self._identifier,
            self._action,
            self._reservation,
            self._transaction,
            self._refund,
            self._command,
            self._resume_types,
            self._error,
            self._billables,
            self.additional_properties,
        ) == (
            other._id,
            other._user,
            other._customer,
            other._status,
            other._status_detail,
            other._created_date,
            other._updated_date,
            other._started_date,
            other._type_,
            other._identifier,
            other._action,
            other._reservation,
            other._transaction,
            other._refund,
            other._command,
            other._resume_types,
            other._error,
            other._billables,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"id={self._id!r}")
        if self._user is not UNSET:
            fields.append(f"user={self._user!r}")
        if self._customer is not UNSET:
            fields.append(f"customer={self._customer!r}")
        if self._status is not UNSET:
            fields.append(f"status={self._status!r}")
        if self._status_detail is not UNSET:
            fields.append(f"status_detail={self._status_detail!r}")
        if self._created_date is not UNSET:
            fields.append(f"created_date={self._created_date!r}")
        if self._updated_date is not UNSET:
            fields.append(f"updated_date={self._updated_date!r}")
        if self._started_date is not UNSET:
            fields.append(f"started_date={self._started_date!r}")
        if self._type_ is not UNSET:
            fields.append(f"type_={self._type_!r}")
        if self._identifier is not UNSET:
            fields.append(f"identifier={self._identifier!r}")
        if self._action is not UNSET:
            fields.append(f"action={self._action!r}")
        if self._reservation is not UNSET:
            fields.append(f"reservation={self._reservation!r}")
        if self._transaction is not UNSET:
            fields.append(f"transaction={self._transaction!r}")
        if self._refund is not UNSET:
            fields.append(f"refund={self._refund!r}")
        if self._command is not UNSET:
            fields.append(f"command={self._command!r}")
        if self._resume_types is not UNSET:
            fields.append(f"resume_types={self._resume_types!r}")
        if self._error is not UNSET:
            fields.append(f"error={self._error!r}")
        if self._billables is not UNSET:
            fields.append(f"billables={self._billables!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._id is not MISSING:
            id = self._id
            field_dict["id"] = id

        user = self._user
        if user is not UNSET:
            field_dict["user"] = user

        customer = self._customer
        if customer is not UNSET:
            field_dict["customer"] = customer

        status: str | Unset = UNSET
        if not isinstance(self._status, Unset):
            status = self._status.value

        if status is not UNSET:
            field_dict["status"] = status

        status_detail = self._status_detail
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail

        created_date: str | Unset = UNSET
        if not isinstance(self._created_date, Unset):
            created_date = format_datetime(self._created_date)
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date

        updated_date: str | Unset = UNSET
        if not isinstance(self._updated_date, Unset):
            updated_date = format_datetime(self._updated_date)
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        started_date: str | Unset = UNSET
        if not isinstance(self._started_date, Unset):
            started_date = format_datetime(self._started_date)
        if started_date is not UNSET:
            field_dict["startedDate"] = started_date

        type_ = self._type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        identifier = self._identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        action = self._action
        if action is not UNSET:
            field_dict["action"] = action

        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self._reservation, Unset):
            reservation = self._reservation.to_dict()
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self._transaction, Unset):
            transaction = self._transaction.to_dict()
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self._refund, Unset):
            refund = self._refund.to_dict()
        if refund is not UNSET:
            field_dict["refund"] = refund

        command: dict[str, Any] | Unset = UNSET
        if not isinstance(self._command, Unset):
            command = self._command.to_dict()
        if command is not UNSET:
            field_dict["command"] = command

        resume_types: list[str] | Unset = UNSET
        if not isinstance(self._resume_types, Unset):
            resume_types = []
            for resume_types_item_data in self._resume_types:
                resume_types_item = resume_types_item_data.value
                resume_types.append(resume_types_item)

        if resume_types is not UNSET:
            field_dict["resumeTypes"] = resume_types

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self._error, Unset):
            error = self._error.to_dict()
        if error is not UNSET:
            field_dict["error"] = error

        billables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self._billables, Unset):
            billables = []
            for billables_item_data in self._billables:
                billables_item = billables_item_data.to_dict()
                billables.append(billables_item)

        if billables is not UNSET:
            field_dict["billables"] = billables

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


from ..models.billable import Billable  # noqa: E402
from ..models.process_command import ProcessCommand  # noqa: E402
from ..models.process_error_content import ProcessErrorContent  # noqa: E402
from ..models.process_fields_refund import ProcessFieldsRefund  # noqa: E402
from ..models.process_fields_reservation import ProcessFieldsReservation  # noqa: E402
from ..models.process_fields_transaction import ProcessFieldsTransaction  # noqa: E402
