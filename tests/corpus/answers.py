"""Read the corpus (tests/corpus/README.md): one `CorpusAnswer` per answer file, checked against its spec.

Hand-written loader: the format is this project's own (status, headers, body or body_text, conforms).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import specmodel
from providers import KEYS as PROVIDERS
from specmodel import errors

CORPUS = Path(__file__).resolve().parent
NAME = re.compile(r"^(?P<operation>[A-Za-z]+)--(?P<status>\d{3})-(?P<what>[a-z0-9][a-z0-9-]*)\.json$")
FIELDS = {"status", "headers", "body", "body_text", "conforms", "sources", "note", "request"}
JSONISH = re.compile(r"^application/([\w.+-]+\+)?json$")
# The source of answers `make record` wrote (scripts/record.py); valid only for files under recorded/.
RECORDED_SOURCE = "recorded"


class CorpusError(Exception):
    """A corpus file that does not follow tests/corpus/README.md; the message names the file."""


@dataclass(frozen=True)
class CorpusAnswer:
    key: str
    path: Path
    operation_id: str
    status: int
    headers: dict[str, str]
    content: bytes
    body: Any  # the JSON body; None when the file gives body_text
    is_json: bool  # the file gives `body` (a JSON value)
    conforms: bool
    sources: tuple[str, ...]
    note: str
    request: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased ('' when the answer has none)."""
        for name, value in self.headers.items():
            if name.lower() == "content-type":
                return value.split(";", 1)[0].strip().lower()
        return ""

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), None)

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, headers=self.headers, content=self.content)

    def __str__(self) -> str:
        return f"{self.key}/{self.name}"


def load(path: Path, key: str) -> CorpusAnswer:
    recorded = path.parent.name == "recorded"
    where = f"tests/corpus/{key}/{'recorded/' if recorded else ''}{path.name}"
    match = NAME.match(path.name)
    if not match:
        raise CorpusError(f"{where}: the name must be <operationId>--<status>-<what>.json (lower-case what)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: the top level must be an object")
    unknown = set(data) - FIELDS
    if unknown:
        raise CorpusError(f"{where}: unknown fields {sorted(unknown)}")
    if ("body" in data) == ("body_text" in data):
        raise CorpusError(f"{where}: give exactly one of `body` and `body_text`")
    for name, kind in (("status", int), ("headers", dict), ("conforms", bool), ("sources", list), ("note", str)):
        if not isinstance(data.get(name), kind):
            raise CorpusError(f"{where}: `{name}` must be a {kind.__name__}")
    if data["status"] != int(match["status"]):
        raise CorpusError(f"{where}: `status` {data['status']} differs from the name's {match['status']}")
    if (RECORDED_SOURCE in data["sources"]) != recorded:
        raise CorpusError(f"{where}: source `{RECORDED_SOURCE}` is for, and only for, files under recorded/")
    if not all(isinstance(v, str) for v in data["headers"].values()):
        raise CorpusError(f"{where}: header values must be strings")
    if "body" in data:
        content = json.dumps(data["body"], ensure_ascii=False).encode()
    elif isinstance(data["body_text"], str):
        content = data["body_text"].encode()
    else:
        raise CorpusError(f"{where}: `body_text` must be a string")
    return CorpusAnswer(
        key=key,
        path=path,
        operation_id=match["operation"],
        status=data["status"],
        headers=dict(data["headers"]),
        content=content,
        body=data.get("body"),
        is_json="body" in data,
        conforms=data["conforms"],
        sources=tuple(data["sources"]),
        note=data["note"],
        request=dict(data.get("request") or {}),
    )


@cache
def corpus() -> tuple[CorpusAnswer, ...]:
    """Every answer file of every provider (recorded ones included), sorted by provider and name."""
    found: list[CorpusAnswer] = []
    for key in PROVIDERS:
        folder = CORPUS / key
        for path in sorted([*folder.glob("*.json"), *folder.glob("recorded/*.json")]):
            found.append(load(path, key))
    return tuple(found)


def source_ids(key: str) -> set[str]:
    text = (CORPUS / key / "SOURCES.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bS\d+\b", text)) | {RECORDED_SOURCE}


def spec_problems(answer: CorpusAnswer) -> list[str]:
    """Why the spec does not describe this answer (empty when it does): status, media type, body schema."""
    spec = specmodel.load(answer.key)
    ops = spec.operations
    if answer.operation_id not in ops:
        return [f"the spec has no operation {answer.operation_id}"]
    responses = ops[answer.operation_id].responses
    declared = (
        responses.get(str(answer.status)) or responses.get(f"{str(answer.status)[0]}XX") or responses.get("default")
    )
    if declared is None:
        return [f"status {answer.status} is not declared for {answer.operation_id}"]
    content = declared.content
    if not answer.content.strip():  # `x-empty-body`: the response may also come empty (specs/README.md)
        if not content or declared.may_be_empty:
            return []
        return [f"an empty body, but {answer.status} declares {sorted(content)} and no `x-empty-body`"]
    media = {name.lower(): value for name, value in content.items()}
    if answer.content_type not in media:
        return [f"media type {answer.content_type or '(none)'} is not declared for {answer.status} ({sorted(content)})"]
    if not JSONISH.match(answer.content_type):
        return []  # CSV and JSON Lines: their rows are checked through the SDK's parsers
    if not answer.is_json:
        return ["a JSON media type with a body that is not JSON"]
    schema = media[answer.content_type].schema
    return errors(spec, schema, answer.body) if schema is not None else []
