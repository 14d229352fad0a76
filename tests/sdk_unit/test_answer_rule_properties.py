"""Property tests of the answer rule (issue 8, section 3) for every operation of every SDK and any status code.

Answers are derived from the spec's examples and mutated by hypothesis: a field dropped, set to null or given
another JSON type at any depth, extra fields, a top-level array or scalar, an empty body, HTML, truncated JSON,
bytes that are not text, another content type, statuses documented or not (520 is not in `http.HTTPStatus`).

1. `sync_detailed` raises nothing but the package's `errors.SDKError` (a documented success status whose body
   cannot be used: `UnexpectedResponse`; an undocumented status with `raise_on_unexpected_status`:
   `UnexpectedStatus`); when it returns, `.content` is the raw answer and `status_code` the status.
2. Reading every attribute of the parsed tree raises nothing but `errors.MissingField`; `to_dict()` of every
   model in it never raises and gives JSON.
3. The waiter, fed the mutated answer and then a terminal success, raises only the package's own errors or
   returns the status model: 401/403 AuthenticationFailed, 404 ProcessNotFound, 429/5xx retried.
4. An unmutated example (one of the strategy's cases) parses exactly: `to_wire(parsed) == example`.
5. Every RFC 3339 date-time form parses in each model with a `format: date-time` field and is written back
   exactly as received.
"""

from __future__ import annotations

import copy
import datetime
import functools
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from asyncstatus_core import answers as core_answers
from asyncstatus_core import model as core_model
from codegen.sdkfacts import snake_case
from corpus.test_sdk_handles_corpus import client_answering, status_case, terminal_answer, touch
from hypothesis import HealthCheck, event, find, given, note, settings
from hypothesis import strategies as st

from sdk_unit.sdk_support import (
    TEST_BASE_URL,
    OperationCase,
    ResponseExample,
    operation_cases,
    provider_not_found,
    response_examples,
    to_wire,
)

CASES = operation_cases()
STATUS_CASES = [case for case in (status_case(key) for key in dict.fromkeys(c.key for c in CASES)) if case]
# Statuses any server, gateway or CDN may send, besides the documented ones (520: Cloudflare, not in HTTPStatus).
EXTRA_STATUSES = (200, 202, 204, 302, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 504, 520)
RETRIED = frozenset({429, 500, 502, 503, 504})
OTHER_CONTENT_TYPES = (
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/plain",
    "text/html; charset=utf-8",
    "application/xml",
    "text/csv",
    "application/octet-stream",
    "",
)
HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
    b"\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
JSON_MUTATIONS = ("drop", "null", "wrong-type", "extra-fields", "array-root", "scalar-root")
BYTE_MUTATIONS = (
    "empty",
    "whitespace",
    "html",
    "truncated-json",
    "text",
    "binary",
    "deeply-nested",
    "csv",
    "utf-16",
    "utf-8-bom",
)
# Every label the answer strategy can give; test_strategy_reaches_every_kind_of_answer finds each one.
LABELS = ("baseline", "other-content-type", "undocumented-status", "retry-after", *JSON_MUTATIONS, *BYTE_MUTATIONS)

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# for find(): the strategies reach a case. No deadline: a deeply nested answer takes longer on a loaded machine, and
# speed is measured in benchmarks, not asserted here.
FIND = settings(max_examples=2_000, derandomize=True, database=None, deadline=None)


@dataclass(frozen=True)
class Answer:
    """One drawn server answer; `example` is the spec example's value when the answer is that example unmutated."""

    status: int
    content: bytes
    content_type: str | None
    retry_after: str | None
    labels: tuple[str, ...]
    example: Any = None
    raise_on_unexpected_status: bool = False

    @property
    def is_baseline(self) -> bool:
        return "baseline" in self.labels

    def response(self) -> httpx.Response:
        headers = {}
        if self.content_type is not None:
            headers["Content-Type"] = self.content_type
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        return httpx.Response(self.status, content=self.content, headers=headers)

    def __repr__(self) -> str:
        shown = self.content if len(self.content) <= 300 else self.content[:300] + b"..."
        return (
            f"Answer(status={self.status}, content_type={self.content_type!r}, retry_after={self.retry_after!r},"
            f" labels={self.labels}, raise_on_unexpected_status={self.raise_on_unexpected_status}, content={shown!r})"
        )


# --- JSON documents: paths and mutations at any depth -------------------------------------------------------

Path = tuple[str | int, ...]


def paths(value: Any, prefix: Path = ()) -> Iterator[Path]:
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from paths(inner, (*prefix, index))


def at(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part]
    return value


def replaced(value: Any, path: Path, new: Any) -> Any:
    if not path:
        return new
    root = copy.deepcopy(value)
    at(root, path[:-1])[path[-1]] = new
    return root


def dropped(value: Any, path: Path) -> Any:
    root = copy.deepcopy(value)
    del at(root, path[:-1])[path[-1]]
    return root


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


KEYS = st.one_of(st.text(max_size=8), st.sampled_from(["additional_properties", "__class__", "", "id", "status"]))
WEIRD_STRINGS = st.sampled_from(["2024-13-45T99:99:99Z", "/Date(1718841600000-0000)/", "SUCCESS", "true", "1"])
# One strategy per JSON type, so "another type" is drawn without filtering.
BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "number": st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=True, allow_infinity=True),
    "string": st.text(max_size=12) | WEIRD_STRINGS,
}
SCALARS = st.one_of(*BY_TYPE.values())
BY_TYPE["array"] = st.lists(SCALARS, max_size=3) | st.lists(st.dictionaries(KEYS, SCALARS, max_size=2), max_size=2)
BY_TYPE["object"] = st.dictionaries(KEYS, SCALARS, max_size=3)
VALUES = st.one_of(*BY_TYPE.values())


def mutate_json(draw: st.DrawFn, value: Any, mutation: str) -> tuple[Any, bool]:
    """`value` with one mutation applied, and whether it applied (a drop needs a field to drop...)."""
    every = list(paths(value))
    if mutation == "drop":
        inner = [p for p in every if p]
        if not inner:
            return value, False
        return dropped(value, draw(st.sampled_from(inner))), True
    if mutation == "null":
        return replaced(value, draw(st.sampled_from(every)), None), True
    if mutation == "wrong-type":
        path = draw(st.sampled_from(every))
        other = draw(st.sampled_from([kind for kind in BY_TYPE if kind != json_type(at(value, path))]))
        return replaced(value, path, draw(BY_TYPE[other])), True
    if mutation == "extra-fields":
        objects = [p for p in every if isinstance(at(value, p), dict)]
        if not objects:
            return value, False
        path = draw(st.sampled_from(objects))
        extra = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=3))
        return replaced(value, path, {**at(value, path), **extra}), True
    if mutation == "array-root":
        return draw(st.sampled_from([[value], [value, value], [], [1, "two"]])), True
    assert mutation == "scalar-root"
    return draw(SCALARS), True


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


def mutate_bytes(draw: st.DrawFn, value: Any, mutation: str, texts: list[str]) -> bytes:
    if mutation == "empty":
        return b""
    if mutation == "whitespace":
        return draw(st.sampled_from([b" ", b"\r\n", b" \t\n "]))
    if mutation == "html":
        return HTML
    if mutation == "truncated-json":
        whole = dumps(value)
        return whole[: draw(st.integers(min_value=1, max_value=max(1, len(whole) - 1)))]
    if mutation == "text":
        return draw(st.text(max_size=30)).encode()
    if mutation == "binary":
        return draw(st.binary(min_size=1, max_size=30))
    if mutation == "deeply-nested":
        depth = draw(st.sampled_from([900, 5_000, 100_000]))
        opener, closer = draw(st.sampled_from([(b"[", b"]"), (b'{"a":', b"}")]))
        return opener * depth + b"1" + closer * depth
    if mutation == "csv":
        return draw(st.sampled_from([*texts, "id,status\r\n1,DONE\r\n", "a,b\n"])).encode()
    if mutation == "utf-16":
        return json.dumps(value).encode("utf-16")
    assert mutation == "utf-8-bom"
    return json.dumps(value).encode("utf-8-sig")


@functools.cache
def examples_of(case: OperationCase) -> tuple[ResponseExample, ...]:
    return tuple(e for e in response_examples() if e.case == case)


@functools.cache
def documented_statuses(case: OperationCase) -> frozenset[int]:
    return frozenset(int(status) for status in case.op.responses if status.isdigit())


@functools.cache
def call_kwargs(case: OperationCase) -> dict[str, Any]:
    return case.kwargs()


@st.composite
def answers(draw: st.DrawFn, case: OperationCase) -> Answer:
    """An answer to `case`: a spec example unmutated (the baseline), or mutated, under any status."""
    examples = examples_of(case)
    json_examples = [e for e in examples if e.is_json]
    texts = [str(e.value) for e in examples if not e.is_json]
    raise_flag = draw(st.booleans())
    if draw(st.integers(min_value=0, max_value=7)) == 0:
        example = draw(st.sampled_from(json_examples))
        event("baseline")
        return Answer(
            int(example.status),
            dumps(example.value),
            example.media_type,
            None,
            ("baseline",),
            example.value,
            raise_flag,
        )
    labels: list[str] = []
    documented = sorted(documented_statuses(case))
    status = draw(st.sampled_from(sorted({*documented, *EXTRA_STATUSES})))
    if status not in documented:
        labels.append("undocumented-status")
    same = [e for e in json_examples if e.status == str(status)]
    example = draw(st.sampled_from(same + json_examples))  # an example of this status more often than not
    value = example.value
    if draw(st.booleans()):
        for mutation in draw(st.lists(st.sampled_from(JSON_MUTATIONS), min_size=1, max_size=3)):
            value, applied = mutate_json(draw, value, mutation)
            if applied:
                labels.append(mutation)
        content = dumps(value)
    else:
        mutation = draw(st.sampled_from(BYTE_MUTATIONS))
        labels.append(mutation)
        content = mutate_bytes(draw, value, mutation, texts)
    content_type: str | None = example.media_type
    if draw(st.booleans()):
        content_type = draw(st.sampled_from([*OTHER_CONTENT_TYPES, None]))
        labels.append("other-content-type")
    retry_after = draw(st.sampled_from([None, None, "0", "2", "120", "soon", "", "Wed, 21 Oct 2015 07:28:00 GMT"]))
    if retry_after is not None:
        labels.append("retry-after")
    for label in labels:
        event(label)
    return Answer(status, content, content_type, retry_after, tuple(labels), None, raise_flag)


# --- helpers ----------------------------------------------------------------------------------------------


def client_for(case: OperationCase, answer: Answer) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        return answer.response()

    return case.sdk.package.Client(
        base_url=TEST_BASE_URL,
        httpx_args={"transport": httpx.MockTransport(respond)},
        raise_on_unexpected_status=answer.raise_on_unexpected_status,
    )


def call(case: OperationCase, answer: Answer) -> Any:
    """`sync_detailed` on `answer`; only the package's SDKError may come out (anything else fails the test)."""
    note(repr(answer))
    with client_for(case, answer) as client:
        return case.module.sync_detailed(client=client, **call_kwargs(case))


def models_in(value: Any) -> Iterator[Any]:
    """Every model in a parsed tree, through the stored attributes (which never raise), lists and dicts."""
    fields = getattr(type(value), "_FIELDS_", None)  # generated models (asyncstatus_core.model)
    if fields is not None:
        yield value
        value._load_every_field_()  # models convert a field when it is read: convert them all
        for name in fields:
            yield from models_in(getattr(value, "_" + name))
        yield from models_in(getattr(value, "additional_properties", {}))
    elif isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models_in(item)


def check_call(case: OperationCase, answer: Answer) -> Any:
    """Property 1 for one answer; the Response, or None when the package raised one of its documented errors."""
    errors = case.sdk.submodule("errors")
    documented = answer.status in documented_statuses(case)
    try:
        result = call(case, answer)
    except errors.UnexpectedResponse as error:
        assert documented and 200 <= answer.status < 300, f"UnexpectedResponse for a {answer.status}: {error}"
        assert error.status_code == answer.status and error.content == answer.content
        assert not answer.is_baseline, f"an unmutated example raised {error!r}"
        return None
    except errors.UnexpectedStatus as error:
        assert not documented and answer.raise_on_unexpected_status, f"UnexpectedStatus for a documented {error}"
        assert error.status_code == answer.status and error.content == answer.content
        return None
    assert not (answer.raise_on_unexpected_status and not documented), "an undocumented status did not raise"
    assert int(result.status_code) == answer.status
    assert result.content == answer.content, "the raw answer is kept"
    return result


# --- 1, 2, 4: the call ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=str)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_call_raises_only_package_errors(case: OperationCase, data: st.DataObject) -> None:
    """Properties 1 and 4: only errors.SDKError comes out of a call; an unmutated example parses exactly."""
    answer = data.draw(answers(case), label="answer")
    result = check_call(case, answer)
    if answer.is_baseline:
        assert result is not None and result.parsed is not None, "an unmutated example did not parse"
        assert to_wire(result.parsed) == answer.example, "to_dict() does not give the example back"


@pytest.mark.parametrize("case", CASES, ids=str)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_parsed_tree_reads_only_missing_field(case: OperationCase, data: st.DataObject) -> None:
    """Property 2: every attribute read raises at most MissingField; every model's to_dict() gives JSON."""
    answer = data.draw(answers(case), label="answer")
    result = check_call(case, answer)
    if result is None:
        return
    errors = case.sdk.submodule("errors")
    missing: list[str] = []
    touch(result.parsed, errors, missing)
    for model in models_in(result.parsed):
        json.dumps(model.to_dict())
    if answer.is_baseline:
        assert missing == [], f"an unmutated example lacks required fields: {missing}"


# --- 3: the waiter -------------------------------------------------------------------------------------


def not_found_by_rule(case: OperationCase, answer: Answer) -> bool:
    """Whether the spec's `x-async-status` `not-found-answers` maps this answer to "no such process"."""
    for rule in case.op.async_status.not_found_answers if case.op.async_status else ():
        if answer.status != rule.status:
            continue
        try:
            value: Any = json.loads(answer.content)
        except (ValueError, RecursionError):
            continue
        for part in rule.field:
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str) and value in rule.values:
            return True
    return False


def expected_delay(answer: Answer) -> float:
    if answer.status in (429, 503) and answer.retry_after is not None:
        text = answer.retry_after.strip()
        if text.isdigit():
            return float(text)
        if text.endswith("GMT"):
            return 0.0  # an HTTP date in the past
    return 0.01  # the policy's backoff when the server names no delay


def check_waiter(case: OperationCase, answer: Answer) -> None:
    """Property 3 for one answer: fed `answer` and then a terminal success, the waiter decides by status."""
    sdk = case.sdk
    waiters, polling, errors = sdk.submodule("waiters"), sdk.submodule("_polling"), sdk.submodule("errors")
    after = terminal_answer(case, waiters)
    client = client_answering(case, answer.response(), after)
    client.raise_on_unexpected_status = answer.raise_on_unexpected_status
    delays: list[float] = []
    policy = polling.PollPolicy(initial=0.01, maximum=0.01, jitter=0.0)
    waiter = waiters._waiter(str(case), 3600.0, None, policy)
    note(repr(answer))

    def fetch() -> Any:
        return case.module.sync_detailed(client=client, **call_kwargs(case))

    try:
        with client:
            final = polling.wait_sync(waiter, fetch, delays.append)
    except errors.SDKError as error:
        raised: Exception | None = error
        final = None
    else:
        raised = None
    if answer.status in (401, 403):
        assert isinstance(raised, waiters.AuthenticationFailed), f"{raised!r} for {answer.status}"
        assert raised.status_code == answer.status
    elif answer.status == 404 and not provider_not_found(case.op, answer.content):
        assert isinstance(raised, waiters.UnexpectedAnswer), f"{raised!r} for a 404 that is not the provider's"
        assert "no such route" in str(raised)
    elif answer.status == 404 or not_found_by_rule(case, answer):
        assert isinstance(raised, waiters.ProcessNotFound), f"{raised!r} for {answer.status}"
    elif answer.status in RETRIED:
        assert raised is None, f"{raised!r}: the {answer.status} was not retried"
        assert to_wire(final) == json.loads(after.content), "the wait did not go on to the terminal answer"
        assert delays[0] == pytest.approx(expected_delay(answer)), "Retry-After or the backoff not honoured"
    elif 200 <= answer.status < 300:
        if raised is not None:
            assert isinstance(raised, waiters.UnexpectedAnswer), f"{raised!r} for a {answer.status}"
            assert raised.content == answer.content and raised.status_code == answer.status
        else:
            assert isinstance(final, waiter.model), f"the waiter returned {final!r}"
            assert waiters.lifecycle(final).is_terminal
    else:
        assert isinstance(raised, waiters.UnexpectedAnswer), f"{raised!r} for a {answer.status}"
        assert raised.content == answer.content and raised.status_code == answer.status
    if answer.is_baseline and 200 <= answer.status < 300:
        assert raised is None, f"an unmutated success example ended the wait with {raised!r}"


@pytest.mark.parametrize("case", STATUS_CASES, ids=str)
@PROPERTY_SETTINGS
@given(data=st.data())
def test_waiter_raises_only_package_errors(case: OperationCase, data: st.DataObject) -> None:
    """Property 3: the waiter decides by status code and lets out only the package's own errors."""
    check_waiter(case, data.draw(answers(case), label="answer"))


UNDOCUMENTED_RETRY_AFTER = [
    (case, status) for case in STATUS_CASES for status in (429, 503) if status not in documented_statuses(case)
]


@pytest.mark.parametrize(("case", "status"), UNDOCUMENTED_RETRY_AFTER, ids=str)
@settings(max_examples=5, deadline=None, derandomize=True, database=None)
@given(body=st.sampled_from([b"", HTML, b'{"message": "slow down"}']))
def test_waiter_honours_retry_after_of_an_undocumented_status(case: OperationCase, status: int, body: bytes) -> None:
    """A 429/503 the spec does not document, with raise_on_unexpected_status: the wait still honours Retry-After."""
    answer = Answer(status, body, "text/html", "2", ("retry-after",), None, raise_on_unexpected_status=True)
    check_waiter(case, answer)
    sdk = case.sdk
    waiters, polling = sdk.submodule("waiters"), sdk.submodule("_polling")
    client = client_answering(case, answer.response(), terminal_answer(case, waiters))
    client.raise_on_unexpected_status = True
    delays: list[float] = []
    waiter = waiters._waiter(str(case), 3600.0, None, polling.PollPolicy(initial=0.01, maximum=0.01, jitter=0.0))
    with client:
        polling.wait_sync(waiter, lambda: case.module.sync_detailed(client=client, **call_kwargs(case)), delays.append)
    assert delays[0] == 2.0, f"slept {delays[0]}s, not the 2s of Retry-After"


# --- 5: RFC 3339 date-times -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateTimeField:
    example: ResponseExample
    wire: str

    def __str__(self) -> str:
        return f"{self.example}.{self.wire}"


def date_time_fields() -> list[DateTimeField]:
    """Each top-level `format: date-time` property of each JSON object example's model (one example a model)."""
    found: dict[tuple[str, str, str], DateTimeField] = {}
    for example in response_examples():
        if not example.is_json or example.is_list or not example.model_name:
            continue
        schema = example.case.sdk.spec.schemas[example.model_name]
        for wire, prop in schema.properties.items():
            if prop.format == "date-time":
                found.setdefault((example.case.key, example.model_name, wire), DateTimeField(example, wire))
    return list(found.values())


DATE_TIME_FIELDS = date_time_fields()


@dataclass(frozen=True)
class Rfc3339:
    text: str
    expected: tuple[int, ...]  # year, month, day, hour, minute, second, microsecond, offset in seconds


@st.composite
def rfc3339(draw: st.DrawFn) -> Rfc3339:
    """RFC 3339 section 5.6 `date-time`: `t`/`T`, `z`/`Z` or +hh:mm/-hh:mm, 1..9 fraction digits, leap second."""
    day = draw(st.dates())
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    second = draw(st.integers(0, 59) | st.just(60))
    fraction = draw(st.none() | st.text("0123456789", min_size=1, max_size=9))
    separator = draw(st.sampled_from("Tt"))
    offset_kind = draw(st.sampled_from(["Z", "z", "+", "-"]))
    if offset_kind in "Zz":
        offset, zone = 0, offset_kind
    else:
        oh, om = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        offset = (oh * 3600 + om * 60) * (1 if offset_kind == "+" else -1)
        zone = f"{offset_kind}{oh:02d}:{om:02d}"
    text = f"{day.isoformat()}{separator}{hour:02d}:{minute:02d}:{second:02d}"
    text += f".{fraction}" if fraction is not None else ""
    text += zone
    microsecond = int((fraction or "0")[:6].ljust(6, "0"))
    expected = (day.year, day.month, day.day, hour, minute, min(second, 59), microsecond, offset)
    event(f"fraction digits: {len(fraction or '')}")
    event(f"offset: {offset_kind}")
    return Rfc3339(text, expected)


def as_tuple(value: datetime.datetime) -> tuple[int, ...]:
    offset = value.utcoffset()
    assert offset is not None, f"{value!r} is naive"
    parts = (value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)
    return (*parts, int(offset.total_seconds()))


@pytest.mark.parametrize("field", DATE_TIME_FIELDS, ids=str)
@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(stamp=rfc3339())
def test_every_rfc3339_form_parses_and_is_written_back(field: DateTimeField, stamp: Rfc3339) -> None:
    """Property 5: the model reads the date-time (not MissingField, not kept raw) and to_dict() writes its text."""
    example = field.example
    case = example.case
    body = {**example.value, field.wire: stamp.text}
    answer = Answer(int(example.status), dumps(body), example.media_type, None, ("date-time",), body)
    result = check_call(case, answer)
    assert result is not None and result.parsed is not None
    value = getattr(result.parsed, snake_case(field.wire))
    assert isinstance(value, datetime.datetime), f"{stamp.text!r} was read as {value!r}"
    assert as_tuple(value) == stamp.expected
    assert result.parsed.to_dict()[field.wire] == stamp.text
    assert to_wire(result.parsed) == body


# --- the strategies reach what they claim, and the checks can fail ------------------------------------------


@pytest.mark.parametrize("label", LABELS)
def test_strategy_reaches_every_kind_of_answer(label: str) -> None:
    """Each kind of answer the properties claim to cover is produced (for bol's status operation)."""
    case = OperationCase("bol", "getProcessStatus")
    found = find(
        answers(case),
        lambda answer: label in answer.labels,
        settings=FIND,
    )
    assert label in found.labels


def test_strategy_reaches_unlisted_status_and_empty_error_body() -> None:
    case = OperationCase("realtimeregister", "getProcess")
    found = find(
        answers(case),
        lambda answer: answer.status == 520 and answer.content == b"",
        settings=settings(max_examples=5_000, derandomize=True, database=None),
    )
    assert found.status == 520


def test_date_time_strategy_reaches_lower_case_and_nine_digits() -> None:
    found = find(
        rfc3339(),
        lambda stamp: "t" in stamp.text and stamp.text.endswith("z") and len(stamp.text.split(".")[-1]) == 10,
        settings=settings(max_examples=5_000, derandomize=True, database=None),
    )
    assert found.text[10] == "t"


def raises_raw(check: Callable[[OperationCase, Answer], object], case: OperationCase, answer: Answer) -> bool:
    """Whether `check` lets out an exception that is neither the package's nor a failed assertion."""
    try:
        check(case, answer)
    except (case.sdk.submodule("errors").SDKError, AssertionError):
        return False
    except Exception:
        return True
    return False


def check_tree(case: OperationCase, answer: Answer) -> None:
    result = check_call(case, answer)
    if result is not None:
        touch(result.parsed, case.sdk.submodule("errors"), [])


def stock_parse(model: type[Any]) -> Callable[..., Any]:
    """openapi-python-client's stock `_parse_response`: `response.json()` and the model, whatever the answer."""

    def parse(*, client: Any, response: httpx.Response) -> Any:
        return model.from_dict(response.json()) if response.status_code == 200 else None

    return parse


def test_call_and_waiter_checks_catch_a_stock_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the stock parser in place of the answer rule, properties 1 and 3 find a raw exception."""
    case = OperationCase("bol", "getProcessStatus")
    # The operation's reader (asyncstatus_core.operations.Operation.parse_response), replaced on this one operation.
    monkeypatch.setattr(case.module._OPERATION, "parse_response", stock_parse(case.sdk.model("ProcessStatus")))
    checks: list[Callable[[OperationCase, Answer], object]] = [check_call, check_waiter]
    for check in checks:
        found = find(answers(case), functools.partial(raises_raw, check, case), settings=FIND)
        assert found.status == 200


def test_tree_check_catches_a_raw_exception_on_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a model that raises KeyError for an absent required field, property 2 finds it."""
    case = OperationCase("bol", "getProcessStatus")
    process_status = case.sdk.model("ProcessStatus")
    raise_missing = core_answers.raise_missing

    def raw(model: object, wire_name: str, attribute: str) -> None:
        if isinstance(model, process_status):  # that one model; the error bodies' models keep the answer rule
            raise KeyError(wire_name)
        raise_missing(model, wire_name, attribute)

    monkeypatch.setattr(core_model, "raise_missing", raw)  # what every generated model's fields call
    found = find(answers(case), lambda answer: raises_raw(check_tree, case, answer), settings=FIND)
    assert found.status == 200


def test_paths_reach_every_depth() -> None:
    document = {"a": [{"b": 1}], "c": None}
    assert set(paths(document)) == {(), ("a",), ("a", 0), ("a", 0, "b"), ("c",)}
    assert dropped(document, ("a", 0, "b")) == {"a": [{}], "c": None}
    assert replaced(document, ("a", 0), 5) == {"a": [5], "c": None}
    assert math.isnan(json.loads(dumps(float("nan"))))
