from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._answers import MISSING, PARSE_ERRORS, raise_missing
from ..models.billable_action import BillableAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="Billable")


@_attrs_define
class Billable:
    """One product billed for a process. `amount` and `providerName` are not required although
    the "Get process" page marks them so: Realtime Register's PHP SDK
    (realtimeregister-php, src/Domain/Billable.php@1414ea0b, commit 8634680b "Billable amount
    and providerName should be nullable", test data `billable_valid_with_nullables.php`)
    accepts a billing line with only `product`, `action` and `quantity`. `refundable` and
    `total` are read by both official SDKs (realtimeregister-ts `Billable`,
    realtimeregister-php `Billable`) but are not on the page; they are optional.

    """

    _product: str
    _action: BillableAction
    _quantity: int
    amount: int | Unset = UNSET
    """ The amount charged for this product, in cents. May be absent (official PHP SDK,
    src/Domain/Billable.php@1414ea0b). """
    provider_name: str | Unset = UNSET
    """ The provider (registry) the product belongs to. May be absent (official PHP SDK,
    src/Domain/Billable.php@1414ea0b). """
    refundable: bool | Unset = UNSET
    """ Whether the line can be refunded. Not on the "Get process" page; read by both official SDKs
    (realtimeregister-ts src/models/Billable.ts@95ac2e9f, realtimeregister-php src/Domain/Billable.php@1414ea0b),
    optional. """
    total: int | Unset = UNSET
    """ The total charged for the line (an integer; the SDKs do not state its unit, presumably cents like `amount`).
    Not on the "Get process" page; read by both official SDKs (realtimeregister-ts src/models/Billable.ts@95ac2e9f,
    realtimeregister-php src/Domain/Billable.php@1414ea0b), optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def product(self) -> str:
        """The billed product."""
        value = self._product
        if value is MISSING:
            raise_missing(self, "product", "product")
        return value

    @product.setter
    def product(self, value: str) -> None:
        self._product = value

    @property
    def action(self) -> BillableAction:
        """The action a billable line charges for. The page leaves the list empty; the values are
        those of the official TypeScript SDK (realtimeregister-ts `BillableAction`). The PHP SDK's
        `BillableActionEnum` lacks `UPDATE_ADMINISTRATION`; the newer TypeScript list is followed.
        """
        value = self._action
        if value is MISSING:
            raise_missing(self, "action", "action")
        return value

    @action.setter
    def action(self, value: BillableAction) -> None:
        self._action = value

    @property
    def quantity(self) -> int:
        """The quantity charged."""
        value = self._quantity
        if value is MISSING:
            raise_missing(self, "quantity", "quantity")
        return value

    @quantity.setter
    def quantity(self, value: int) -> None:
        self._quantity = value

    def to_dict(self) -> dict[str, Any]:
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

        amount = self.amount
        if amount is not UNSET:
            field_dict["amount"] = amount

        provider_name = self.provider_name
        if provider_name is not UNSET:
            field_dict["providerName"] = provider_name

        refundable = self.refundable
        if refundable is not UNSET:
            field_dict["refundable"] = refundable

        total = self.total
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_product = d.pop("product", MISSING)
        try:
            product = _raw_product
            if not isinstance(product, str):
                raise TypeError("product")
        except PARSE_ERRORS:
            product = MISSING
            if _raw_product is not MISSING:
                d["product"] = _raw_product

        _raw_action = d.pop("action", MISSING)
        try:
            action = BillableAction.from_wire(_raw_action)

        except PARSE_ERRORS:
            action = MISSING
            if _raw_action is not MISSING:
                d["action"] = _raw_action

        _raw_quantity = d.pop("quantity", MISSING)
        try:
            quantity = _raw_quantity
            if not isinstance(quantity, int):
                raise TypeError("quantity")
        except PARSE_ERRORS:
            quantity = MISSING
            if _raw_quantity is not MISSING:
                d["quantity"] = _raw_quantity

        _raw_amount = d.pop("amount", UNSET)
        try:
            amount = _raw_amount
            if not isinstance(amount, (int, Unset)):
                raise TypeError("amount")
        except PARSE_ERRORS:
            amount = UNSET
            d["amount"] = _raw_amount

        _raw_provider_name = d.pop("providerName", UNSET)
        try:
            provider_name = _raw_provider_name
            if not isinstance(provider_name, (str, Unset)):
                raise TypeError("providerName")
        except PARSE_ERRORS:
            provider_name = UNSET
            d["providerName"] = _raw_provider_name

        _raw_refundable = d.pop("refundable", UNSET)
        try:
            refundable = _raw_refundable
            if not isinstance(refundable, (bool, Unset)):
                raise TypeError("refundable")
        except PARSE_ERRORS:
            refundable = UNSET
            d["refundable"] = _raw_refundable

        _raw_total = d.pop("total", UNSET)
        try:
            total = _raw_total
            if not isinstance(total, (int, Unset)):
                raise TypeError("total")
        except PARSE_ERRORS:
            total = UNSET
            d["total"] = _raw_total

        billable = cls(
            product=product,
            action=action,
            quantity=quantity,
            amount=amount,
            provider_name=provider_name,
            refundable=refundable,
            total=total,
        )

        billable.additional_properties = d
        return billable

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
