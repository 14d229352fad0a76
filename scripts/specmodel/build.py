"""Reads a `Document` into the typed `Spec` view, recording a located problem for everything it
cannot use instead of raising half way. `check_lifecycle` (checks.py) then checks `x-async-status`
against the view."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .document import Document, Where
from .view import (
    HTTP_METHODS,
    LIFECYCLE_LISTS,
    AsyncStatus,
    Header,
    MediaType,
    NotFoundAnswer,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
    SecurityScheme,
    Server,
    Spec,
    _frozen,
)

# The process's type and its start and end times in the status answer (JSON Pointers): the tracker's history.
TIMING_KEYS = ("type", "started", "finished")
ASYNC_STATUS_KEYS = {
    "status",
    *LIFECYCLE_LISTS,
    "progress",
    "not-found",
    "not-found-answers",
    "interval",
    "bulk",
    *TIMING_KEYS,
}


def _refs(node: Any, where: Where) -> Iterator[tuple[Any, Where]]:
    """Every mapping holding a `$ref`, anywhere in the document."""
    if isinstance(node, dict):
        if "$ref" in node:
            yield node, where
        for key, value in node.items():
            if key != "$ref":
                yield from _refs(value, (*where, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _refs(value, (*where, i))


def check_refs(doc: Document) -> None:
    """Follow every `$ref` once, so that each dangling one is reported where it is written."""
    for node, where in _refs(doc.data, ()):
        doc.follow(node, where)


class Builder:
    def __init__(self, key: str, doc: Document) -> None:
        self.key = key
        self.doc = doc

    def problem(self, where: Where, what: str, todo: str = "") -> None:
        self.doc.problem(where, what, todo)

    def mapping(self, node: Any, where: Where, what: str) -> dict[str, Any] | None:
        """`node` with its `$ref` followed, when it is a mapping; else a problem and None."""
        target, _, _ = self.doc.follow(node, where)
        if target is None:
            return None  # dangling $ref: already reported
        if not isinstance(target, dict):
            self.problem(where, f"{what} must be a mapping, not {type(target).__name__}")
            return None
        return target

    def schema(self, node: Any, where: Where) -> Schema | None:
        if node is None:
            return None
        target, at, name = self.doc.follow(node, where)
        if target is None:
            return None
        if not isinstance(target, dict):
            self.problem(where, f"a schema must be a mapping, not {type(target).__name__}")
            return None
        return Schema(target, at, name, self.doc)

    def media(self, content: Any, where: Where) -> dict[str, MediaType]:
        found: dict[str, MediaType] = {}
        if content is None:
            return found
        if not isinstance(content, dict):
            self.problem(where, "`content` must map media types to their schemas")
            return found
        for media_type, node in content.items():
            at = (*where, media_type)
            if not isinstance(node, dict):
                self.problem(at, f"media type {media_type!r} must be a mapping")
                continue
            examples: dict[str, Any] = {}
            if "example" in node:
                examples["example"] = node["example"]
            raw_examples = node.get("examples") or {}
            if not isinstance(raw_examples, dict):
                self.problem((*at, "examples"), "`examples` must map names to example objects")
                raw_examples = {}
            for name, ex in raw_examples.items():
                target = self.mapping(ex, (*at, "examples", name), f"example {name!r}")
                if target is not None and "value" in target:
                    examples[str(name)] = target["value"]
            found[str(media_type)] = MediaType(
                str(media_type), self.schema(node.get("schema"), (*at, "schema")), _frozen(examples), at
            )
        return found

    def parameter(self, node: Any, where: Where) -> Parameter | None:
        target, at, _ = self.doc.follow(node, where)
        if target is None:
            return None
        if not isinstance(target, dict) or not isinstance(target.get("name"), str) or "in" not in target:
            self.problem(where, "a parameter needs a `name` and an `in`")
            return None
        schema = self.schema(target.get("schema"), (*at, "schema"))
        examples: list[Any] = []
        if "example" in target:
            examples.append(target["example"])
        for name, ex in (target.get("examples") or {}).items():
            value = self.mapping(ex, (*at, "examples", name), f"example {name!r}")
            if value is not None and "value" in value:
                examples.append(value["value"])
        if schema is not None:
            examples.extend(schema.examples)
            if "default" in schema:
                examples.append(schema.get("default"))
        return Parameter(
            name=target["name"],
            location=str(target["in"]),
            required=bool(target.get("required", False)),
            schema=schema,
            description=str(target.get("description", "")),
            examples=tuple(examples),
            style=target.get("style"),
            explode=target.get("explode"),
            extensions=_frozen({k: v for k, v in target.items() if str(k).startswith("x-")}),
            where=at,
        )

    def response(self, status: str, node: Any, where: Where) -> Response | None:
        target = self.mapping(node, where, f"response {status}")
        if target is None:
            return None
        headers: dict[str, Header] = {}
        for name, header in (target.get("headers") or {}).items():
            h_where = (*where, "headers", name)
            h = self.mapping(header, h_where, f"header {name!r}")
            if h is not None:
                headers[str(name)] = Header(
                    str(name),
                    bool(h.get("required", False)),
                    self.schema(h.get("schema"), (*h_where, "schema")),
                    str(h.get("description", "")),
                    h_where,
                    _header_examples(h),
                )
        return Response(
            status,
            str(target.get("description", "")),
            _frozen(headers),
            _frozen(self.media(target.get("content"), (*where, "content"))),
            _frozen({k: v for k, v in target.items() if str(k).startswith("x-")}),
            where,
        )

    def operation(self, path: str, method: str, item: dict[str, Any], node: Any, seen: dict[str, Where]) -> None:
        where: Where = ("paths", path, method)
        if not isinstance(node, dict):
            self.problem(where, "an operation must be a mapping")
            return
        op_id = node.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            self.problem(where, f"{method.upper()} {path} has no operationId", "give it the operationId of the SDK")
            return
        if op_id in seen:
            line, _ = self.doc.line_col(seen[op_id])
            self.problem((*where, "operationId"), f"operationId {op_id!r} is used twice (also line {line})")
            return
        seen[op_id] = where
        tags = node.get("tags")
        if not isinstance(tags, list) or not tags:
            self.problem(where, f"{op_id} has no tags", "tag it: the tag names the SDK module (api.<tag>)")
            tags = []
        params: dict[tuple[str, str], Parameter] = {}
        unusable = False  # a parameter already reported: do not report its absence as well
        for base, group in ((("paths", path), item), (where, node)):
            for i, p in enumerate(group.get("parameters") or []):
                param = self.parameter(p, (*base, "parameters", i))
                if param is not None:
                    params[(param.name, param.location)] = param
                else:
                    unusable = True
        for name in _template_names(path):
            if (name, "path") not in params and not unusable:
                self.problem(where, f"{op_id}: the path names {{{name}}} but no path parameter {name!r} is declared")
        for param in params.values():
            if param.required and param.location in ("path", "query") and not param.examples:
                self.problem(
                    param.where,
                    f"{op_id}: required parameter {param.name!r} has no example",
                    "add `example` (the mocks, tests and README examples need a realistic value)",
                )
        body = None
        if "requestBody" in node:
            b = self.mapping(node["requestBody"], (*where, "requestBody"), "requestBody")
            if b is not None:
                body = RequestBody(
                    bool(b.get("required", False)),
                    _frozen(self.media(b.get("content"), (*where, "requestBody", "content"))),
                    _frozen({k: v for k, v in b.items() if str(k).startswith("x-")}),
                    (*where, "requestBody"),
                )
        responses: dict[str, Response] = {}
        raw_responses = node.get("responses")
        if not isinstance(raw_responses, dict) or not raw_responses:
            self.problem(where, f"{op_id} declares no responses")
            raw_responses = {}
        for status, resp in raw_responses.items():
            r = self.response(str(status), resp, (*where, "responses", status))
            if r is not None:
                responses[str(status)] = r
        headers = node.get("x-required-headers", {})
        if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
            self.problem((*where, "x-required-headers"), "x-required-headers must map header names to strings")
            headers = {}
        self.ops[op_id] = Operation(
            operation_id=op_id,
            method=method,
            path=path,
            tags=tuple(str(t) for t in tags),
            summary=str(node.get("summary", "")),
            description=str(node.get("description", "")),
            parameters=tuple(params.values()),
            request_body=body,
            responses=_frozen(responses),
            required_headers=_frozen(headers),
            async_status=self.async_status(op_id, node.get("x-async-status"), (*where, "x-async-status"))
            if "x-async-status" in node
            else None,
            extensions=_frozen({k: v for k, v in node.items() if str(k).startswith("x-")}),
            docs_url=str((node.get("externalDocs") or {}).get("url", "")),
            where=where,
            servers=self.own_servers(op_id, node.get("servers") or item.get("servers") or [], where),
        )

    def own_servers(self, op_id: str, given: Any, where: Where) -> tuple[str, ...]:
        """Path-level servers: one URL per top-level server, position for position (servers.py in the core)."""
        if not given:
            return ()
        urls = [s.get("url") for s in given if isinstance(s, dict)] if isinstance(given, list) else []
        top = self.doc.data.get("servers") or []
        if len(urls) != len(given) or not all(isinstance(u, str) for u in urls) or len(urls) != len(top):
            self.problem(
                where,
                f"{op_id}: its path-level `servers` must give one `url` per top-level server, in the same order",
                "the SDK maps the client's base URL to the operation's server by position",
            )
            return ()
        return tuple(str(u) for u in urls)

    def async_status(self, op_id: str, ext: Any, at: Where) -> AsyncStatus | None:
        """The extension's shape; its meaning (pointers, enum values, bulk) is checked in checks.py."""
        if not isinstance(ext, dict):
            self.problem(at, "x-async-status must be a mapping (specs/README.md)")
            return None
        ok = True
        for unknown in sorted(set(map(str, ext)) - ASYNC_STATUS_KEYS):
            self.problem((*at, unknown), f"x-async-status: unknown key {unknown!r}", f"use {sorted(ASYNC_STATUS_KEYS)}")
        status = ext.get("status")
        if not isinstance(status, str) or not status.startswith("/"):
            self.problem((*at, "status"), "x-async-status.status must be a JSON Pointer into the 200 body (/status)")
            ok = False
        lifecycle: dict[str, tuple[str, ...]] = {}
        for name in LIFECYCLE_LISTS:
            values = ext.get(name, [])
            if not isinstance(values, list) or not all(isinstance(v, str | int) for v in values):
                self.problem((*at, name), f"x-async-status.{name} must be a list of status values")
                ok = False
                continue
            lifecycle[name] = tuple(str(v) for v in values)
        not_found = ext.get("not-found", "error")
        if not_found not in ("error", "expired"):
            self.problem((*at, "not-found"), "x-async-status.not-found must be `error` or `expired`")
            ok = False
        progress = ext.get("progress")
        if (
            progress is not None
            and progress != "steps"
            and not (isinstance(progress, str) and progress.startswith("/"))
        ):
            self.problem((*at, "progress"), "x-async-status.progress must be `steps` or a JSON Pointer (/percentage)")
            ok = False
        timing: dict[str, tuple[str, ...] | None] = {}
        for key in TIMING_KEYS:
            value = ext.get(key)
            if value is not None and not (isinstance(value, str) and value.startswith("/")):
                # Reported, and left out: the rest of the extension is still checked (these only advise the tracker).
                self.problem((*at, key), f"x-async-status.{key} must be a JSON Pointer into the status answer")
                continue
            timing[key] = None if value is None else _pointer_parts(value)
        interval = ext.get("interval")
        if interval is not None and (
            not isinstance(interval, int | float) or isinstance(interval, bool) or interval <= 0
        ):
            self.problem((*at, "interval"), "x-async-status.interval must be a positive number of seconds")
            ok = False
        bulk = ext.get("bulk")
        if bulk is not None and not isinstance(bulk, str):
            self.problem((*at, "bulk"), "x-async-status.bulk must be an operationId")
            ok = False
        answers: list[NotFoundAnswer] = []
        rules = ext.get("not-found-answers", [])
        if not isinstance(rules, list):
            self.problem((*at, "not-found-answers"), "x-async-status.not-found-answers must be a list")
            rules, ok = [], False
        for i, rule in enumerate(rules):
            here = (*at, "not-found-answers", i)
            if not isinstance(rule, dict) or set(rule) != {"status", "field", "values"}:
                self.problem(here, "a not-found answer needs exactly `status`, `field` and `values`")
                ok = False
                continue
            field_ = rule["field"]
            values = rule["values"]
            if not isinstance(field_, str) or not field_.startswith("/"):
                self.problem((*here, "field"), "`field` must be a JSON Pointer into the error body")
                ok = False
                continue
            if not isinstance(values, list) or not values:
                self.problem((*here, "values"), "`values` must be a non-empty list")
                ok = False
                continue
            if not str(rule["status"]).isdigit():
                self.problem((*here, "status"), "`status` must be an HTTP status code")
                ok = False
                continue
            answers.append(NotFoundAnswer(int(rule["status"]), _pointer_parts(field_), tuple(map(str, values))))
        if not ok:
            return None
        assert isinstance(status, str)
        return AsyncStatus(
            operation_id=op_id,
            status=_pointer_parts(status),
            lifecycle=_frozen(lifecycle),
            progress=progress if progress in (None, "steps") else _pointer_parts(str(progress)),
            not_found=str(not_found),
            not_found_answers=tuple(answers),
            interval=float(interval) if interval is not None else None,
            bulk=bulk,
            where=at,
            type=timing.get("type"),
            started=timing.get("started"),
            finished=timing.get("finished"),
        )

    def build(self) -> Spec:
        data = self.doc.data
        check_refs(self.doc)
        info: dict[str, Any] = data["info"] if isinstance(data.get("info"), dict) else {}
        if not info.get("title") or not info.get("version"):
            self.problem(("info",), "info needs a `title` and a `version`", "the version becomes the SDK's version")
        servers: list[Server] = []
        for i, s in enumerate(data.get("servers") or []):
            if not isinstance(s, dict) or not isinstance(s.get("url"), str):
                self.problem(("servers", i), "a server needs a `url`")
                continue
            variables = {str(k): str(v.get("default", "")) for k, v in (s.get("variables") or {}).items()}
            described = {str(k): str(v.get("description", "")) for k, v in (s.get("variables") or {}).items()}
            servers.append(Server(s["url"], str(s.get("description", "")), _frozen(variables), _frozen(described)))
        if not servers:
            self.problem(("servers",), "no servers", "list the provider's production server first")
        schemes: dict[str, SecurityScheme] = {}
        for name, node in ((data.get("components") or {}).get("securitySchemes") or {}).items():
            where: Where = ("components", "securitySchemes", name)
            s = self.mapping(node, where, f"security scheme {name!r}")
            if s is None:
                continue
            flows = s.get("flows") or {}
            schemes[str(name)] = SecurityScheme(
                name=str(name),
                type=str(s.get("type", "")),
                scheme=str(s.get("scheme", "")).lower(),
                location=str(s.get("in", "")),
                header=str(s.get("name", "")),
                token_url=str((flows.get("clientCredentials") or {}).get("tokenUrl", "")),
                description=str(s.get("description", "")),
                extensions=_frozen({k: v for k, v in s.items() if str(k).startswith("x-")}),
                where=where,
                flows=_frozen(flows),
            )
        applied: list[str] = []
        for i, requirement in enumerate(data.get("security") or []):
            for name in requirement or {}:
                if name not in schemes:
                    self.problem(("security", i), f"security names {name!r}, which components.securitySchemes lacks")
                applied.append(str(name))
        schemas: dict[str, Schema] = {}
        for name, node in ((data.get("components") or {}).get("schemas") or {}).items():
            s_where: Where = ("components", "schemas", name)
            target, at, _ = self.doc.follow(node, s_where)
            if isinstance(target, dict):
                schemas[str(name)] = Schema(target, at, str(name), self.doc)
        self.ops: dict[str, Operation] = {}
        seen: dict[str, Where] = {}
        paths = data.get("paths") or {}
        if not isinstance(paths, dict):
            self.problem(("paths",), "`paths` must be a mapping")
            paths = {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                self.problem(("paths", path), "a path item must be a mapping")
                continue
            for method in HTTP_METHODS:
                if method in item:
                    self.operation(str(path), method, item, item[method], seen)
        tags = {
            str(t.get("name")): str(t.get("description", "")) for t in data.get("tags") or [] if isinstance(t, dict)
        }
        return Spec(
            key=self.key,
            path=self.doc.path,
            shown=self.doc.shown,
            raw=data,
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
            contact=_frozen({str(k): str(v) for k, v in (info.get("contact") or {}).items()}),
            docs_url=str((data.get("externalDocs") or {}).get("url", "")),
            servers=tuple(servers),
            security_schemes=_frozen(schemes),
            security=tuple(applied),
            operations=_frozen(self.ops),
            schemas=_frozen(schemas),
            tags=_frozen(tags),
            doc=self.doc,
        )


def _pointer_parts(text: str) -> tuple[str, ...]:
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in text.split("/") if p)


def _template_names(path: str) -> list[str]:
    import re

    return re.findall(r"{([^}]+)}", path)


def _header_examples(header: Mapping[str, Any]) -> tuple[Any, ...]:
    """A header's `example`, then the values of its `examples` (Example Objects)."""
    found = [header["example"]] if "example" in header else []
    named = header.get("examples")
    if isinstance(named, dict):
        found += [e["value"] for e in named.values() if isinstance(e, dict) and "value" in e]
    return tuple(found)
