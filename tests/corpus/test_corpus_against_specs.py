"""The corpus against the specs: every answer the evidence says a provider sends validates against its
spec, and every answer marked as off-contract really is (so the `conforms` flags stay honest)."""

from __future__ import annotations

import pytest
from providers import KEYS as PROVIDERS

from corpus.answers import CORPUS, CorpusAnswer, corpus, source_ids, spec_problems

ANSWERS = corpus()


def test_every_provider_has_evidence_and_answers() -> None:
    for key in PROVIDERS:
        assert (CORPUS / key / "SOURCES.md").is_file(), f"tests/corpus/{key}/SOURCES.md is missing"
        mine = [a for a in ANSWERS if a.key == key]
        assert sum(a.conforms for a in mine) >= 5, f"{key}: fewer than 5 conforming answers"
        assert any(not a.conforms for a in mine), f"{key}: no off-contract answer (empty body, proxy page...)"


@pytest.mark.parametrize("answer", ANSWERS, ids=str)
def test_answer_names_its_sources(answer: CorpusAnswer) -> None:
    assert answer.sources, f"{answer}: no sources"
    unknown = set(answer.sources) - source_ids(answer.key)
    assert not unknown, f"{answer}: sources {sorted(unknown)} are not in tests/corpus/{answer.key}/SOURCES.md"


@pytest.mark.parametrize("answer", [a for a in ANSWERS if a.conforms], ids=str)
def test_conforming_answer_validates_against_the_spec(answer: CorpusAnswer) -> None:
    assert spec_problems(answer) == [], f"{answer.path}: the spec does not describe it"


@pytest.mark.parametrize("answer", [a for a in ANSWERS if not a.conforms], ids=str)
def test_off_contract_answer_is_outside_the_spec(answer: CorpusAnswer) -> None:
    assert spec_problems(answer), f"{answer.path}: the spec describes it, so mark it `conforms: true`"


@pytest.mark.parametrize("key", PROVIDERS)
def test_every_documented_status_has_a_corpus_answer(key: str) -> None:
    from specmodel import load

    missing = [
        f"{op_id} {status}"
        for op_id, op in load(key).operations.items()
        for status in op.responses
        if not any(a.key == key and a.operation_id == op_id and str(a.status) == status for a in ANSWERS)
    ]
    assert not missing, f"{key}: documented answers without a corpus answer: {missing}"
