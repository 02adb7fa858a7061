"""Rebuild a schema tree from a flattened model table.

A model table is a pre-order walk of the schema: each row names its parent by its bare name, and the
properties of one object come in alphabetical order (the options of a oneOf in numeric order). Names
repeat (``data`` inside ``data``, ``Option 1`` at several depths), so a row's parent is one of the open
ancestors of the previous row that carries that name. ``rebuild`` searches for the placements that keep
every object's properties in order; when exactly one exists the tree is certain. When two exist, the row
where they part is reported as ambiguous; when none does, the rows are placed under the nearest ancestor
of that name and every row out of order is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.parse.cells import UnknownType, schema_for_type, split_field
from generator.problems import Problems
from generator.spec.schema import (
    AnySchema,
    ArraySchema,
    ObjectSchema,
    OneOfSchema,
    Property,
    Schema,
)

MAP_KEY = "<any-key>"
MAP_PARENT = "additionalProperties"
OPTION_RE = re.compile(r"Option (\d+)")
# A table of a few hundred rows needs a few hundred steps; this bounds a pathological page.
SEARCH_STEPS_PER_ROW = 50
MAX_SOLUTIONS = 16

OBJECT, ONE_OF, LEAF = "object", "oneOf", "leaf"


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    parent: str
    name: str
    required: bool
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class Frame:
    """An open node on the path from the root to the last row placed."""

    name: str
    row: int  # index of the row that made the node, -1 for the root
    kind: str  # OBJECT, ONE_OF or LEAF
    last_key: tuple = ()  # sort key of its last child, () before the first
    has_map: bool = False


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
    kinds = [_kind(node, rows, i) for i, node in enumerate(nodes)]
    for i, kind in enumerate(kinds):
        if kind != LEAF and isinstance(_innermost(nodes[i]), AnySchema):
            _replace_innermost(nodes, i, OneOfSchema() if kind == ONE_OF else ObjectSchema())
    parents = _search(rows, kinds, nodes, list(examples), problems)
    root = ObjectSchema()
    for i, node in enumerate(nodes):
        parent = parents[i]
        if parent is None:
            continue
        container = root if parent == -1 else _innermost(nodes[parent])
        _attach(container, rows[i], node, problems)
    return root


def _new_node(row: Row, problems: Problems) -> Schema:
    try:
        return schema_for_type(row.type, row.description)
    except UnknownType as unknown:
        problems.error(row.line, f'unknown type "{unknown}" for field "{row.name}"; read as any value')
        return AnySchema(description=row.description)


def _innermost(node: Schema) -> Schema:
    while isinstance(node, ArraySchema):
        node = node.items
    return node


def _kind(node: Schema, rows: list[Row], index: int) -> str:
    inner = _innermost(node)
    if isinstance(inner, OneOfSchema):
        return ONE_OF
    if isinstance(inner, ObjectSchema):
        return OBJECT
    if isinstance(inner, AnySchema) and _has_children(rows, index):
        # an empty Type cell followed by rows naming it: take it for what its children make it
        return ONE_OF if OPTION_RE.fullmatch(rows[index + 1].name) else OBJECT
    return LEAF


def _has_children(rows: list[Row], index: int) -> bool:
    return index + 1 < len(rows) and rows[index + 1].parent == rows[index].name


def _candidates(row: Row, stack: tuple[Frame, ...], strict: bool) -> list[int]:
    """Indices into ``stack`` of the frames that can take ``row`` as a child, deepest first."""
    option = OPTION_RE.fullmatch(row.name)
    found = []
    for depth in range(len(stack) - 1, -1, -1):
        frame = stack[depth]
        if row.name == MAP_KEY and row.parent == MAP_PARENT:
            # "right after the object whose values it describes": the row just before
            fits = depth == len(stack) - 1 and frame.kind == OBJECT and not frame.has_map
        elif row.name == MAP_KEY:
            fits = frame.kind == OBJECT and frame.name == row.parent and not frame.has_map
        elif not row.parent:
            fits = depth == 0
        else:
            fits = frame.name == row.parent and frame.kind == (ONE_OF if option else OBJECT) and depth > 0
        if fits and strict and row.name != MAP_KEY:
            fits = _key(row) > frame.last_key
        if fits:
            found.append(depth)
    return found


def _key(row: Row) -> tuple:
    option = OPTION_RE.fullmatch(row.name)
    return (int(option.group(1)),) if option else (row.name,)


def _push(stack: tuple[Frame, ...], depth: int, index: int, row: Row, kind: str) -> tuple[Frame, ...]:
    parent = stack[depth]
    if row.name == MAP_KEY:
        parent = Frame(parent.name, parent.row, parent.kind, parent.last_key, True)
    else:
        parent = Frame(parent.name, parent.row, parent.kind, _key(row), parent.has_map)
    return stack[:depth] + (parent, Frame(row.name, index, kind))


def _search(rows: list[Row], kinds: list[str], nodes: list[Schema], examples: list[Any], problems: Problems):
    """The parent row of every row (-1 for the root, None when it cannot be placed)."""
    solutions = _ordered_placements(rows, kinds, limit=MAX_SOLUTIONS)
    if not solutions:
        return _nearest_placements(rows, kinds, problems)
    if len(solutions) > 1:
        # The examples are evidence: prefer the placement under which most rows appear in them.
        scored = sorted(((-_evidence(rows, nodes, s, examples), n) for n, s in enumerate(solutions)))
        best, runner_up = solutions[scored[0][1]], solutions[scored[1][1]]
        if scored[0][0] == scored[1][0]:
            at = next(i for i in range(len(rows)) if best[i] != runner_up[i])
            row = rows[at]
            problems.error(
                row.line,
                f'cannot tell which "{row.parent}" field "{row.name}" belongs to: under '
                f"{_describe(rows, best[at])} or under {_describe(rows, runner_up[at])}, and no example tells; "
                f"placed under {_describe(rows, best[at])}",
            )
        return list(best)
    return list(solutions[0])


def _evidence(rows: list[Row], nodes: list[Schema], parents: tuple[int, ...], examples: list[Any]) -> int:
    """How many rows name a value that the examples hold at that place."""
    found: list[list[Any]] = []
    score = 0
    for i, row in enumerate(rows):
        parent = parents[i]
        values = examples if parent == -1 else _unwrap(found[parent], nodes[parent])
        if OPTION_RE.fullmatch(row.name):
            mine = values
        elif row.name == MAP_KEY:
            mine = [item for value in values if isinstance(value, dict) for item in value.values()]
        else:
            mine = [value[row.name] for value in values if isinstance(value, dict) and row.name in value]
        found.append(mine)
        score += bool(mine)
    return score


def _unwrap(values: list[Any], node: Schema) -> list[Any]:
    while isinstance(node, ArraySchema):
        values = [item for value in values if isinstance(value, list) for item in value]
        node = node.items
    return values


def _describe(rows: list[Row], parent: int) -> str:
    return "the top level" if parent == -1 else f'"{rows[parent].name}" of line {rows[parent].line}'


def _ordered_placements(rows: list[Row], kinds: list[str], limit: int) -> list[tuple[int, ...]]:
    """Depth-first search for up to ``limit`` placements that keep every object's children in order."""
    count = len(rows)
    if count == 0:
        return [()]
    stacks: list[tuple[Frame, ...]] = [()] * (count + 1)
    stacks[0] = (Frame("", -1, OBJECT),)
    options: list[list[int] | None] = [None] * count
    chosen = [0] * count
    solutions: list[tuple[int, ...]] = []
    i = 0
    for _ in range(SEARCH_STEPS_PER_ROW * (count + 1)):
        if i == count:
            solutions.append(_parents_of(stacks, options, chosen, count))
            if len(solutions) == limit:
                break
            i -= 1
            chosen[i] += 1
            continue
        if options[i] is None:
            options[i] = _candidates(rows[i], stacks[i], strict=True)
            chosen[i] = 0
        if chosen[i] >= len(options[i]):
            options[i] = None
            if i == 0:
                break
            i -= 1
            chosen[i] += 1
            continue
        stacks[i + 1] = _push(stacks[i], options[i][chosen[i]], i, rows[i], kinds[i])
        i += 1
    return solutions


def _parents_of(stacks, options, chosen, count) -> tuple[int, ...]:
    return tuple(stacks[i][options[i][chosen[i]]].row for i in range(count))


def _nearest_placements(rows: list[Row], kinds: list[str], problems: Problems) -> list[int | None]:
    stack: tuple[Frame, ...] = (Frame("", -1, OBJECT),)
    parents: list[int | None] = []
    for i, row in enumerate(rows):
        found = _candidates(row, stack, strict=False)
        if not found:
            problems.error(row.line, f'field "{row.name}" names a parent "{row.parent}" that is not open here')
            parents.append(None)
            continue
        depth = found[0]
        if _key(row) <= stack[depth].last_key:
            problems.warning(row.line, f'field "{row.name}" of "{row.parent}" is out of alphabetical order')
        parents.append(stack[depth].row)
        stack = _push(stack, depth, i, row, kinds[i])
    return parents


def _replace_innermost(nodes: list[Schema], index: int, replacement: Schema) -> None:
    node = nodes[index]
    replacement.description = _innermost(node).description
    if not isinstance(node, ArraySchema):
        replacement.deprecated = node.deprecated
        nodes[index] = replacement
        return
    while isinstance(node.items, ArraySchema):
        node = node.items
    node.items = replacement


def _attach(container: Schema, row: Row, node: Schema, problems: Problems) -> None:
    if isinstance(container, OneOfSchema):
        container.options.append(node)
    elif row.name == MAP_KEY and isinstance(container, ObjectSchema):
        container.additional = node
    elif isinstance(container, ObjectSchema):
        container.properties.append(Property(row.name, node, row.required))
    else:  # pragma: no cover - _candidates only offers containers
        problems.error(row.line, f'field "{row.name}" cannot be placed under a {container.kind}')

