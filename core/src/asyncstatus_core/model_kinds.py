"""Field kinds of generated models: how one JSON value becomes a field's value and back.

Part of asyncstatus-core; `model.field` takes one kind a field (asyncstatus_core.model re-exports them, so a
generated model imports from one module). They mirror openapi-python-client's property templates (construct /
check / transform), including their quirks in unions (a branch is tried in the spec's order; a value no
branch takes is kept as it is when a branch is a plain JSON type), so answers parse as the per-field
generated code parsed them.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast
from uuid import UUID

from .wire import format_datetime, parse_datetime

if TYPE_CHECKING:
    from .model import Model

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "UUID_TEXT",
    "Kind",
    "const",
    "enum",
    "list_of",
    "model",
    "union",
]

T = TypeVar("T")
M = TypeVar("M", bound="Model")

# What a union's branch may raise when it does not fit (openapi-python-client's union template catches
# these four; anything else makes the whole field unusable, as it did there).
_BRANCH_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


class Kind(ABC, Generic[T]):
    """How one JSON value becomes a Python value (`parse`, which raises one of `answers.PARSE_ERRORS` on a value
    it cannot use) and back (`dump`). `constructs`: False for values used as received (JSON scalars, `Any`,
    null), which a union keeps when no other branch takes the value. `transforms`: False when `dump` gives
    the value back as it is. `checks`: whether `fits` tells a value apart before `parse` (in a union)."""

    __slots__ = ()
    constructs: ClassVar[bool] = True
    transforms: ClassVar[bool] = True
    checks: ClassVar[bool] = True

    @abstractmethod
    def parse(self, raw: Any) -> T: ...

    def dump(self, value: T) -> Any:
        return value

    def fits(self, raw: Any, *, strict: bool = True) -> bool:
        """Whether a union should try this branch on `raw` (`strict=False`: the lenient last branch)."""
        return True

    def instance_type(self) -> type | tuple[type, ...]:
        """What `isinstance` tells this branch's values by, when a union writes its value back."""
        return object

    @property
    def checked_types(self) -> tuple[type, ...] | None:
        """For a JSON scalar, the types `parse` checks (a field checks them itself, saving a call)."""
        return None

    def converter(self) -> Callable[[Any], T]:
        """The function `parse` comes down to, called by a field without the kind in between (asked on a field's
        first read: a nested model's class is known by then)."""
        return self.parse


class _Plain(Kind[T]):
    """A JSON value used as received, after an optional type check (str, int, float, bool; `Any` checks none)."""

    __slots__ = ("name", "types")
    constructs = False
    transforms = False
    checks = False

    def __init__(self, types: tuple[type, ...], name: str) -> None:
        self.types = types
        self.name = name

    def parse(self, raw: Any) -> T:
        if self.types and not isinstance(raw, self.types):
            raise TypeError(f"expected {self.name}, got {type(raw).__name__}")
        return raw  # type: ignore[no-any-return]  # checked above (or `Any`)

    @property
    def checked_types(self) -> tuple[type, ...] | None:
        return self.types or None

    def __repr__(self) -> str:
        return self.name


# A tuple, not `int | float`: isinstance with a union object is slower, and this runs for every field.
STR: Kind[str] = _Plain((str,), "STR")
INT: Kind[int] = _Plain((int,), "INT")
FLOAT: Kind[float] = _Plain((int, float), "FLOAT")
BOOL: Kind[bool] = _Plain((bool,), "BOOL")
ANY: Kind[Any] = _Plain((), "ANY")
NONE: Kind[None] = _Plain((), "NONE")  # the `null` branch of a nullable union


class _Text(Kind[T]):
    """A value written as a JSON string: date-time, date, UUID."""

    __slots__ = ("_dump", "_parse", "_type")

    def __init__(self, parse: Callable[[Any], T], dump: Callable[[T], str], type_: type) -> None:
        self._parse = parse
        self._dump = dump
        self._type = type_

    def parse(self, raw: Any) -> T:
        return self._parse(raw)

    def converter(self) -> Callable[[Any], T]:
        return self._parse

    def dump(self, value: T) -> Any:
        return self._dump(value)

    def fits(self, raw: Any, *, strict: bool = True) -> bool:
        return isinstance(raw, str)

    def instance_type(self) -> type:
        return self._type


def _format_date(value: datetime.date) -> str:
    return value.isoformat()


DATETIME: Kind[datetime.datetime] = _Text(parse_datetime, format_datetime, datetime.datetime)
DATE: Kind[datetime.date] = _Text(datetime.date.fromisoformat, _format_date, datetime.date)
UUID_TEXT: Kind[UUID] = _Text(UUID, str, UUID)


class _Enum(Kind[T]):
    """An enum member from its value: a string enum through its `from_wire` (a fast look-up that keeps
    values the spec does not list, str_enum.py.jinja), an integer enum by calling the class."""

    __slots__ = ("_cls", "_parse", "_value_type")

    def __init__(self, cls: type[T]) -> None:
        self._cls = cls
        self._parse: Callable[[Any], T] = getattr(cls, "from_wire", cls)
        self._value_type: type = str if issubclass(cls, str) else int

    def parse(self, raw: Any) -> T:
        return self._parse(raw)

    def converter(self) -> Callable[[Any], T]:
        return self._parse

    def dump(self, value: T) -> Any:
        return value.value  # type: ignore[attr-defined]  # an enum member

    def fits(self, raw: Any, *, strict: bool = True) -> bool:
        return isinstance(raw, self._value_type)

    def instance_type(self) -> type:
        return self._cls


def enum(cls: type[T]) -> Kind[T]:
    """The kind of a field holding a member of the enum `cls`."""
    return _Enum(cls)


class _Nested(Kind[M]):
    """Another model. The class is named by a function, called on first use: generated modules import the
    models they refer to after their own class (so that cycles resolve), and a field is declared before that."""

    __slots__ = ("_cls", "_get", "_needs")

    def __init__(self, get: Callable[[], type[M]], needs: tuple[str, ...]) -> None:
        self._get = get
        self._cls: type[M] | None = None
        self._needs = frozenset(needs)

    def cls(self) -> type[M]:
        cls = self._cls
        if cls is None:
            cls = self._cls = self._get()
        return cls

    def parse(self, raw: Any) -> M:
        return self.cls().from_dict(raw)

    def converter(self) -> Callable[[Any], M]:
        return self.cls().from_dict

    def dump(self, value: M) -> Any:
        return value.to_dict()

    def fits(self, raw: Any, *, strict: bool = True) -> bool:
        # In a union a model branch is chosen by the required keys its schema names (`needs`): an answer limited
        # by Realtime Register's `fields` is not mistaken for a full Process. The last branch takes any object.
        if strict and self._needs:
            return isinstance(raw, dict) and self._needs <= raw.keys()
        return isinstance(raw, dict)

    def instance_type(self) -> type:
        return self.cls()


def model(get: Callable[[], type[M]], *, needs: tuple[str, ...] = ()) -> Kind[M]:
    """The kind of a field holding the model `get()` returns; `needs`, in a union, the JSON names an object
    must carry for this branch to be tried before the last one."""
    return _Nested(get, needs)


class _List(Kind[list[T]]):
    """A JSON array, item by item through `item` (as received when items are plain JSON values)."""

    __slots__ = ("item",)

    def __init__(self, item: Kind[T]) -> None:
        self.item = item

    def parse(self, raw: Any) -> list[T]:
        item = self.item
        if not item.constructs:
            return raw  # type: ignore[no-any-return]  # as received, unchecked, as openapi-python-client does
        if isinstance(item, _Nested):
            return list(map(item.cls().from_dict, raw))  # a third cheaper per item than the general loop
        return [item.parse(value) for value in raw]

    def converter(self) -> Callable[[Any], list[T]]:
        item = self.item
        if isinstance(item, _Nested):
            from_dict = item.cls().from_dict
            return lambda raw: list(map(from_dict, raw))
        return self.parse

    def dump(self, value: list[T]) -> Any:
        item = self.item
        if not item.transforms:
            return value
        if isinstance(item, _Nested):
            return [one.to_dict() for one in cast("list[Model]", value)]  # one call an item, as the old loop made
        return [item.dump(one) for one in value]

    def fits(self, raw: Any, *, strict: bool = True) -> bool:
        return isinstance(raw, list)

    def instance_type(self) -> type:
        return list


def list_of(item: Kind[T]) -> Kind[list[T]]:
    """The kind of a field holding a JSON array of `item`."""
    return _List(item)


class _Const(Kind[T]):
    """A value the schema fixes (`const`): any other value is unusable."""

    __slots__ = ("value",)
    transforms = False
    checks = False

    def __init__(self, value: T) -> None:
        self.value = value

    def parse(self, raw: Any) -> T:
        if raw != self.value:
            raise ValueError(f"must match const {self.value!r}, got {raw!r}")
        return raw  # type: ignore[no-any-return]  # equal to the constant

    def instance_type(self) -> type:
        return type(self.value)


def const(value: T) -> Kind[T]:
    """The kind of a field whose value the schema fixes."""
    return _Const(value)


class _Union(Kind[Any]):
    """One of several kinds (oneOf / anyOf, nullable), in the spec's order, as openapi-python-client's union
    template decides: a branch with a type check is tried and skipped when it does not fit, except the last
    one when no plain branch came before it (that one must fit, a model leniently: any object); a branch
    without a check is taken; a value no branch took is kept as received when any branch is a plain value."""

    __slots__ = ("_written", "branches", "nullable", "plain")
    checks = False  # a union inside a union is taken without a check, as the union template does

    def __init__(self, branches: tuple[Kind[Any], ...]) -> None:
        self.branches = branches
        self.nullable = any(branch is NONE for branch in branches)
        self.plain = any(not branch.constructs for branch in branches)
        written = [branch for branch in branches if branch.transforms]
        # Writing back: the branches that transform their value, told apart by isinstance; the last of them
        # takes any value when no branch is plain.
        self._written = tuple(written)

    def parse(self, raw: Any) -> Any:
        if self.nullable and raw is None:
            return None
        seen_plain = False
        last = len(self.branches) - 1
        for index, branch in enumerate(self.branches):
            if not branch.constructs:
                seen_plain = True
                continue
            if branch.checks and (index != last or seen_plain):
                try:
                    if not branch.fits(raw):
                        raise TypeError
                    return branch.parse(raw)
                except _BRANCH_ERRORS:
                    continue
            if branch.checks and not branch.fits(raw, strict=False):
                raise TypeError(f"no branch of the union takes {type(raw).__name__}")
            return branch.parse(raw)
        return raw  # only reached with a plain branch: the value as received

    def dump(self, value: Any) -> Any:
        written = self._written
        if not written:
            return value
        tried = written if self.plain else written[:-1]
        for branch in tried:
            if isinstance(value, branch.instance_type()):
                return branch.dump(value)
        return value if self.plain else written[-1].dump(value)


def union(*branches: Kind[Any]) -> Kind[Any]:
    """The kind of a field holding one of `branches` (a null-able field lists `NONE`)."""
    return _Union(branches)
