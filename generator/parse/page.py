"""One reference page to its tag and operations.

Two page shapes exist: a single-endpoint page (``# Title{% #anchor %}`` then version tabs) and a per-tag
page (``# Tag``, its description, then ``## Endpoint{% #anchor %}`` sections). Both are read the same way:
an endpoint starts at a heading carrying an anchor, and holds either version tabs (``v1``, ``v2``), each
one operation, or the operation's content directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.parse.blocks import Block, read_blocks
from generator.parse.context import PageContext
from generator.parse.endpoint import read_operation
from generator.parse.example_check import check_operation_examples
from generator.problems import Problems
from generator.spec.operation import Operation, Tag

ANCHOR_RE = re.compile(r"^(.*?)\s*\{%\s*#([\w-]+)\s*%\}\s*$")
VERSION_TAB_RE = re.compile(r"v\d+")
SITES_RE = re.compile(r"following Datadog sites?:\s*(.+)$")
FENCE_CLOSED_AS_TEXT = "```text"
KNOWN_TAGS = ("tab", "callout", "alert")


@dataclass(slots=True)
class Page:
    file: str
    tag: Tag | None = None
    operations: list[Operation] = field(default_factory=list)
    problems: Problems | None = None
    single_endpoint: bool = False


def parse_page(file: str, text: str) -> Page:
    """Parse one page; every problem found is in ``page.problems``, nothing is raised for bad input."""
    problems = Problems(file)
    page = Page(file, problems=problems)
    # Markdown ends a line at a lone CR too; the line-based reading (split at LF) must count the same lines.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = _split_front_matter(text)
    body = _close_text_fences(body, problems)
    lines = body.split("\n")
    ctx = PageContext(file, lines, problems)
    blocks = read_blocks(body, problems)
    breadcrumbs = [part.strip() for part in front.get("breadcrumbs", "").split(">")]
    if front and "API Reference" not in breadcrumbs:
        problems.error(1, f"not an API reference page (breadcrumbs: {front.get('breadcrumbs', 'none')!r})")
        return page
    tag_name = breadcrumbs[-1] if breadcrumbs[-1] else front.get("title", "")
    page.tag, sections, unsupported = _split_page(ctx, blocks, tag_name)
    for heading, title, anchor, content in sections:
        page.single_endpoint = page.single_endpoint or heading.level == 1
        for op in _read_endpoint(ctx, heading, title, anchor, content, page.tag.name):
            op.unsupported_sites = list(unsupported)
            check_operation_examples(op, problems)
            page.operations.append(op)
    if not page.operations and not any(p.severity == "error" for p in problems.items):
        problems.error(1, "no endpoint found: not an API reference page (no section with a site table)")
    return page


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` front matter, and the body with the front matter blanked (line numbers kept)."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}, text
    front: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            front[key.strip()] = value.strip()
    blank = "\n" * text.count("\n", 0, end + 5)
    return front, blank + text[end + 5 :]


def _close_text_fences(body: str, problems: Problems) -> str:
    """Some pages close a code fence with ```` ```text ````, which CommonMark reads as text: mend it."""
    if FENCE_CLOSED_AS_TEXT not in body:
        return body
    lines = body.split("\n")
    inside = False
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("```"):
            continue
        if not inside:
            inside = True
        elif stripped == "```":
            inside = False
        elif stripped == FENCE_CLOSED_AS_TEXT:
            problems.warning(number + 1, "code fence closed with ```text; read as a closing fence")
            lines[number] = line.replace(FENCE_CLOSED_AS_TEXT, "```")
            inside = False
    return "\n".join(lines)


def _split_page(ctx: PageContext, blocks: list[Block], tag_name: str):
    """The tag (name, description), the endpoint sections, and the sites a page-level callout excludes."""
    tag = Tag(tag_name, source=ctx.at(1))
    sections: list[tuple[Block, str, str, list[Block]]] = []
    preamble: list[Block] = []
    unsupported: list[str] = []
    for block in blocks:
        match = ANCHOR_RE.match(block.text) if block.kind == "heading" and block.level <= 2 else None
        if match:
            sections.append((block, match.group(1).strip(), match.group(2), []))
        elif sections:
            sections[-1][3].append(block)
        elif block.kind == "tag" and block.info == "callout":
            unsupported.extend(_callout_sites(ctx, block))
        elif block.kind == "heading" and block.level == 1:
            tag.source = ctx.at(block.line)
            tag.name = tag.name or block.text.strip()
        else:
            preamble.append(block)
    tag.description = ctx.source(preamble)
    return tag, sections, unsupported


def _callout_sites(ctx: PageContext, callout: Block) -> list[str]:
    for child in callout.children:
        match = SITES_RE.search(child.text) if child.kind == "heading" else None
        if match:
            return [site.strip() for site in match.group(1).split(",") if site.strip()]
    ctx.problems.error(callout.line, "a callout that does not name the sites it is about")
    return []


def _read_endpoint(
    ctx: PageContext, heading: Block, title: str, anchor: str, content: list[Block], tag: str
) -> list[Operation]:
    tabs = [b for b in content if b.kind == "tag" and b.info == "tab" and VERSION_TAB_RE.fullmatch(b.title)]
    _report_unknown_tags(ctx, content)
    if not tabs:
        op = read_operation(ctx, content, tag=tag, summary=title, anchor=anchor, version="", line=heading.line)
        return [op] if op else []
    for block in content:
        if block not in tabs:
            ctx.problems.error(block.line, f'{block.kind} outside the version tabs of "{title}"')
    operations = []
    for tab in tabs:
        op = read_operation(ctx, tab.children, tag=tag, summary=title, anchor=anchor, version=tab.title, line=tab.line)
        if op:
            operations.append(op)
    return operations


def _report_unknown_tags(ctx: PageContext, blocks: list[Block]) -> None:
    for block in blocks:
        if block.kind == "tag":
            if block.info not in KNOWN_TAGS:
                ctx.problems.error(block.line, f'unknown Markdoc tag "{block.info}"; its content is not read')
            _report_unknown_tags(ctx, block.children)
