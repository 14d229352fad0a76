"""Every SDK against every corpus answer (tests/corpus/README.md), by the answer rule: a call returns a
model, or a Response with the raw answer kept (parsed=None), or raises the package's own error; a
conforming answer parses exactly (to_dict gives the body back); the waiter decides by status first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from sdk_unit.sdk_support import TEST_BASE_URL, OperationCase, provider_not_found, response_examples, to_wire
from specmodel import load

from corpus.answers import CorpusAnswer, corpus

ANSWERS = corpus()
RETRIED = {429, 500, 502, 503, 504}
TABULAR = {"text/csv", "text/jsonl"}


def client_answering(case: OperationCase, *answers: httpx.Response) -> Any:
    """A plain Client whose transport gives `answers` in turn (the last one again and again)."""
    queue = list(answers)

    def respond(request: httpx.Request) -> httpx.Response:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return case.sdk.package.Client(base_url=TEST_BASE_URL, httpx_args={"transport": httpx.MockTransport(respond)})


def touch(value: Any, errors: ModuleType, seen: list[str]) -> None:
    """Read every attribute of a parsed tree as a user would; only errors.MissingField may come out."""
    fields = getattr(type(value), "_FIELDS_", None)  # generated models (asyncstatus_core.model)
    if fields is not None:
        for name in fields:
            try:
                inner = getattr(value, name)
            except errors.MissingField as missing:
                seen.append(str(missing))
                continue
            touch(inner, errors, seen)
    elif isinstance(value, list):
        for item in value:
            touch(item, errors, seen)


def call(answer: CorpusAnswer, case: OperationCase, *follow: httpx.Response) -> Any:
    client = client_answering(case, answer.response(), *follow)
    with client:
        return case.module.sync_detailed(client=client, **case.kwargs())


@pytest.mark.parametrize("answer", ANSWERS, ids=str)
def test_call_follows_the_answer_rule(answer: CorpusAnswer) -> None:
    case = OperationCase(answer.key, answer.operation_id)
    errors = case.sdk.submodule("errors")
    try:
        result = call(answer, case)
    except errors.SDKError as error:
        assert not (answer.conforms and answer.is_json), f"{answer}: a conforming answer raised {error!r}"
        assert 200 <= answer.status < 300, f"{answer}: an error status must give parsed=None, not {error!r}"
        assert error.content == answer.content, "the raw answer is attached"
        return
    assert int(result.status_code) == answer.status
    assert result.content == answer.content, "the raw answer is kept"
    missing: list[str] = []
    touch(result.parsed, errors, missing)
    if answer.conforms and answer.is_json and answer.content.strip():
        assert result.parsed is not None, f"{answer}: a conforming answer did not parse"
        assert to_wire(result.parsed) == answer.body, f"{answer}: to_dict() does not give the body back"
        assert missing == [], f"{answer}: a conforming answer lacks required fields: {missing}"
    elif answer.conforms and 200 <= answer.status < 300 and answer.content_type in TABULAR:
        assert result.parsed is not None, f"{answer}: a conforming {answer.content_type} answer did not parse"
        assert missing == [], f"{answer}: a conforming answer lacks required fields: {missing}"


def status_case(key: str) -> OperationCase | None:
    spec = load(key)
    found = [op_id for op_id, op in spec.operations.items() if op.async_status is not None]
    return OperationCase(key, found[0]) if found else None


def terminal_answer(case: OperationCase, waiters: ModuleType) -> httpx.Response:
    """The spec's first success example whose status is terminal: what the provider says after a retry."""
    for example in response_examples():
        if example.case == case and example.status.startswith("2") and example.is_json:
            model = case.sdk.model(example.model_name).from_dict(example.value)
            if waiters.lifecycle(model).is_terminal:
                return example.answer()
    raise AssertionError(f"{case}: no terminal success example")


def not_found_by_rule(answer: CorpusAnswer, case: OperationCase) -> bool:
    rules = case.op.async_status.not_found_answers if case.op.async_status else ()
    for rule in rules:
        if answer.status == rule.status and isinstance(answer.body, dict):
            value: Any = answer.body
            for part in rule.field:
                value = value.get(part) if isinstance(value, dict) else None
            if value in rule.values:
                return True
    return False


def waiter_answers() -> Iterator[CorpusAnswer]:
    for answer in ANSWERS:
        case = status_case(answer.key)
        if case is not None and answer.operation_id == case.operation_id:
            yield answer


@pytest.mark.parametrize("answer", list(waiter_answers()), ids=str)
def test_waiter_decides_by_status(answer: CorpusAnswer) -> None:
    case = status_case(answer.key)
    assert case is not None
    sdk = case.sdk
    waiters, polling = sdk.submodule("waiters"), sdk.submodule("_polling")
    after = terminal_answer(case, waiters)
    client = client_answering(case, answer.response(), after)
    delays: list[float] = []
    waiter = waiters._waiter(str(answer), 3600.0, None, polling.PollPolicy(initial=0.01, maximum=0.01, jitter=0.0))

    def run() -> Any:
        with client:
            return polling.wait_sync(
                waiter, lambda: case.module.sync_detailed(client=client, **case.kwargs()), delays.append
            )

    if answer.status in (401, 403):
        with pytest.raises(waiters.AuthenticationFailed):
            run()
    elif answer.status == 404 and not provider_not_found(case.op, answer.response().content):
        # a framework's page for a path no route serves (Rails' 404.html, Spring's error JSON), not the provider's
        with pytest.raises(waiters.UnexpectedAnswer, match="the server has no such route"):
            run()
    elif answer.status == 404 or not_found_by_rule(answer, case):
        with pytest.raises(waiters.ProcessNotFound):
            run()
    elif answer.status in RETRIED:
        final = run()
        assert to_wire(final) == json.loads(after.content), "the wait went on after the retryable answer"
        retry_after = answer.header("Retry-After")
        if answer.status in (429, 503) and retry_after and retry_after.isdigit():
            assert delays[0] == float(retry_after), "Retry-After was not honoured"
        else:
            assert delays[0] == pytest.approx(0.01), "backoff when the server names no delay"
    elif 200 <= answer.status < 300:
        try:
            usable = call(answer, case).parsed
        except sdk.submodule("errors").UnexpectedResponse:
            with pytest.raises(waiters.UnexpectedAnswer) as raised:
                run()
            assert raised.value.content == answer.content
            return
        final = run()
        expected = usable if waiters.lifecycle(usable).is_terminal else None
        assert to_wire(final) == (to_wire(expected) if expected is not None else json.loads(after.content))
    else:
        with pytest.raises(waiters.UnexpectedAnswer) as raised:
            run()
        assert raised.value.status_code == answer.status and raised.value.content == answer.content
