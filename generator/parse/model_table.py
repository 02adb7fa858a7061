"""Rebuild a schema tree from a flattened model table.

A model table is a pre-order walk of the schema, one row per node: ``Parent field | Field | Type |
Description`` (or without the first column when every field is top level). ``rows_from_table`` reads the
cells, ``rebuild`` makes one schema node per row, asks ``placement`` where each row goes, and attaches
the nodes: properties to objects, ``Option N`` rows to oneOfs, ``<any-key>`` rows as a map's values.
"""

from __future__ import annotations

from typing import Any

from generator.parse.cells import UnknownType, schema_for_type, split_field
from generator.parse.placement import MAP_KEY, OPTION_RE, Placement, Row, innermost
from generator.problems import Problems
from generator.spec.schema import AnySchema, ArraySchema, ObjectSchema, OneOfSchema, Property, Schema

__all__ = ["Row", "rebuild", "rows_from_table"]


def rows_from_table(table: list[list[str]], first_line: int, problems: Problems) -> list[Row] | None:
    """Read a model table (header row first); None when the header is not a model table's."""
    header = [cell.lower() for cell in table[0]]
    if header == ["parent field", "field", "type", "description"]:
        width = 4
    elif header == ["field", "type", "description"]:
        width = 3
    else:
        problems.error(first_line, f"a model table with unknown columns: {' | '.join(table[0])}")
        return None
    rows = []
    for offset, cells in enumerate(table[1:]):
        line = first_line + 2 + offset
        if len(cells) > width:
            # an unescaped "|" inside the description split it
            cells = cells[: width - 1] + [" | ".join(cells[width - 1 :])]
        cells = cells + [""] * (width - len(cells))
        parent = cells[0] if width == 4 else ""
        name, required = split_field(cells[-3])
        rows.append(Row(line, parent, name, required, cells[-2], cells[-1]))
    return rows


def rebuild(rows: list[Row], problems: Problems, examples: list[Any] = ()) -> ObjectSchema:
    """The object schema a model table describes; ``examples`` (JSON values) settle ambiguous rows."""
    nodes = [_new_node(row, problems) for row in rows]
    parents = Placement(rows, nodes, list(examples), problems).parents()
    _type_untyped_parents(rows, nodes, parents)
    root = ObjectSchema()
    for i, node in enumerate(nodes):
        parent = parents[i]
        if parent is not None:
            container = root if parent == -1 else innermost(nodes[parent])
            _attach(container, rows[i], node, problems)
    return root


def _new_node(row: Row, problems: Problems) -> Schema:
    try:
        return schema_for_type(row.type, row.description)
    except UnknownType as unknown:
        problems.error(row.line, f'unknown type "{unknown}" for field "{row.name}"; read as any value')
        return AnySchema(description=row.description)


def _type_untyped_parents(rows: list[Row], nodes: list[Schema], parents: list[int | None]) -> None:
    """A row with an empty Type cell that has children is an object, or a oneOf when they are options."""
    typed = set()
    for i, parent in enumerate(parents):
        if parent is None or parent == -1 or parent in typed or not isinstance(innermost(nodes[parent]), AnySchema):
            continue
        typed.add(parent)
        replacement: Schema = OneOfSchema() if OPTION_RE.fullmatch(rows[i].name) else ObjectSchema()
        _replace_innermost(nodes, parent, replacement)


def _replace_innermost(nodes: list[Schema], index: int, replacement: Schema) -> None:
    node = nodes[index]
    replacement.description = innermost(node).description
    if not isinstance(node, ArraySchema):
        replacement.deprecated = node.deprecated
        nodes[index] = replacement
        return
    while isinstance(node.items, ArraySchema):
        node = node.items
    node.items = replacement


def _attach(container: Schema, row: Row, node: Schema, problems: Problems) -> None:
    if isinstance(container, OneOfSchema) and OPTION_RE.fullmatch(row.name):
        container.options.append(node)
    elif row.name == MAP_KEY and isinstance(container, ObjectSchema):
        container.additional = node
    elif isinstance(container, ObjectSchema):
        container.properties.append(Property(row.name, node, row.required))
    else:  # an untyped field whose children mix options and properties
        problems.error(row.line, f'field "{row.name}" cannot be placed under a {container.kind}; left out')

