from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from asyncstatus_core.answers import MISSING, PARSE_ERRORS, PENDING, raise_missing

from ..models.billable_action import BillableAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="Billable")


class Billable:
    """One product billed for a process. `amount` and `providerName` are not required although
    the "Get process" page marks them so: Realtime Register's PHP SDK
    (realtimeregister-php, src/Domain/Billable.php@1414ea0b, commit 8634680b "Billable amount
    and providerName should be nullable", test data `billable_valid_with_nullables.php`)
    accepts a billing line with only `product`, `action` and `quantity`. `refundable` and
    `total` are read by both official SDKs (realtimeregister-ts `Billable`,
    realtimeregister-php `Billable`) but are not on the page; they are optional.

    """

    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {
        "product": "product",
        "action": "action",
        "quantity": "quantity",
        "amount": "amount",
        "provider_name": "providerName",
        "refundable": "refundable",
        "total": "total",
    }
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset(_FIELDS_.values())
    _object_: Mapping[str, Any]
    _product: str = PENDING
    _action: BillableAction = PENDING
    _quantity: int = PENDING
    _amount: int | Unset = PENDING
    _provider_name: str | Unset = PENDING
    _refundable: bool | Unset = PENDING
    _total: int | Unset = PENDING
    _additional_properties: dict[str, Any] | None = None
    _unusable_: dict[str, Any] | None = None

    def __init__(
        self,
        product: str,
        action: BillableAction,
        quantity: int,
        amount: int | Unset = UNSET,
        provider_name: str | Unset = UNSET,
        refundable: bool | Unset = UNSET,
        total: int | Unset = UNSET,
    ) -> None:
        self._object_ = {}
        self._product = product
        self._action = action
        self._quantity = quantity
        self._amount = amount
        self._provider_name = provider_name
        self._refundable = refundable
        self._total = total
        self._additional_properties = {}
        self._unusable_ = None

    @property
    def product(self) -> str:
        """The billed product."""
        value = self._product
        if value is PENDING:
            value = self._load_product()
        if value is MISSING:
            raise_missing(self, "product", "product")
        return value

    @product.setter
    def product(self, value: str) -> None:
        self._product = value

    def _load_product(self) -> str:
        _raw_product = self._object_.get("product", MISSING)
        try:
            product = _raw_product
            if not isinstance(product, str):
                raise TypeError("product")
        except PARSE_ERRORS:
            product = MISSING
            if _raw_product is not MISSING:
                self._keep_unusable_("product", _raw_product)
        self._product = product
        return self._product

    @property
    def action(self) -> BillableAction:
        """The action a billable line charges for. The page leaves the list empty; the values are
        those of the official TypeScript SDK (realtimeregister-ts `BillableAction`). The PHP SDK's
        `BillableActionEnum` lacks `UPDATE_ADMINISTRATION`; the newer TypeScript list is followed.
        """
        value = self._action
        if value is PENDING:
            value = self._load_action()
        if value is MISSING:
            raise_missing(self, "action", "action")
        return value

    @action.setter
    def action(self, value: BillableAction) -> None:
        self._action = value

    def _load_action(self) -> BillableAction:
        _raw_action = self._object_.get("action", MISSING)
        try:
            action = BillableAction.from_wire(_raw_action)

        except PARSE_ERRORS:
            action = MISSING
            if _raw_action is not MISSING:
                self._keep_unusable_("action", _raw_action)
        self._action = action
        return self._action

    @property
    def quantity(self) -> int:
        """The quantity charged."""
        value = self._quantity
        if value is PENDING:
            value = self._load_quantity()
        if value is MISSING:
            raise_missing(self, "quantity", "quantity")
        return value

    @quantity.setter
    def quantity(self, value: int) -> None:
        self._quantity = value

    def _load_quantity(self) -> int:
        _raw_quantity = self._object_.get("quantity", MISSING)
        try:
            quantity = _raw_quantity
            if not isinstance(quantity, int):
                raise TypeError("quantity")
        except PARSE_ERRORS:
            quantity = MISSING
            if _raw_quantity is not MISSING:
                self._keep_unusable_("quantity", _raw_quantity)
        self._quantity = quantity
        return self._quantity

    @property
    def amount(self) -> int | Unset:
        """The amount charged for this product, in cents. May be absent (official PHP SDK,
        src/Domain/Billable.php@1414ea0b)."""
        value = self._amount
        if value is PENDING:
            value = self._load_amount()
        return value

    @amount.setter
    def amount(self, value: int | Unset) -> None:
        self._amount = value

    def _load_amount(self) -> int | Unset:
        _raw_amount = self._object_.get("amount", UNSET)
        try:
            amount = _raw_amount
            if not isinstance(amount, (int, Unset)):
                raise TypeError("amount")
        except PARSE_ERRORS:
            amount = UNSET
            if _raw_amount is not UNSET:
                self._keep_unusable_("amount", _raw_amount)
        self._amount = amount
        return self._amount

    @property
    def provider_name(self) -> str | Unset:
        """The provider (registry) the product belongs to. May be absent (official PHP SDK,
        src/Domain/Billable.php@1414ea0b)."""
        value = self._provider_name
        if value is PENDING:
            value = self._load_provider_name()
        return value

    @provider_name.setter
    def provider_name(self, value: str | Unset) -> None:
        self._provider_name = value

    def _load_provider_name(self) -> str | Unset:
        _raw_provider_name = self._object_.get("providerName", UNSET)
        try:
            provider_name = _raw_provider_name
            if not isinstance(provider_name, (str, Unset)):
                raise TypeError("providerName")
        except PARSE_ERRORS:
            provider_name = UNSET
            if _raw_provider_name is not UNSET:
                self._keep_unusable_("providerName", _raw_provider_name)
        self._provider_name = provider_name
        return self._provider_name

    @property
    def refundable(self) -> bool | Unset:
        """Whether the line can be refunded. Not on the "Get process" page; read by both official SDKs
        (realtimeregister-ts src/models/Billable.ts@95ac2e9f, realtimeregister-php src/Domain/Billable.php@1414ea0b),
        optional."""
        value = self._refundable
        if value is PENDING:
            value = self._load_refundable()
        return value

    @refundable.setter
    def refundable(self, value: bool | Unset) -> None:
        self._refundable = value

    def _load_refundable(self) -> bool | Unset:
        _raw_refundable = self._object_.get("refundable", UNSET)
        try:
            refundable = _raw_refundable
            if not isinstance(refundable, (bool, Unset)):
                raise TypeError("refundable")
        except PARSE_ERRORS:
            refundable = UNSET
            if _raw_refundable is not UNSET:
                self._keep_unusable_("refundable", _raw_refundable)
        self._refundable = refundable
        return self._refundable

    @property
    def total(self) -> int | Unset:
        """The total charged for the line (an integer; the SDKs do not state its unit, presumably cents like `amount`).
        Not on the "Get process" page; read by both official SDKs (realtimeregister-ts src/models/Billable.ts@95ac2e9f,
        realtimeregister-php src/Domain/Billable.php@1414ea0b), optional."""
        value = self._total
        if value is PENDING:
            value = self._load_total()
        return value

    @total.setter
    def total(self, value: int | Unset) -> None:
        self._total = value

    def _load_total(self) -> int | Unset:
        _raw_total = self._object_.get("total", UNSET)
        try:
            total = _raw_total
            if not isinstance(total, (int, Unset)):
                raise TypeError("total")
        except PARSE_ERRORS:
            total = UNSET
            if _raw_total is not UNSET:
                self._keep_unusable_("total", _raw_total)
        self._total = total
        return self._total

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        if self._product is PENDING:
            self._load_product()
        if self._action is PENDING:
            self._load_action()
        if self._quantity is PENDING:
            self._load_quantity()
        if self._amount is PENDING:
            self._load_amount()
        if self._provider_name is PENDING:
            self._load_provider_name()
        if self._refundable is PENDING:
            self._load_refundable()
        if self._total is PENDING:
            self._load_total()

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
        if not isinstance(other, Billable) or other.__class__ is not self.__class__:
            return NotImplemented
        self._load_every_field_()
        other._load_every_field_()
        return (
            self._product,
            self._action,
            self._quantity,
            self._amount,
            self._provider_name,
            self._refundable,
            self._total,
            self.additional_properties,
        ) == (
            other._product,
            other._action,
            other._quantity,
            other._amount,
            other._provider_name,
            other._refundable,
            other._total,
            other.additional_properties,
        )

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        self._load_every_field_()
        fields: list[str] = []
        fields.append(f"product={self._product!r}")
        fields.append(f"action={self._action!r}")
        fields.append(f"quantity={self._quantity!r}")
        if self._amount is not UNSET:
            fields.append(f"amount={self._amount!r}")
        if self._provider_name is not UNSET:
            fields.append(f"provider_name={self._provider_name!r}")
        if self._refundable is not UNSET:
            fields.append(f"refundable={self._refundable!r}")
        if self._total is not UNSET:
            fields.append(f"total={self._total!r}")
        if self.additional_properties:
            fields.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def to_dict(self) -> dict[str, Any]:
        self._load_every_field_()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._product is not MISSING:
            product = self._product
            field_dict["product"] = product

        if self._action is not MISSING:
            action = self._action.value
            field_dict["action"] = action

        if self._quantity is not MISSING:
            quantity = self._quantity
            field_dict["quantity"] = quantity

        amount = self._amount
        if amount is not UNSET:
            field_dict["amount"] = amount

        provider_name = self._provider_name
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name

        refundable = self._refundable
        if refundable is not UNSET:
            field_dict["refundable"] = refundable

        total = self._total
        if total is not UNSET:
            field_dict["total"] = total

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
