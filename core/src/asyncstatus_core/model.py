"""The behaviour of every generated model, written once: a generated model module only declares its fields.

Part of asyncstatus-core, the runtime every generated package depends on (scripts/codegen/templates/
model.py.jinja renders the declarations). A model is a typed view over the decoded JSON object (issue 9):

    class ProcessStatus(OpenModel[Any]):
        event_type: str = field("eventType", STR)
        '''The kind of request being processed.'''
        links: list[Link] | Unset = field("links", list_of(model(lambda: Link)), default=UNSET)

- `from_dict` keeps the object (a non-dict mapping is copied) and converts nothing; a field is converted by
  its `Kind` when first read and kept in the instance attribute `_<name>` (the class holds `PENDING` there
  until then), which generic walks read without raising;
- a required field that is absent or unusable is `MISSING` and raises `errors.MissingField` when read (the
  answer rule, `answers.raise_missing`); an unusable value is kept (`_keep_unusable_`) and shows in
  `additional_properties`, so `to_dict()` writes back what was received;
- `__init__` (typed keywords, as the declarations say), `to_dict`, `__eq__`, `__repr__`, `_FIELDS_` and
  `_WIRE_NAMES_` come from the declarations; `OpenModel` adds `additional_properties` and the mapping methods.

The class is not a dataclass (PEP 681 `dataclass_transform` tells type checkers it behaves like one, so mypy
sees the keyword `__init__` and each attribute's type) because its fields are lazy views; attrs and pydantic
convert eagerly, which costs a parse of every field of every object of a bulk answer that is mostly not read.
The field kinds (`STR`, `enum(...)`, `list_of(...)`...) are in `model_kinds`, re-exported here so that a
generated model imports from one module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, ClassVar, Generic, NoReturn, Self, TypeVar, dataclass_transform

from .answers import MISSING, PARSE_ERRORS, PENDING, raise_missing
from .model_kinds import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    NONE,
    STR,
    UUID_TEXT,
    Kind,
    const,
    enum,
    list_of,
    model,
    union,
)
from .types import UNSET

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
    "Field",
    "Kind",
    "Model",
    "OpenModel",
    "const",
    "enum",
    "field",
    "list_of",
    "model",
    "union",
]

T = TypeVar("T")
V = TypeVar("V")


class _NoDefault:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<no default>"


_NO_DEFAULT: Any = _NoDefault()


class Field(Generic[T]):
    """One declared field: its JSON name, kind, default and whether it is required. The model class reads it
    as a property (compiled by `Model`) that converts the answer's value on first read and keeps it in the
    instance attribute `_<name>`; a required field reads `MISSING` as `errors.MissingField`."""

    __slots__ = ("absent", "checked", "convert", "default", "kind", "name", "required", "slot", "wire")

    def __init__(self, wire: str, kind: Kind[T], default: Any, required: bool) -> None:
        self.wire = wire
        self.kind = kind
        self.default = default
        self.required = required
        self.absent: Any = MISSING if required else UNSET  # what an absent or unusable value reads as
        # A JSON scalar is only type-checked: done in `load` itself, the commonest field costs no further call.
        self.checked = kind.checked_types
        self.convert: Callable[[Any], T] | None = None  # the kind's converter, from the first read on
        self.name = self.slot = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.slot = "_" + name

    def load(self, instance: Model) -> T:
        """Convert the answer's value (once); an unusable one reads as absent and is kept (open models)."""
        absent = self.absent
        raw = instance._object_.get(self.wire, absent)
        value = raw
        if raw is not absent:
            checked = self.checked
            if checked is not None:
                if not isinstance(raw, checked):
                    value = absent
                    instance._keep_unusable_(self.wire, raw)
            else:
                convert = self.convert
                if convert is None:
                    convert = self.convert = self.kind.converter()
                try:
                    value = convert(raw)
                except PARSE_ERRORS:
                    value = absent
                    instance._keep_unusable_(self.wire, raw)
        instance.__dict__[self.slot] = value
        return value  # type: ignore[no-any-return]  # parsed by the field's kind

    def __repr__(self) -> str:
        return f"field({self.wire!r}, {self.kind!r})"


def field(wire: str, kind: Kind[Any], *, default: Any = _NO_DEFAULT, required: bool | None = None) -> Any:
    """Declare a model field: its JSON name, its kind and, for a field the constructor may leave out, its
    default (`UNSET` for an optional field). `required=True` marks a required field that has a default.
    Typed `Any` so that `name: str = field(...)` type-checks; type checkers read the annotation."""
    is_required = default is _NO_DEFAULT if required is None else required
    return Field(wire, kind, default, is_required)


@dataclass_transform(field_specifiers=(field,))
class Model:
    """The behaviour of a generated model; a subclass declares its fields with `field`."""

    # Attribute name -> JSON name of every described field (what a generic walk over models reads).
    _FIELDS_: ClassVar[dict[str, str]] = {}
    _WIRE_NAMES_: ClassVar[frozenset[str]] = frozenset()
    _DECLARED_: ClassVar[tuple[Field[Any], ...]] = ()
    _OPEN_: ClassVar[bool] = False
    _EAGER_: ClassVar[bool] = False  # typed additional properties, converted in from_dict
    # Not slotted: a field not converted yet reads the class's PENDING, so `from_dict` stores one attribute.
    # Declared here, not in OpenModel: type checkers take a dataclass-like subclass's annotations for fields.
    _object_: Mapping[str, Any]
    _additional_properties: Any = None  # OpenModel: the additional properties once read
    _unusable_: dict[str, Any] | None = None  # OpenModel: described fields' values that could not be read

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = [value for value in vars(cls).values() if isinstance(value, Field)]
        names = {one.name for one in own}
        declared = [one for one in cls._DECLARED_ if one.name not in names] + own  # a subclass adds to its parent's
        cls._DECLARED_ = tuple(declared)
        cls._FIELDS_ = {one.name: one.wire for one in declared}
        cls._WIRE_NAMES_ = frozenset(cls._FIELDS_.values())
        for one in declared:
            setattr(cls, one.slot, PENDING)
        compiled = _compile(cls, declared)
        cls.__init__ = compiled.pop("__init__")  # type: ignore[method-assign]  # as dataclasses do
        cls._load_every_field_ = compiled.pop("_load_every_field_")  # type: ignore[method-assign]
        cls._write_fields_ = compiled.pop("_write_fields_")  # type: ignore[method-assign]
        cls._compared_ = compiled.pop("_compared_")  # type: ignore[method-assign]
        cls._shown_ = compiled.pop("_shown_")  # type: ignore[method-assign]
        cls.from_dict = classmethod(compiled.pop("from_dict"))  # type: ignore[method-assign, assignment]
        for one in declared:
            setattr(cls, one.name, property(compiled["get_" + one.name], compiled["set_" + one.name]))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A view over `src_dict` (kept, not copied; a non-dict mapping is copied): fields are converted when read."""
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)  # raises on a value that is no mapping, as openapi-python-client's output does
        self = cls.__new__(cls)
        self._object_ = src_dict
        if cls._EAGER_:
            # Typed additional properties are converted here, as openapi-python-client's output does: a value that
            # does not fit makes from_dict raise, so the enclosing model keeps this object as unusable.
            self._convert_extra_()
        return self

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        """A closed model (no additional properties) drops an unusable value: it has nowhere to keep it."""

    def _load_every_field_(self) -> None:
        """Convert every field not read yet (for to_dict, equality, repr and additional_properties)."""
        for one in self._DECLARED_:
            if getattr(self, one.slot) is PENDING:
                one.load(self)

    def _values_(self) -> Iterator[tuple[Field[Any], Any]]:
        self._load_every_field_()
        for one in self._DECLARED_:
            yield one, getattr(self, one.slot)

    def _convert_extra_(self) -> None:
        """Convert the typed additional properties (a closed model has none)."""

    def _extra_(self) -> dict[str, Any]:
        """The JSON of the additional properties (none on a closed model)."""
        return {}

    def _write_fields_(self, field_dict: dict[str, Any]) -> None:
        """Put the JSON of every field that has a value into `field_dict` (compiled for each model class)."""
        for one, value in self._values_():
            if value is not one.absent:
                field_dict[one.wire] = one.kind.dump(value)

    def to_dict(self) -> dict[str, Any]:
        field_dict = self._extra_()  # first: the fields, in their order, replace additional properties of their name
        self._load_every_field_()
        self._write_fields_(field_dict)
        return field_dict

    def _compared_(self) -> tuple[Any, ...]:
        return tuple(value for _, value in self._values_())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared_() == other._compared_()

    def _shown_(self) -> list[str]:
        return [f"{one.name}={value!r}" for one, value in self._values_() if one.required or value is not UNSET]

    def __repr__(self) -> str:
        """The fields the answer carried (an unset optional field is left out, as in the answer)."""
        return f"{type(self).__name__}({', '.join(self._shown_())})"


def _missing(model: Model, wire_name: str, attribute: str) -> NoReturn:
    """A required field's read when the answer lacked it (looked up when called, so tests can replace it)."""
    raise_missing(model, wire_name, attribute)


def _compile(cls: type[Model], declared: list[Field[Any]]) -> dict[str, Callable[..., Any]]:
    """The keyword constructor the declarations describe, each field's getter and setter, and the walks over
    every field (`_load_every_field_`, `_write_fields_` for to_dict), compiled from source as dataclasses compiles
    its `__init__`: a generic `*args, **kwargs` constructor would be slower and
    lose the signature users and tools read, and a getter reading its slot by name (getattr, or a descriptor's
    `__get__`) costs about half as much again as a property reading `self._name` on every read."""
    params, init = [], ["self._object_ = {}"]
    scope: dict[str, Any] = {"PENDING": PENDING, "MISSING": MISSING, "UNSET": UNSET, "_missing": _missing}
    lines: list[str] = []
    for one in declared:
        if one.default is _NO_DEFAULT:
            params.append(one.name)
        else:
            scope[f"_default_{one.name}"] = one.default
            params.append(f"{one.name}=_default_{one.name}")
        init.append(f"self.{one.slot} = {one.name}")
        scope[f"_field_{one.name}"] = one
        lines += [
            f"def get_{one.name}(self):",
            f"    value = self.{one.slot}",
            "    if value is PENDING:",
            f"        value = _field_{one.name}.load(self)",
        ]
        if one.required:
            lines += ["    if value is MISSING:", f"        _missing(self, {one.wire!r}, {one.name!r})"]
        lines += ["    return value", f"def set_{one.name}(self, value):", f"    self.{one.slot} = value"]
    if cls._OPEN_:
        init += ["self._additional_properties = {}", "self._unusable_ = None"]
    lines += [f"def __init__(self, {', '.join(params)}):", *(f"    {line}" for line in init)]
    lines += ["def _load_every_field_(self):", "    pass"]
    for one in declared:
        lines += [f"    if self.{one.slot} is PENDING:", f"        _field_{one.name}.load(self)"]
    compared = [f"self.{one.slot}" for one in declared] + (["self.additional_properties"] if cls._OPEN_ else [])
    lines += [
        "def _compared_(self):",
        "    self._load_every_field_()",
        f"    return ({''.join(item + ', ' for item in compared)})",
    ]
    lines += ["def _shown_(self):", "    self._load_every_field_()", "    shown = []"]
    for one in declared:
        shown = f"    shown.append(f'{one.name}={{self.{one.slot}!r}}')"
        lines += [shown] if one.required else [f"    if self.{one.slot} is not UNSET:", "    " + shown]
    if cls._OPEN_:
        lines += [
            "    if self.additional_properties:",
            "        shown.append(f'additional_properties={self.additional_properties!r}')",
        ]
    lines += ["    return shown"]
    # from_dict is what a bulk answer runs for each of its objects: no branch for typed additional properties
    # where there are none, and object.__new__ without looking it up on the class each time.
    lines += [
        "def from_dict(cls, src_dict):",
        "    if src_dict.__class__ is not dict:",
        "        src_dict = dict(src_dict)",
    ]
    lines += ["    self = _new(cls)", "    self._object_ = src_dict"]
    lines += ["    self._convert_extra_()"] if cls._EAGER_ else []
    lines += ["    return self"]
    scope["_new"] = object.__new__
    lines += ["def _write_fields_(self, field_dict):", "    pass"]
    for one in declared:
        absent = "MISSING" if one.absent is MISSING else "UNSET"
        if one.kind.transforms:
            scope[f"_dump_{one.name}"] = one.kind.dump
            written = f"_dump_{one.name}(value)"
        else:
            written = "value"
        lines += [
            f"    value = self.{one.slot}",
            f"    if value is not {absent}:",
            f"        field_dict[{one.wire!r}] = {written}",
        ]
    compiled: dict[str, Any] = {}
    exec("\n".join(lines), scope, compiled)  # built from the class's own identifiers, as dataclasses does
    annotations: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):  # strings under `from __future__ import annotations`
        annotations.update(vars(klass).get("__annotations__", {}))
    constructor = compiled["__init__"]
    constructor.__annotations__ = {one.name: annotations[one.name] for one in declared if one.name in annotations}
    constructor.__annotations__["return"] = "None"
    for one in declared:  # the property's type, for help() and documentation tools, as a hand-written one has
        if one.name in annotations:
            compiled["get_" + one.name].__annotations__ = {"return": annotations[one.name]}
            compiled["set_" + one.name].__annotations__ = {"value": annotations[one.name], "return": "None"}
    compiled["from_dict"].__doc__ = Model.from_dict.__doc__
    for name, function in compiled.items():
        function.__qualname__ = f"{cls.__qualname__}.{name}"
        function.__module__ = cls.__module__
    return compiled


class OpenModel(Model, Generic[V]):
    """A model whose schema allows other members (`additionalProperties`): they, and the values of described
    fields that could not be read, are `additional_properties`, also reachable as `model["name"]`. Typed
    additional properties (`class X(OpenModel[int], extra=INT)`) are converted in `from_dict`."""

    _OPEN_ = True
    _EXTRA_: ClassVar[Kind[Any]] = ANY

    def __init_subclass__(cls, extra: Kind[Any] | None = None, **kwargs: Any) -> None:
        if extra is not None:
            cls._EXTRA_ = extra
            cls._EAGER_ = extra.constructs
        super().__init_subclass__(**kwargs)

    def _keep_unusable_(self, wire_name: str, raw: Any) -> None:
        if self._unusable_ is None:
            self._unusable_ = {}
        self._unusable_[wire_name] = raw

    @property
    def additional_properties(self) -> dict[str, V]:
        """The answer's fields the spec does not describe, and described fields whose value could not be read."""
        value: dict[str, V] | None = self._additional_properties
        if value is None:
            value = self._load_additional_properties()
        return value

    @additional_properties.setter
    def additional_properties(self, value: dict[str, V]) -> None:
        self._additional_properties = value

    def _load_additional_properties(self) -> dict[str, V]:
        self._load_every_field_()
        known = self._WIRE_NAMES_
        d = {key: value for key, value in self._object_.items() if key not in known}
        if self._unusable_:
            d.update(self._unusable_)
        extra = self._EXTRA_
        if extra.constructs:
            d = {key: extra.parse(value) for key, value in d.items()}
        self._additional_properties = d
        return d

    def _convert_extra_(self) -> None:
        self._load_additional_properties()

    def _extra_(self) -> dict[str, Any]:
        extra = self._EXTRA_
        if extra.transforms:
            return {key: extra.dump(value) for key, value in self.additional_properties.items()}
        return dict(self.additional_properties)

    def _compared_(self) -> tuple[Any, ...]:
        return (*super()._compared_(), self.additional_properties)

    def _shown_(self) -> list[str]:
        shown = super()._shown_()
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return shown

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: V) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
