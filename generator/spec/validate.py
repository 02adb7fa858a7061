"""Whether a JSON value fits a schema of the spec: shared by the parser's example lint and the mock server.

``mismatches`` lists every place a value does not fit, as (JSON pointer, message) pairs in document order.
The pages do not say which fields are nullable, so ``null`` is accepted everywhere.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from generator.spec.schema import (
    ArraySchema,
    BooleanSchema,
    EnumSchema,
    IntegerSchema,
    NumberSchema,
    ObjectSchema,
    OneOfSchema,
    Schema,
    StringSchema,
)

__all__ = ["mismatches"]

JSON_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
}


def mismatches(schema: Schema, value: Any, pointer: str = "") -> list[tuple[str, str]]:
    """Where ``value`` does not fit ``schema``: (JSON pointer, what is wrong), in document order."""
    if value is None:
        return []  # the pages do not say which fields are nullable; null is taken as allowed
    if isinstance(schema, OneOfSchema):
        if not schema.options or any(not mismatches(option, value, pointer) for option in schema.options):
            return []
        return [(pointer, f"fits none of the {len(schema.options)} options")]
    expected = _type_error(schema, value)
    if expected:
        return [(pointer, f"expected {expected}, found {_json_type(value)}")]
    found: list[tuple[str, str]] = []
    if isinstance(schema, StringSchema) and schema.format in FORMAT_CHECKS and not FORMAT_CHECKS[schema.format](value):
        found.append((pointer, f"{value!r} is not a valid {schema.format}"))
    elif isinstance(schema, EnumSchema) and schema.values and value not in schema.values:
        found.append((pointer, f"{value!r} is not one of the allowed values {schema.values}"))
    elif isinstance(schema, ArraySchema):
        for index, item in enumerate(value):
            found.extend(mismatches(schema.items, item, f"{pointer}/{index}"))
    elif isinstance(schema, ObjectSchema):
        found.extend(_object_mismatches(schema, value, pointer))
    return found


def _object_mismatches(schema: ObjectSchema, value: dict, pointer: str) -> list[tuple[str, str]]:
    found = []
    for prop in schema.properties:
        if prop.name in value:
            found.extend(mismatches(prop.schema, value[prop.name], f"{pointer}/{prop.name}"))
        elif prop.required:
            found.append((pointer, f'required field "{prop.name}" is missing'))
    if schema.properties and schema.additional is None:
        known = {prop.name for prop in schema.properties}
        for key in value:
            if key not in known:
                found.append((f"{pointer}/{key}", "field not in the model"))
    elif schema.additional is not None:
        known = {prop.name for prop in schema.properties}
        for key, item in value.items():
            if key not in known:
                found.extend(mismatches(schema.additional, item, f"{pointer}/{key}"))
    return found


def _parses(parse) -> Any:
    def check(text: str) -> bool:
        try:
            parse(text)
        except ValueError:
            return False
        return True

    return check


# The formats the generated models parse into Python types: a value that fails here fails in the SDK too.
FORMAT_CHECKS = {
    "date-time": _parses(datetime.datetime.fromisoformat),
    "date": _parses(datetime.date.fromisoformat),
    "uuid": _parses(uuid.UUID),
}


def _type_error(schema: Schema, value: Any) -> str:
    """The expected JSON type when ``value`` is not of it, else ''."""
    if isinstance(schema, ObjectSchema):
        ok = isinstance(value, dict)
    elif isinstance(schema, ArraySchema):
        ok = isinstance(value, list)
    elif isinstance(schema, StringSchema):
        ok = isinstance(value, str)
    elif isinstance(schema, BooleanSchema):
        ok = isinstance(value, bool)
    elif isinstance(schema, IntegerSchema):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(schema, NumberSchema):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(schema, EnumSchema):
        ok = isinstance(value, (str, int)) and not isinstance(value, bool)
    else:
        return ""
    return "" if ok else schema.kind


def _json_type(value: Any) -> str:
    for name, python_type in JSON_TYPES.items():
        if isinstance(value, python_type):
            return name
    return "number" if isinstance(value, (int, float)) else type(value).__name__
