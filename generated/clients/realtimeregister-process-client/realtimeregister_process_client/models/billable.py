from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billable_action import BillableAction

T = TypeVar("T", bound="Billable")


@_attrs_define
class Billable:
    """One product billed for a process. The official TypeScript SDK also reads `refundable`
    and `total`, which the "Get process" page does not list; they are not modelled, and the
    open object keeps them when sent.

    """

    product: str
    """ The billed product. """
    action: BillableAction
    """ The action a billable line charges for. The page leaves the list empty; the values are
    those of the official TypeScript SDK (realtimeregister-ts `BillableAction`). The PHP SDK's
    `BillableActionEnum` lacks `UPDATE_ADMINISTRATION`; the newer TypeScript list is followed.
     """
    quantity: int
    """ The quantity charged. """
    amount: int
    """ The amount charged for this product, in cents. """
    provider_name: str
    """ The provider (registry) the product belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        action = self.action.value

        quantity = self.quantity

        amount = self.amount

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "action": action,
                "quantity": quantity,
                "amount": amount,
                "providerName": provider_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product = d.pop("product")

        action = BillableAction.from_wire(d.pop("action"))

        quantity = d.pop("quantity")

        amount = d.pop("amount")

        provider_name = d.pop("providerName")

        billable = cls(
            product=product,
            action=action,
            quantity=quantity,
            amount=amount,
            provider_name=provider_name,
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
