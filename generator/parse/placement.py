"""Where each row of a model table goes: the search behind ``model_table.rebuild``.

A row names its parent by its bare name, and names repeat, so the parent is one of the open ancestors of
the previous row (pre-order) that carries the name and can hold the row: an object (or an untyped node)
for a property, a oneOf (or an untyped node) for ``Option N``. Properties of one object come in
alphabetical order and options in numeric order; the search keeps to that order and backtracks when a
choice leads to a row that has nowhere to go.

When two ancestors fit, the examples are evidence: the one under which the example holds a value of that
name is tried first. Every row where another choice would also lead to a complete placement, with the
examples unable to tell the two apart, is reported as an error: a guess is never silent. When no ordered
placement exists at all (a page out of order), rows go to the nearest fitting ancestor, in order when it
can, and each row that breaks the order or fits nowhere is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.problems import Problems
from generator.spec.schema import AnySchema, ArraySchema, ObjectSchema, OneOfSchema, Schema

MAP_KEY = "<any-key>"
MAP_PARENT = "additionalProperties"
OPTION_RE = re.compile(r"Option (\d+)")
# A table of a few hundred rows needs about as many steps; this bounds a pathological page.
SEARCH_STEPS_PER_ROW = 50

OBJECT, ONE_OF, UNTYPED, LEAF = "object", "oneOf", "untyped", "leaf"


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
    kind: str  # OBJECT, ONE_OF, UNTYPED or LEAF
    values: tuple = ()  # the examples' values at this node (inside its arrays)
    last_key: tuple = ()  # sort key of its last child, () before the first
    has_map: bool = False


def innermost(node: Schema) -> Schema:
    while isinstance(node, ArraySchema):
        node = node.items
    return node


def kind_of(node: Schema) -> str:
    inner = innermost(node)
    if isinstance(inner, OneOfSchema):
        return ONE_OF
    if isinstance(inner, ObjectSchema):
        return OBJECT
    if isinstance(inner, AnySchema):
        return UNTYPED  # an empty Type cell: what its children make it, if any
    return LEAF


class Placement:
    """The search over one table; ``parents()`` gives each row's parent row (-1: root, None: nowhere)."""

    def __init__(self, rows: list[Row], nodes: list[Schema], examples: list[Any], problems: Problems):
        self.rows = rows
        self.nodes = nodes
        self.kinds = [kind_of(node) for node in nodes]
        self.problems = problems
        self.root = Frame("", -1, OBJECT, tuple(examples))

    def parents(self) -> list[int | None]:
        solution = self._solve(0, (self.root,))
        if solution is None:
            return self._tolerant()
        self._report_ambiguities(solution)
        return [stack[depth].row for depth, stack in solution]

    # -- candidates -------------------------------------------------------------------------------

    def _fits(self, row: Row, frame: Frame, depth: int, top: int) -> bool:
        if row.name == MAP_KEY and row.parent == MAP_PARENT:
            # "right after the object whose values it describes": the row just before
            return depth == top and frame.kind in (OBJECT, UNTYPED) and not frame.has_map
        if row.name == MAP_KEY:
            return frame.name == row.parent and frame.kind in (OBJECT, UNTYPED) and not frame.has_map
        if not row.parent:
            return depth == 0
        wanted = ONE_OF if OPTION_RE.fullmatch(row.name) else OBJECT
        return depth > 0 and frame.name == row.parent and frame.kind in (wanted, UNTYPED)

    def _candidates(self, index: int, stack: tuple[Frame, ...], strict: bool) -> list[int]:
        """Depths in ``stack`` that can take row ``index``: those the examples support first, then deepest."""
        row = self.rows[index]
        top = len(stack) - 1
        found = [
            depth
            for depth in range(top, -1, -1)
            if self._fits(row, stack[depth], depth, top)
            and (not strict or row.name == MAP_KEY or _key(row) > stack[depth].last_key)
        ]
        return sorted(found, key=lambda depth: not _supports(row, stack[depth]))

    def _push(self, stack: tuple[Frame, ...], depth: int, index: int) -> tuple[Frame, ...]:
        row, parent = self.rows[index], stack[depth]
        if row.name == MAP_KEY:
            parent = Frame(parent.name, parent.row, parent.kind, parent.values, parent.last_key, True)
        else:
            parent = Frame(parent.name, parent.row, parent.kind, parent.values, _key(row), parent.has_map)
        values = tuple(_unwrap(_values_under(row, stack[depth]), self.nodes[index]))
        return stack[:depth] + (parent, Frame(row.name, index, self.kinds[index], values))

    # -- search -----------------------------------------------------------------------------------

    def _solve(self, start: int, stack: tuple[Frame, ...]) -> list[tuple[int, tuple[Frame, ...]]] | None:
        """Depth-first search from row ``start``: (chosen depth, stack before the row) per row, or None."""
        count = len(self.rows)
        stacks: list[tuple[Frame, ...]] = [()] * (count + 1)
        stacks[start] = stack
        options: list[list[int] | None] = [None] * count
        chosen = [0] * count
        i = start
        for _ in range(SEARCH_STEPS_PER_ROW * (count - start + 1)):
            if i == count:
                return [(options[k][chosen[k]], stacks[k]) for k in range(start, count)]  # type: ignore[index]
            if options[i] is None:
                options[i] = self._candidates(i, stacks[i], strict=True)
                chosen[i] = 0
            if chosen[i] >= len(options[i]):  # type: ignore[arg-type]
                options[i] = None
                if i == start:
                    return None
                i -= 1
                chosen[i] += 1
                continue
            stacks[i + 1] = self._push(stacks[i], options[i][chosen[i]], i)  # type: ignore[index]
            i += 1
        return None

    def _report_ambiguities(self, solution: list[tuple[int, tuple[Frame, ...]]]) -> None:
        for index, (depth, stack) in enumerate(solution):
            row = self.rows[index]
            supported = _supports(row, stack[depth])
            for other in self._candidates(index, stack, strict=True):
                if other == depth or (supported and not _supports(row, stack[other])):
                    continue
                if self._solve(index + 1, self._push(stack, other, index)) is not None:
                    self.problems.error(
                        row.line,
                        f'cannot tell which "{row.parent}" field "{row.name}" belongs to: '
                        f"under {self._describe(stack[depth])} or under {self._describe(stack[other])}, and no example "
                        f"tells; placed under {self._describe(stack[depth])}",
                    )
                    break

    def _tolerant(self) -> list[int | None]:
        stack: tuple[Frame, ...] = (self.root,)
        parents: list[int | None] = []
        for index, row in enumerate(self.rows):
            found = self._candidates(index, stack, strict=True)
            if not found:
                found = self._candidates(index, stack, strict=False)
                if found:
                    self.problems.warning(row.line, f'field "{row.name}" of "{row.parent}" is out of alphabetical order')
            if not found:
                self.problems.error(row.line, f'field "{row.name}" names a parent "{row.parent}" that is not open here')
                parents.append(None)
                continue
            parents.append(stack[found[0]].row)
            stack = self._push(stack, found[0], index)
        return parents

    def _describe(self, frame: Frame) -> str:
        return "the top level" if frame.row == -1 else f'"{frame.name}" of line {self.rows[frame.row].line}'


def _key(row: Row) -> tuple:
    """Where a row sorts among its siblings: options by number, then properties by name (a parent that
    has both must not compare a number with a name)."""
    option = OPTION_RE.fullmatch(row.name)
    return (0, int(option.group(1)), "") if option else (1, 0, row.name)


def _supports(row: Row, frame: Frame) -> bool:
    """Whether the examples hold a value of this name under ``frame``: they then contradict the model
    unless the row sits there. An option is never such evidence: a value that fits it may fit the
    options already there just as well."""
    return not OPTION_RE.fullmatch(row.name) and bool(_values_under(row, frame))


def _values_under(row: Row, frame: Frame) -> list[Any]:
    """The examples' values the row names, if it sits under ``frame``."""
    if OPTION_RE.fullmatch(row.name):
        return list(frame.values)
    if row.name == MAP_KEY:
        return [item for value in frame.values if isinstance(value, dict) for item in value.values()]
    return [value[row.name] for value in frame.values if isinstance(value, dict) and row.name in value]


def _unwrap(values: list[Any], node: Schema) -> list[Any]:
    while isinstance(node, ArraySchema):
        values = [item for value in values if isinstance(value, list) for item in value]
        node = node.items
    return values
