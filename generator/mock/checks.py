"""Check a request against what its operation documents: parameters, media type and JSON body.

Each check returns JSON:API error objects (empty when the request is fine). The body is checked with the
same ``mismatches`` the parser uses on the pages' own examples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Protocol

from generator.mock.replies import JSON, error_object
from generator.spec.operation import Operation, Parameter
from generator.spec.schema import (
    ArraySchema,
    BooleanSchema,
    EnumSchema,
    IntegerSchema,
    NumberSchema,
    OneOfSchema,
    Schema,
)
from generator.spec.validate import mismatches


class Headers(Protocol):
    """The request's headers, case-insensitive (``http.client.HTTPMessage``)."""

    def get(self, name: str, /) -> str | None: ...


_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def check_parameters(
    op: Operation, path_params: Mapping[str, str], query: Mapping[str, list[str]], headers: Headers
) -> list[dict[str, Any]]:
    """Required parameters present, and path, query and header values of the documented type."""
    errors = []
    for param in op.parameters:
        if param.location == "path":
            values = [path_params[param.name]] if param.name in path_params else []
        elif param.location == "query":
            values = query.get(param.name, [])
        elif param.location == "header":
            value = headers.get(param.name)
            values = [] if value is None else [value]
        else:
            continue
        if not values and param.required:
            errors.append(
                error_object(
                    400, f'required {param.location} parameter "{param.name}" is missing', _source(param)
                )
            )
        for value in values:
            problem = _value_problem(param.schema, value)
            if problem:
                detail = f'{param.location} parameter "{param.name}" {problem}, found {value!r}'
                errors.append(error_object(400, detail, _source(param)))
    return errors


def _source(param: Parameter) -> dict[str, str]:
    return {"header": param.name} if param.location == "header" else {"parameter": param.name}


def _value_problem(schema: Schema, value: str) -> str:
    """What is wrong with a parameter's text for its schema, or ''."""
    if isinstance(schema, IntegerSchema):
        return "" if _INTEGER.fullmatch(value) else "must be an integer"
    if isinstance(schema, NumberSchema):
        return "" if _NUMBER.fullmatch(value) else "must be a number"
    if isinstance(schema, BooleanSchema):
        return "" if value.lower() in ("true", "false") else "must be true or false"
    if isinstance(schema, EnumSchema) and schema.values:
        allowed = [str(v) for v in schema.values]
        return "" if value in allowed else f"must be one of {', '.join(allowed)}"
    if isinstance(schema, ArraySchema):  # repeated, or comma-separated
        return next(filter(None, (_value_problem(schema.items, item) for item in value.split(","))), "")
    if isinstance(schema, OneOfSchema) and schema.options:
        if all(_value_problem(option, value) for option in schema.options):
            return f"fits none of the {len(schema.options)} options"
    return ""


def media_type(content_type: str | None) -> str:
    """``application/json; charset=utf-8`` -> ``application/json``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def check_body(op: Operation, content_type: str | None, body: bytes) -> list[dict[str, Any]]:
    """A required body present, of a documented media type, and when JSON: well-formed and fitting the schema.

    Other media types (text/plain, multipart/form-data) are taken as sent. A body the operation does not
    document is ignored.
    """
    documented = op.request_body
    if documented is None:
        return []
    expected = ", ".join(documented.media_types) or JSON
    if not body:
        if documented.required:
            return [error_object(400, f"the request body is required ({expected})", {"pointer": ""})]
        return []
    sent = media_type(content_type)
    allowed = {media_type(m) for m in documented.media_types}
    if not sent or (allowed and sent not in allowed):
        detail = f"Content-Type {content_type or '(none)'} is not documented here (documented: {expected})"
        return [error_object(415, detail, {"header": "Content-Type"})]
    if sent != JSON or documented.schema is None:
        return []
    try:
        value = json.loads(body, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}, character {exc.pos}"
        detail = f"the request body is malformed JSON: {exc.msg} ({where})"
        return [error_object(400, detail, {"pointer": ""})]
    except (UnicodeDecodeError, ValueError) as exc:
        return [error_object(400, f"the request body is not JSON text: {exc}", {"pointer": ""})]
    return [
        error_object(400, message, {"pointer": pointer})
        for pointer, message in mismatches(documented.schema, value)
    ]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")
