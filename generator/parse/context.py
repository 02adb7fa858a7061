"""What every part of the page parser needs: the page's lines and where its problems go."""

from __future__ import annotations

from dataclasses import dataclass

from generator.parse.blocks import Block
from generator.problems import Problems
from generator.spec.operation import Location


@dataclass(slots=True)
class PageContext:
    file: str  # as it appears in messages and in the spec
    lines: list[str]
    problems: Problems

    def at(self, line: int) -> Location:
        return Location(self.file, line)

    def source(self, blocks: list[Block]) -> str:
        """The Markdown source the blocks were read from, as written."""
        if not blocks:
            return ""
        return "\n".join(self.lines[blocks[0].line - 1 : blocks[-1].end - 1]).strip()


def split_by_heading(blocks: list[Block], level: int) -> tuple[list[Block], list[tuple[Block, list[Block]]]]:
    """Blocks before the first heading of ``level``, then each such heading with the blocks under it."""
    head: list[Block] = []
    sections: list[tuple[Block, list[Block]]] = []
    for block in blocks:
        if block.kind == "heading" and block.level == level:
            sections.append((block, []))
        elif sections:
            sections[-1][1].append(block)
        else:
            head.append(block)
    return head, sections
