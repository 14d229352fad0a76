"""`make record` against every mock: the files it writes load as corpus answers, their `conforms` flags
are honest, the SDKs handle them by the answer rule, and no credential reaches a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import specmodel
from corpus.answers import CorpusError, load, source_ids, spec_problems
from corpus.test_sdk_handles_corpus import test_call_follows_the_answer_rule as follows_the_answer_rule
from mocks.server import serve
from providers import KEYS as PROVIDERS
from spectools import record
from targets import Target, mock_credentials


@pytest.mark.parametrize("key", PROVIDERS)
def test_recorded_answers_pass_the_corpus_checks(key: str, tmp_path: Path) -> None:
    out = tmp_path / key / "recorded"
    with serve(key) as running:
        fixtures = running.admin().get("/fixtures").json()
        creds = mock_credentials(key, running.mock.creds)
        target = Target(key, running.base_url, creds, running.origin + "/token")
        ids = record.fixture_ids(key, fixtures)
        files = record.record(target, ids, out, context=record.fixture_context(key, fixtures), pause=0)
    answers = [load(path, key) for path in files]
    status_op = record.status_operation(specmodel.load(key))
    statuses = {a.status for a in answers if a.operation_id == status_op}
    assert len([a for a in answers if a.operation_id == status_op]) == len(ids) + 1, "each id and one unknown"
    assert any(200 <= s < 300 for s in statuses) and any(s >= 400 for s in statuses), statuses
    for answer in answers:
        assert answer.sources == ("recorded",) and set(answer.sources) <= source_ids(key)
        assert answer.conforms == (spec_problems(answer) == []), f"{answer}: dishonest conforms flag"
        assert answer.conforms, f"{answer.path}: the mock answered off-contract: {spec_problems(answer)}"
        follows_the_answer_rule(answer)
        text = answer.path.read_text(encoding="utf-8")
        for secret in creds.values():
            assert secret not in text or secret in {"mock-user", "mock-client-id"}, f"{answer.path}: a secret leaked"
        assert "content-encoding" not in {h.lower() for h in answer.headers}, "the body is stored decoded"
    if key == "bol":
        ops = {a.operation_id for a in answers}
        assert {"getProcessStatusBulk", "getProcessStatusEntityId"} <= ops


def test_recordings_never_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "bol" / "recorded"
    first = record.write(out, "getProcessStatus", 200, {"a": 1})
    second = record.write(out, "getProcessStatus", 200, {"a": 2})
    assert (first.name, second.name) == (
        "getProcessStatus--200-recorded-1.json",
        "getProcessStatus--200-recorded-2.json",
    )
    assert json.loads(first.read_text()) == {"a": 1}


def test_recorded_source_only_under_recorded(tmp_path: Path) -> None:
    data = {"status": 404, "headers": {}, "body_text": "", "conforms": False, "sources": ["recorded"], "note": "x"}
    hand = tmp_path / "getProcessStatus--404-hand.json"
    hand.write_text(json.dumps(data))
    with pytest.raises(CorpusError, match="only for, files under recorded/"):
        load(hand, "bol")


def test_cli_against_a_mock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert record.main(["realtimeregister", "--mock", "--ids", "46069005", "--out", str(tmp_path / "recorded")]) == 0
    written = sorted(p.name for p in (tmp_path / "recorded").iterdir())
    assert len(written) == 2 and written[0] == "getProcess--200-recorded-1.json", written
    with pytest.raises(SystemExit):
        record.main(["bol", "--base-url", "http://127.0.0.1:9", "--credential", "client_id=x"])
    assert "give --credential for each of" in capsys.readouterr().err
