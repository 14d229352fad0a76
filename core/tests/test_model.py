"""`asyncstatus_core.model` and `open_enum`: what every generated model does, on small hand-declared models (the
generated ones are tested in tests/sdk_unit/test_lazy_models.py and test_answer_rule_properties.py)."""

from __future__ import annotations

import copy
import datetime
import inspect
import pickle
from collections import OrderedDict
from typing import Any, Literal
from uuid import UUID

import pytest
from asyncstatus_core.answers import MISSING
from asyncstatus_core.errors import MissingField
from asyncstatus_core.model import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    NONE,
    STR,
    UUID_TEXT,
    Model,
    OpenModel,
    const,
    enum,
    field,
    list_of,
    model,
    union,
)
from asyncstatus_core.open_enum import OpenStrEnum
from asyncstatus_core.types import UNSET, Unset


class Color(OpenStrEnum):
    BLUE = "blue"
    RED = "red"


class Item(OpenModel[Any]):
    name: str = field("name", STR)
    """The item's name."""
    count: int | Unset = field("count", INT, default=UNSET)


class Order(OpenModel[Any]):
    order_id: str = field("orderId", STR)
    color: Color = field("color", enum(Color))
    created: datetime.datetime = field("createdAt", DATETIME)
    items: list[Item] | Unset = field("items", list_of(model(lambda: Item)), default=UNSET)
    note: str | Unset | None = field("note", union(STR, NONE), default=UNSET)
    price: float | Unset = field("price", FLOAT, default=UNSET)
    paid: bool | Unset = field("paid", BOOL, default=UNSET)
    day: datetime.date | Unset = field("day", DATE, default=UNSET)
    ref: UUID | Unset = field("ref", UUID_TEXT, default=UNSET)
    tags: list[str] | Unset = field("tags", list_of(STR), default=UNSET)
    raw: Any | Unset = field("raw", ANY, default=UNSET)


class Closed(Model):
    code: int = field("code", INT)
    kind: Literal["file"] | Unset = field("kind", const("file"), default=UNSET)


class FileResult(OpenModel[Any]):
    kind: str = field("kind", STR)
    url: str = field("url", STR)


class ErrorResult(OpenModel[Any]):
    kind: str = field("kind", STR)
    reason: str | Unset = field("reason", STR, default=UNSET)


class Job(OpenModel[Any]):
    result: FileResult | ErrorResult | Unset = field(
        "result",
        union(model(lambda: FileResult, needs=("kind", "url")), model(lambda: ErrorResult, needs=("kind", "reason"))),
        default=UNSET,
    )
    owner: Item | Unset | None = field("owner", union(model(lambda: Item, needs=("name",)), NONE), default=UNSET)


class Counts(OpenModel[int], extra=INT):
    total: int = field("total", INT)


class Colors(OpenModel[Color], extra=enum(Color)):
    pass


ORDER: dict[str, Any] = {
    "orderId": "o-1",
    "color": "red",
    "createdAt": "2025-01-01T10:00:00z",
    "items": [{"name": "a", "count": 2, "extra": True}],
    "somethingNew": {"kept": 1},
}


def test_from_dict_keeps_the_object_and_converts_a_field_once_when_read() -> None:
    answer = dict(ORDER)
    order = Order.from_dict(answer)
    assert vars(order) == {"_object_": answer} and order._object_ is answer
    assert order.items is order.items and order.created is order.created
    assert isinstance(order.items, list) and order.items[0].name == "a" and order.items[0]["extra"] is True
    assert order.color is Color.RED and order.created.year == 2025


def test_a_mapping_that_is_no_dict_is_copied_and_a_non_mapping_raises() -> None:
    mapping = OrderedDict(ORDER)
    order = Order.from_dict(mapping)
    assert order._object_ is not mapping and order.order_id == "o-1"
    for value in ("text", 3, None):
        with pytest.raises((TypeError, ValueError)):
            Order.from_dict(value)  # type: ignore[arg-type]


def test_an_absent_or_unusable_required_field_raises_missing_field_when_read_and_is_kept() -> None:
    order = Order.from_dict({**ORDER, "createdAt": 12, "orderId": None})
    assert order.color is Color.RED  # the other fields read as usual
    with pytest.raises(MissingField, match=r"Order\.created: the answer's `createdAt` \(a number\) could not be read"):
        _ = order.created
    assert order.additional_properties == {"somethingNew": {"kept": 1}, "createdAt": 12, "orderId": None}
    assert order.to_dict()["createdAt"] == 12 and order.to_dict()["orderId"] is None
    absent = Order.from_dict({})
    with pytest.raises(MissingField, match=r"Order\.order_id: the answer has no `orderId`") as raised:
        _ = absent.order_id
    assert (raised.value.model, raised.value.field) == ("Order", "orderId")
    assert isinstance(raised.value, AttributeError)  # getattr(model, name, default) still works


def test_an_unusable_optional_field_reads_unset_and_is_kept() -> None:
    order = Order.from_dict({**ORDER, "items": "nope", "price": "1.5", "paid": 1, "day": "2025-13-01"})
    assert order.items is UNSET and order.price is UNSET and order.paid is UNSET and order.day is UNSET
    assert order.additional_properties["items"] == "nope" and order.additional_properties["price"] == "1.5"
    assert order.to_dict() == {**ORDER, "items": "nope", "price": "1.5", "paid": 1, "day": "2025-13-01"}


def test_a_closed_model_drops_an_unusable_value_and_has_no_mapping_methods() -> None:
    closed = Closed.from_dict({"code": "x", "kind": "folder", "other": 1})
    with pytest.raises(MissingField, match="the answer has no `code`"):
        _ = closed.code
    assert closed.kind is UNSET  # not the constant
    assert closed.to_dict() == {}
    assert not hasattr(closed, "additional_properties") and not hasattr(Closed, "__getitem__")
    assert Closed.from_dict({"code": 1, "kind": "file"}).to_dict() == {"code": 1, "kind": "file"}


def test_to_dict_writes_back_what_was_received_in_field_order_after_the_additional_properties() -> None:
    answer = {**ORDER, "note": None, "price": 2, "day": "2025-02-03", "ref": str(UUID(int=5)), "tags": ["x"]}
    order = Order.from_dict(answer)
    assert order.day == datetime.date(2025, 2, 3) and order.ref == UUID(int=5) and order.note is None
    written = order.to_dict()
    assert written == answer
    keys = ["somethingNew", "orderId", "color", "createdAt", "items", "note", "price", "day", "ref", "tags"]
    assert list(written) == keys
    assert written["createdAt"] == "2025-01-01T10:00:00z"  # the wire text, not isoformat()


def test_the_constructor_takes_the_declared_fields_with_their_defaults() -> None:
    parameters = inspect.signature(Item).parameters
    assert list(parameters) == ["name", "count"]
    assert parameters["name"].default is inspect.Parameter.empty and parameters["count"].default is UNSET
    assert parameters["name"].annotation == "str"
    item = Item("a")
    assert (item.name, item.count, item.additional_properties) == ("a", UNSET, {})
    assert Item(name="a", count=3).to_dict() == {"name": "a", "count": 3}
    with pytest.raises(TypeError):
        Item()  # type: ignore[call-arg]
    built = Order("o-1", Color.RED, datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC), items=[item])
    assert built.to_dict() == {
        "orderId": "o-1",
        "color": "red",
        "createdAt": "2025-01-01T00:00:00Z",
        "items": [{"name": "a"}],
    }


def test_setters_equality_and_repr() -> None:
    order = Order.from_dict(dict(ORDER))
    order.color = Color.BLUE
    order.paid = True
    order["extra"] = 1
    assert order.to_dict() == {**ORDER, "color": "blue", "paid": True, "extra": 1}
    assert Item("a") == Item.from_dict({"name": "a"}) and Item("a") != Item.from_dict({"name": "b"})
    assert Item("a") != Item("a", count=1) and Item("a") != Counts.from_dict({"name": "a", "total": 1})
    assert repr(Item("a")) == "Item(name='a')"  # an unset optional field is left out
    assert repr(Item.from_dict({"count": 1, "x": 2})) == "Item(name=<missing>, count=1, additional_properties={'x': 2})"
    assert repr(Closed.from_dict({})) == "Closed(code=<missing>)"


def test_mapping_methods_and_class_attributes() -> None:
    item = Item.from_dict({"name": "a", "x": 1, "y": 2})
    assert item.additional_keys == ["x", "y"] and "x" in item and item["y"] == 2
    del item["x"]
    assert item.additional_properties == {"y": 2}
    item.additional_properties = {"z": 3}
    assert item.to_dict() == {"z": 3, "name": "a"}
    assert Order._FIELDS_["created"] == "createdAt" and "orderId" in Order._WIRE_NAMES_
    assert list(Item._FIELDS_) == ["name", "count"] and frozenset({"name", "count"}) == Item._WIRE_NAMES_


def test_fields_are_kept_in_their_slots_for_generic_walks() -> None:
    order = Order.from_dict({"color": "green"})
    order._load_every_field_()  # what tests/sdk_unit/sdk_support.walk does before reading `_<name>`
    slots = {name: getattr(order, "_" + name) for name in Order._FIELDS_}
    assert slots["order_id"] is MISSING and slots["created"] is MISSING and slots["items"] is UNSET
    assert str(slots["color"]) == "green" and not slots["color"].is_known


def test_a_union_takes_the_first_branch_whose_required_names_are_there_else_the_last_leniently() -> None:
    assert isinstance(Job.from_dict({"result": {"kind": "f", "url": "u"}}).result, FileResult)
    assert isinstance(Job.from_dict({"result": {"kind": "e", "reason": "r"}}).result, ErrorResult)
    assert isinstance(Job.from_dict({"result": {"url": "u"}}).result, ErrorResult)  # the lenient last branch
    not_object = Job.from_dict({"result": [1]})
    assert not_object.result is UNSET and not_object.additional_properties == {"result": [1]}
    owner = Job.from_dict({"owner": None}).owner
    assert owner is None
    # A branch that is a plain value (null here) keeps what no model branch takes, as openapi-python-client does.
    assert Job.from_dict({"owner": "text"}).owner == "text"
    job = Job.from_dict({"result": {"kind": "f", "url": "u"}, "owner": {"name": "n"}})
    assert job.to_dict() == {"result": {"kind": "f", "url": "u"}, "owner": {"name": "n"}}
    assert Job(result=ErrorResult("e"), owner=None).to_dict() == {"result": {"kind": "e"}, "owner": None}


def test_typed_additional_properties_are_converted_in_from_dict() -> None:
    counts = Counts.from_dict({"total": 2, "a": 1})
    assert counts.additional_properties == {"a": 1} and counts["a"] == 1
    colors = Colors.from_dict({"x": "red", "y": "purple"})
    assert colors["x"] is Color.RED and not colors["y"].is_known
    assert colors.to_dict() == {"x": "red", "y": "purple"}
    assert repr(colors) == "Colors(additional_properties={'x': <Color.RED: 'red'>, 'y': <Color.purple: 'purple'>})"
    assert Colors() == Colors.from_dict({}) != colors and repr(Colors()) == "Colors()"  # a model without fields
    with pytest.raises(ValueError):  # an enum does not take a number: the enclosing model keeps the object
        Colors.from_dict({"x": 1})


def test_views_copy_and_pickle_like_constructed_models() -> None:
    order = Order.from_dict(dict(ORDER))
    for other in (copy.copy(order), copy.deepcopy(order), pickle.loads(pickle.dumps(order))):
        assert other.to_dict() == order.to_dict() == ORDER
        assert other.items == order.items


def test_a_copied_or_pickled_model_with_unset_fields_is_equal_to_the_original() -> None:
    # An unset optional field holds the one UNSET; a copy that made a second one printed `field=UNSET` and was
    # not equal to the model it was copied from.
    order = Order.from_dict({k: v for k, v in ORDER.items() if k != "note"})
    assert order.note is UNSET
    for other in (copy.deepcopy(order), pickle.loads(pickle.dumps(order))):
        assert other.note is UNSET and other == order and repr(other) == repr(order)
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and copy.deepcopy(UNSET) is UNSET


def test_a_subclass_adds_fields_to_its_parents() -> None:
    class Tagged(Item):
        tag: str | Unset = field("tag", STR, default=UNSET)

    tagged = Tagged.from_dict({"name": "a", "tag": "t"})
    assert (tagged.name, tagged.tag) == ("a", "t") and list(Tagged._FIELDS_) == ["name", "count", "tag"]
    assert list(inspect.signature(Tagged).parameters) == ["name", "count", "tag"]


def test_an_open_enum_keeps_unknown_values() -> None:
    assert Color.from_wire("red") is Color.RED and Color.RED.is_known and str(Color.RED) == "red"
    purple = Color.from_wire("purple")
    assert not purple.is_known and str(purple) == "purple" and purple.value == "purple"
    assert Color("purple") == purple
    with pytest.raises(ValueError):
        Color(3)  # type: ignore[arg-type]
