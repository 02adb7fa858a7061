"""Markdoc pages to a tree of blocks, on markdown-it-py.

markdown-it-py finds the block structure (headings, paragraphs, tables, fences, lists) once; a block rule of
ours turns Markdoc tag lines (``{% tab title="v2" %}``, ``{% /tab %}``) into tokens, and ``read_blocks``
nests the blocks inside the tags that enclose them. Inline parsing is switched off: descriptions are kept
as Markdown source, so nothing needs the inline tokens, and skipping them is most of the parse time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

from generator.problems import Problems

TAG_RE = re.compile(r"\{%\s*(/?)\s*([A-Za-z][\w-]*)?((?:[^%]|%(?!\}))*)%\}")
ATTR_RE = re.compile(r'([\w-]+)="([^"]*)"')
DELIMITER_ROW_RE = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass(slots=True)
class Block:
    kind: str  # heading, paragraph, table, fence, code, tag, other
    line: int  # 1-based first line
    end: int  # 1-based line after the block
    text: str = ""  # heading or paragraph text, fence or code content, raw source for "other"
    level: int = 0  # heading level
    info: str = ""  # fence info string, tag name, or the markdown-it token type for "other"
    attrs: dict[str, str] = field(default_factory=dict)  # tag attributes
    rows: list[list[str]] = field(default_factory=list)  # table rows, header first, delimiter row left out
    children: list[Block] = field(default_factory=list)  # blocks inside a tag

    @property
    def title(self) -> str:
        return self.attrs.get("title", "")


def _markdoc_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    pos = state.bMarks[start] + state.tShift[start]
    if state.sCount[start] - state.blkIndent >= 4 or not state.src.startswith("{%", pos):
        return False
    if not silent:
        token = state.push("markdoc", "", 0)
        token.content = state.src[pos : state.eMarks[start]]
        token.map = [start, start + 1]
        state.line = start + 1
    return True


def _pipe_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A table whose rows start with "|": one token for all its lines; ``split_row`` reads the cells.

    markdown-it's own table rule splits every cell and makes three tokens of it, which the parse does
    not need (it splits rows itself, pipes inside backticks included): this is most of the tokens of a
    reference page. Tables without a leading pipe still go to markdown-it's rule.
    """
    if state.sCount[start] - state.blkIndent >= 4 or start + 1 >= end:
        return False
    if state.src[state.bMarks[start] + state.tShift[start]] != "|" or state.sCount[start + 1] - state.blkIndent >= 4:
        return False
    if not DELIMITER_ROW_RE.match(state.src, state.bMarks[start + 1] + state.tShift[start + 1], state.eMarks[start + 1]):
        return False
    if silent:
        return True
    line = start + 2
    while line < end and state.sCount[line] - state.blkIndent < 4:
        first = state.bMarks[line] + state.tShift[line]
        if first >= state.eMarks[line] or state.src[first] != "|":
            break
        line += 1
    token = state.push("pipe_table", "table", 0)
    token.map = [start, line]
    state.line = line
    return True


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    md.disable("inline")
    interrupts = {"alt": ["paragraph", "reference", "blockquote", "list", "table"]}
    md.block.ruler.before("table", "markdoc", _markdoc_rule, interrupts)
    md.block.ruler.before("table", "pipe_table", _pipe_table_rule, interrupts)
    return md


_MARKDOWN = make_markdown()


def split_row(line: str) -> list[str]:
    """Split a table row on the pipes that separate cells.

    A pipe escaped with a backslash or inside a backtick span belongs to the cell (the pages write
    ``(-|+)HH:00`` unescaped inside backticks).
    """
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    if "`" not in text and "\\|" not in text:
        return [cell.strip() for cell in text.split("|")]
    cells: list[str] = []
    current: list[str] = []
    in_code = False
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] == "|":
            current.append("|")
            i += 2
            continue
        if char == "`":
            # a backtick opens a code span only when another one closes it further on the line
            in_code = False if in_code else "`" in text[i + 1 :]
        elif char == "|" and not in_code:
            cells.append("".join(current).strip())
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    cells.append("".join(current).strip())
    return cells


def _table_rows(lines: list[str], start: int, stop: int) -> list[list[str]]:
    rows = [split_row(lines[start])]
    rows.extend(split_row(lines[i]) for i in range(start + 2, stop) if lines[i].strip())
    return rows


def read_blocks(source: str, problems: Problems) -> list[Block]:
    """Tokenise ``source`` once and return its top-level blocks, Markdoc tags holding their content."""
    tokens = _MARKDOWN.parse(source)
    lines = source.split("\n")
    root: list[Block] = []
    stack: list[Block] = []

    def add(block: Block) -> None:
        (stack[-1].children if stack else root).append(block)

    i = 0
    count = len(tokens)
    while i < count:
        token = tokens[i]
        start, stop = token.map if token.map else (0, 0)
        kind = token.type
        if kind == "heading_open":
            add(Block("heading", start + 1, stop + 1, tokens[i + 1].content, level=int(token.tag[1])))
            i += 3
            continue
        if kind == "paragraph_open":
            text = tokens[i + 1].content
            if "{%" in text:
                problems.error(start + 1, "a Markdoc tag that is not on a line of its own: " + _first_line(text))
            add(Block("paragraph", start + 1, stop + 1, text))
            i += 3
            continue
        if kind == "markdoc":
            _read_tags(token.content, start + 1, stack, add, problems)
            i += 1
            continue
        if kind == "fence":
            add(Block("fence", start + 1, stop + 1, token.content, info=token.info.strip()))
        elif kind == "code_block":
            add(Block("code", start + 1, stop + 1, token.content))
        elif kind in ("pipe_table", "table_open"):
            add(Block("table", start + 1, stop + 1, rows=_table_rows(lines, start, stop)))
        elif kind != "hr":  # lists, quotes, HTML: kept whole as source; a thematic break carries nothing
            add(Block("other", start + 1, stop + 1, "\n".join(lines[start:stop]), info=kind))
        # skip to the token after the one that closes this container
        if token.nesting == 1:
            depth = 1
            while depth and i + 1 < count:
                i += 1
                depth += tokens[i].nesting
        i += 1
    for tag in reversed(stack):
        problems.error(tag.line, f'the Markdoc tag "{tag.info}" opened here is never closed')
    return root


def _read_tags(line_text: str, line: int, stack: list[Block], add, problems: Problems) -> None:
    position = 0
    for match in TAG_RE.finditer(line_text):
        _add_text(line_text[position : match.start()], line, add)
        position = match.end()
        closing, name, rest = match.group(1), match.group(2) or "", match.group(3)
        if closing:
            if not stack:
                problems.error(line, f'"{{% /{name} %}}" closes a tag that was never opened')
            elif stack[-1].info != name:
                problems.error(line, f'"{{% /{name} %}}" closes "{stack[-1].info}" opened at line {stack[-1].line}')
            else:
                stack.pop().end = line + 1
            continue
        if not name:
            problems.error(line, f"a Markdoc tag without a name: {match.group(0)}")
            continue
        tag = Block("tag", line, line + 1, info=name, attrs=dict(ATTR_RE.findall(rest)))
        add(tag)
        if not rest.rstrip().endswith("/"):  # {% name /%} closes itself
            stack.append(tag)
    _add_text(line_text[position:], line, add)


def _add_text(text: str, line: int, add) -> None:
    if text.strip():
        add(Block("paragraph", line, line + 1, text.strip()))


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:80]
