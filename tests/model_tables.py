"""Test helper: render a schema back into a model table the way the Datadog reference pages write one.

The inverse of ``generator.parse.model_table``: a pre-order walk with one row per property, oneOf option
and map value; each row names its parent by its bare name. The properties of an object come in
alphabetical order, the options of a oneOf as ``Option 1``, ``Option 2``... (their own properties name
``Option N`` as parent), and a map is an ``additionalProperties | <any-key>`` row right after its object.
"""

from __future__ import annotations

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

HEADER = ["Parent field", "Field", "Type", "Description"]
REQUIRED = " [*required*]"
DEPRECATED = "**DEPRECATED**"


def render_table(root: ObjectSchema) -> list[list[str]]:
    """The table (header first, no separator row) for ``rows_from_table(table, first_line, problems)``."""
    rows = [list(HEADER)]
    _walk(root, "", rows)
    return rows


def type_cell(schema: Schema) -> str:
    if isinstance(schema, ArraySchema):
        items = schema.items
        if isinstance(items, AnySchema):
            return "[]"
        if isinstance(items, ArraySchema):
            if not isinstance(items.items, AnySchema):
                raise ValueError(f"the pages have no type cell for an array of {type_cell(items)}")
            return "[array]"
        if isinstance(items, OneOfSchema):
            return "[ <oneOf>]"
        return f"[{type_cell(items)}]"
    if isinstance(schema, OneOfSchema):
        return "<oneOf>"
    if isinstance(schema, ObjectSchema):
        return "object"
    if isinstance(schema, EnumSchema):
        return "enum"
    if isinstance(schema, BooleanSchema):
        return "boolean"
    if isinstance(schema, (StringSchema, IntegerSchema, NumberSchema)):
        return schema.format or schema.KIND
    return ""  # AnySchema: an empty Type cell


def description_cell(schema: Schema) -> str:
    """The description, with the deprecation mark and the enum values added when it does not state them."""
    text = schema.description
    if schema.deprecated and DEPRECATED not in text:
        text = f"{DEPRECATED}: {text}"
    if isinstance(schema, EnumSchema) and schema.values and "Allowed enum values" not in text:
        text += f" Allowed enum values: `{','.join(str(value) for value in schema.values)}`"
    return text.strip()


def _row(rows: list[list[str]], parent: str, field: str, schema: Schema) -> None:
    rows.append([parent, field, type_cell(schema), description_cell(schema)])


def _walk(schema: Schema, name: str, rows: list[list[str]]) -> None:
    """The rows of what ``schema`` (the field ``name``) holds; arrays hold what their items hold."""
    while isinstance(schema, ArraySchema):
        schema = schema.items
    if isinstance(schema, ObjectSchema):
        if schema.additional is not None:
            _row(rows, "additionalProperties", "<any-key>", schema.additional)
            _walk(schema.additional, "<any-key>", rows)
        for prop in sorted(schema.properties, key=lambda p: p.name):
            _row(rows, name, prop.name + (REQUIRED if prop.required else ""), prop.schema)
            _walk(prop.schema, prop.name, rows)
    elif isinstance(schema, OneOfSchema):
        for number, option in enumerate(schema.options, 1):
            _row(rows, name, f"Option {number}", option)
            _walk(option, f"Option {number}", rows)
