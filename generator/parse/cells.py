"""The cells of model and parameter tables: field names, type cells, and what descriptions state."""

from __future__ import annotations

import re

from generator.spec.schema import (
    AnySchema,
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

REQUIRED_MARK = "[*required*]"
ENUM_RE = re.compile(r"Allowed enum values:\s*`([^`]*)`")
ALLOWED_RE = re.compile(r"Allowed values:\s*((?:`[^`]*`(?:,\s*|\s+and\s+|\s*)?)+)")
BACKTICK_RE = re.compile(r"`([^`]*)`")
DEPRECATED_MARK = "**DEPRECATED**"

STRING_FORMATS = {"date-time", "date", "uuid", "binary", "email", "uri", "byte", "password", "hostname", "ipv4", "ipv6"}
INTEGER_FORMATS = {"int32", "int64", "integer"}
NUMBER_FORMATS = {"double", "float", "number"}


class UnknownType(ValueError):
    pass


def split_field(cell: str) -> tuple[str, bool]:
    """``name [*required*]`` -> (name, True)."""
    if REQUIRED_MARK in cell:
        return cell.replace(REQUIRED_MARK, "").strip(), True
    return cell.strip(), False


def schema_for_type(cell: str, description: str) -> Schema:
    """A new, childless schema for a Type cell; raises UnknownType for a type no page has shown yet."""
    schema = _schema_for(" ".join(cell.split()))
    schema.description = description
    schema.deprecated = DEPRECATED_MARK in description
    if isinstance(schema, EnumSchema):
        schema.values = enum_values(description)
    elif isinstance(schema, (StringSchema, ArraySchema)):
        schema.allowed_values = allowed_values(description)
    return schema


def _schema_for(type_text: str) -> Schema:
    if type_text in ("", "any"):
        return AnySchema()
    if type_text.startswith("[") and type_text.endswith("]"):
        inner = type_text[1:-1].strip()
        return ArraySchema(items=_schema_for(inner) if inner else AnySchema())
    if type_text in ("<oneOf>", "object <oneOf>"):
        return OneOfSchema()
    if type_text == "object":
        return ObjectSchema()
    if type_text == "array":
        return ArraySchema()
    if type_text == "string":
        return StringSchema()
    if type_text == "enum":
        return EnumSchema()
    if type_text == "boolean":
        return BooleanSchema()
    if type_text in INTEGER_FORMATS:
        return IntegerSchema(format=None if type_text == "integer" else type_text)
    if type_text in NUMBER_FORMATS:
        return NumberSchema(format=None if type_text == "number" else type_text)
    if type_text in STRING_FORMATS:
        return StringSchema(format=type_text)
    raise UnknownType(type_text)


def enum_values(description: str) -> list[str | int]:
    """The values as written; whether ``1,2`` are numbers or strings only an example can tell."""
    match = ENUM_RE.search(description)
    if not match:
        return []
    return [value.strip() for value in match.group(1).split(",") if value.strip()]


def allowed_values(description: str) -> list[str]:
    match = ALLOWED_RE.search(description)
    return BACKTICK_RE.findall(match.group(1)) if match else []
