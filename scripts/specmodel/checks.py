"""What a spec must hold beyond its shape for the SDKs to be generated from it: an `x-async-status`
whose pointers land in the answers and whose values are the status field's own, a bulk operation
that fits, and one supported security scheme. Each breach is a located problem."""

from __future__ import annotations

import re

from .view import LIFECYCLE_LISTS, AsyncStatus, Operation, Schema, Spec

JSONISH = re.compile(r"^application/([\w.+-]+\+)?json$")


def success_schema(op: Operation) -> Schema | None:
    """The schema of the success answer (its first JSON media type); of `anyOf` alternatives, the first:
    the full answer."""
    response = op.success()
    if response is None:
        return None
    media = [m for m in response.content.values() if JSONISH.match(m.media_type)] or list(response.content.values())
    if not media or media[0].schema is None:
        return None
    schema = media[0].schema
    return schema.any_of[0] if schema.any_of else schema


def array_property(schema: Schema) -> tuple[str, Schema] | None:
    """The first property of `schema` that is an array, with its items' schema."""
    for name, prop in schema.properties.items():
        if prop.type == "array" and prop.items is not None:
            return name, prop.items
    return None


def status_field(spec: Spec, status: AsyncStatus) -> Schema | None:
    op = spec.operations[status.operation_id]
    schema = success_schema(op)
    return schema.at_pointer(status.status) if schema is not None else None


def check(spec: Spec) -> None:
    """Record every problem of the spec's lifecycle and security in its document."""
    doc = spec.doc
    statuses = [op for op in spec.operations.values() if op.async_status is not None]
    if len(statuses) > 1:
        for op in statuses[1:]:
            doc.problem(op.where, f"{op.operation_id}: a second x-async-status", "one status operation per spec")
    for op in statuses:
        assert op.async_status is not None
        _lifecycle(spec, op, op.async_status)
    _security(spec)


def _lifecycle(spec: Spec, op: Operation, ext: AsyncStatus) -> None:
    doc, at = spec.doc, ext.where
    schema = success_schema(op)
    if schema is None:
        response = op.success()
        if response is None or not any("schema" in doc.at(m.where) for m in response.content.values()):
            doc.problem(op.where, f"{op.operation_id}: x-async-status needs a 2xx answer with a JSON schema")
        return  # else its schema is a dangling $ref, reported where it is written
    if schema.name is None:
        doc.problem(op.where, f"{op.operation_id}: its success answer must be a $ref to a component schema")
    field = schema.at_pointer(ext.status)
    pointer = "/" + "/".join(ext.status)
    if field is None:
        doc.problem(
            (*at, "status"),
            f"x-async-status.status {pointer!r} names no field of {schema.name or 'the 200 answer'}",
            f"it has {', '.join(schema.properties) or 'no properties'}",
        )
    else:
        known = field.enum or tuple(field.examples)
        kind = "enum" if field.enum else "examples"
        source = field.name or pointer
        if not known:
            doc.problem(
                (*at, "status"),
                f"the status field {pointer} lists no values",
                "give it an `enum` (or `examples`, for an open string) with the provider's values",
            )
        else:
            wire = {str(v) for v in known}
            for name in LIFECYCLE_LISTS:
                for value in ext.lifecycle.get(name, ()):
                    if value not in wire:
                        doc.problem(
                            (*at, name),
                            f"x-async-status.{name}: {value!r} is not a value of the status field ({source} {kind}: "
                            f"{', '.join(map(str, known))})",
                            "use the provider's own value, or add it to the field with its evidence",
                        )
    seen: dict[str, str] = {}
    for name in LIFECYCLE_LISTS:
        for value in ext.lifecycle.get(name, ()):
            if value in seen:
                doc.problem((*at, name), f"x-async-status: {value!r} is both {seen[value]} and {name}")
            seen[value] = name
    if not any(ext.lifecycle.get(n) for n in ("succeeded", "failed")):
        doc.problem(at, "x-async-status has no terminal values: a waiter could never stop", "fill `succeeded`/`failed`")
    if isinstance(ext.progress, tuple) and schema.at_pointer(ext.progress) is None:
        doc.problem(
            (*at, "progress"), f"x-async-status.progress /{'/'.join(ext.progress)} names no field of the answer"
        )
    for key in ("type", "started", "finished"):
        pointer = getattr(ext, key)
        if pointer is not None and schema.at_pointer(pointer) is None:
            doc.problem((*at, key), f"x-async-status.{key} /{'/'.join(pointer)} names no field of the answer")
    for i, rule in enumerate(ext.not_found_answers):
        here = (*at, "not-found-answers", i)
        response = op.responses.get(str(rule.status))
        if response is None:
            doc.problem(
                (*here, "status"),
                f"not-found answer status {rule.status} is not a response of {op.operation_id}",
                f"declared: {', '.join(op.responses)}",
            )
            continue
        bodies = [m.schema for m in response.content.values() if m.schema is not None]
        fields = [f for b in bodies for v in b.variants if (f := v.at_pointer(rule.field)) is not None]
        if not fields:
            doc.problem((*here, "field"), f"not-found answer field /{'/'.join(rule.field)} is in no {rule.status} body")
    if ext.bulk is not None:
        _bulk(spec, op, ext, schema)


def _bulk(spec: Spec, op: Operation, ext: AsyncStatus, model: Schema) -> None:
    doc, at = spec.doc, (*ext.where, "bulk")
    bulk = spec.operations.get(ext.bulk or "")
    if bulk is None:
        import difflib

        close = difflib.get_close_matches(ext.bulk or "", list(spec.operations), n=1)
        doc.problem(
            at,
            f"x-async-status.bulk names {ext.bulk!r}, which is no operationId of this spec",
            f"did you mean {close[0]!r}?" if close else f"operations: {', '.join(spec.operations)}",
        )
        return
    body = bulk.request_body
    media = list(body.content.values()) if body else []
    body_schema = media[0].schema if media else None
    if body_schema is None or body_schema.name is None:
        doc.problem(bulk.where, f"{bulk.operation_id} (x-async-status.bulk) needs a request body that is a $ref")
        return
    request_list = array_property(body_schema)
    if request_list is None or request_list[1].name is None:
        doc.problem(body_schema.where, f"{body_schema.name}: the bulk request needs an array of $ref items")
        return
    item = request_list[1]
    if not (item.required or item.properties):
        doc.problem(item.where, f"{item.name}: a bulk request item needs the id as its first (required) property")
    answer = success_schema(bulk)
    answer_list = array_property(answer) if answer is not None else None
    if answer is None or answer.name is None or answer_list is None:
        doc.problem(bulk.where, f"{bulk.operation_id}: its success answer needs an array of {model.name}")
        return
    if answer_list[1].name != model.name:
        doc.problem(
            answer_list[1].where,
            f"{answer.name}.{answer_list[0]}: the bulk answer's items are {answer_list[1].name or 'inline'}, "
            f"but {op.operation_id} answers {model.name}",
            f"its items must be {model.name}, so one waiter reads both",
        )


SUPPORTED = "http basic, http bearer, apiKey in a header, or oauth2 clientCredentials"


def _security(spec: Spec) -> None:
    doc = spec.doc
    if len(spec.security) != 1:
        doc.problem(
            ("security",),
            f"expected exactly one globally applied security scheme, found {list(spec.security)}",
            "create_client authenticates with one scheme",
        )
        return
    scheme = spec.security_schemes.get(spec.security[0])
    if scheme is None:
        return  # reported by the builder
    ok = (
        (scheme.type == "http" and scheme.scheme in ("basic", "bearer"))
        or (scheme.type == "apiKey" and scheme.location == "header" and scheme.header)
        or (scheme.type == "oauth2" and scheme.token_url)
    )
    if not ok:
        doc.problem(
            scheme.where, f"security scheme {scheme.name!r} ({scheme.type}) is not supported", f"use {SUPPORTED}"
        )
