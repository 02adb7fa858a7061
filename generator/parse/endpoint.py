"""One version tab of one endpoint (or an endpoint section without tabs) to an Operation."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.parse.blocks import Block
from generator.parse.bodies import read_request, read_responses
from generator.parse.cells import UnknownType, schema_for_type, split_field
from generator.parse.code_examples import read_code_examples
from generator.parse.context import PageContext, split_by_heading
from generator.parse.naming import operation_id_from, snake_case
from generator.render.names import argument_name
from generator.spec.operation import Operation, Parameter, Site
from generator.spec.schema import AnySchema, ObjectSchema

METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
PERMISSION_RE = re.compile(r"This endpoint requires (?:the |any of the following permissions:? )?((?:`[^`]+`[ ,]*(?:and |or )?)+)permissions?")
SCOPE_RE = re.compile(r"OAuth apps require (?:the )?((?:`[^`]+`[ ,]*(?:and |or )?)+)authorization \[?scopes?")
BACKTICKS_RE = re.compile(r"`([^`]+)`")
VERSION_RE = re.compile(r"/api/(v\d+)/")
PARAMETER_SECTIONS = {"Path Parameters": "path", "Query Strings": "query", "Header Parameters": "header"}
PREVIEW_NOTE = "This endpoint is in preview"
DEPRECATED_NOTE = "This endpoint is deprecated"
SECTIONS = ("Overview", "Arguments", "Request", "Response", "Code Example")


def read_operation(
    ctx: PageContext, blocks: list[Block], *, tag: str, summary: str, anchor: str, version: str, line: int
) -> Operation | None:
    code_at = next((i for i, b in enumerate(blocks) if _is_heading(b, 3, "Code Example")), len(blocks))
    head, sections = split_by_heading(blocks[:code_at], 3)
    sites, method, path = _read_site_table(ctx, head, line)
    if not sites:
        return None
    if not (version or _version_of(path)):
        # The version names a package directory of the SDK (v1/, v2/): without one there is no place for it.
        ctx.problems.error(line, f"{method} {path}: no API version (no version tab, no /api/vN/ in the path); skipped")
        return None
    op = Operation(
        operation_id="",
        tag=tag,
        version=version or _version_of(path),
        method=method,
        path=path,
        summary=summary,
        anchor=anchor,
        sites=sites,
        source=ctx.at(line),
    )
    if version and _version_of(path) not in ("", version):
        ctx.problems.warning(line, f"tab {version} documents {method} {path}, a path of another version")
    _read_notes(ctx, op, head)
    for heading, body in sections:
        title = heading.text.strip()
        if title == "Overview":
            _read_overview(ctx, op, body)
        elif title == "Arguments":
            op.parameters = _read_parameters(ctx, body)
        elif title == "Request":
            op.request_body = read_request(ctx, body, heading.line)
        elif title == "Response":
            op.responses = read_responses(ctx, body)
        else:
            ctx.problems.error(heading.line, f'unknown section "### {title}" (known: {", ".join(SECTIONS)})')
    if code_at < len(blocks):
        read_code_examples(ctx, op, blocks[code_at + 1 :])
    # The official examples switch preview endpoints on (unstable_operations) even where no note says so.
    op.preview = op.preview or bool(op.sdk.unstable_operation)
    op.operation_id = operation_id_from(ctx, op)
    _check_argument_names(ctx, op)
    return op


def _check_argument_names(ctx: PageContext, op: Operation) -> None:
    """Two parameters that the SDK would spell alike (``page[limit]``, ``page_limit``) cannot both be
    arguments of one Python method, and which one to rename would be a guess."""
    wire_names = [p.name for p in op.parameters]
    body = op.request_body
    if body is not None and "multipart/form-data" in body.media_types and isinstance(body.schema, ObjectSchema):
        wire_names += [p.name for p in body.schema.properties]  # form fields are arguments too
    seen: dict[str, str] = {}
    for name in wire_names:
        python = argument_name(name)
        if python in seen:
            ctx.problems.error(
                op.source.line, f'parameters "{seen[python]}" and "{name}" would both be the Python argument {python}'
            )
        seen.setdefault(python, name)


def _is_heading(block: Block, level: int, text: str) -> bool:
    return block.kind == "heading" and block.level == level and block.text.strip() == text


def _version_of(path: str) -> str:
    match = VERSION_RE.match(path)
    return match.group(1) if match else ""


def _read_site_table(ctx: PageContext, head: list[Block], line: int) -> tuple[list[Site], str, str]:
    table = next((b for b in head if b.kind == "table"), None)
    if table is None:
        ctx.problems.error(line, "endpoint without a site table (| Datadog site | API endpoint |); skipped")
        return [], "", ""
    if [cell.lower() for cell in table.rows[0]] != ["datadog site", "api endpoint"]:
        ctx.problems.error(table.line, f"expected a site table, found columns: {' | '.join(table.rows[0])}")
        return [], "", ""
    sites: list[Site] = []
    endpoint: tuple[str, str] | None = None
    for offset, cells in enumerate(table.rows[1:]):
        row_line = table.line + 2 + offset
        parts = (cells[1] if len(cells) > 1 else "").split()
        if len(cells) != 2 or len(parts) != 2 or parts[0] not in METHODS:
            ctx.problems.error(row_line, f"site table row is not | site | METHOD URL |: {' | '.join(cells)}")
            continue
        method, url = parts
        path = urlsplit(url).path
        if endpoint is None:
            endpoint = (method, path)
        elif endpoint != (method, path):
            ctx.problems.error(row_line, f"site {cells[0]} documents {method} {path}, not {endpoint[0]} {endpoint[1]}")
            continue
        sites.append(Site(cells[0], url))
    if endpoint is None:
        ctx.problems.error(table.line, "a site table without a single readable row; endpoint skipped")
        return [], "", ""
    return sites, endpoint[0], endpoint[1]


def _read_notes(ctx: PageContext, op: Operation, head: list[Block]) -> None:
    for block in head:
        if block.kind == "table":
            continue
        text = ctx.source([block])
        if block.kind == "paragraph":
            op.preview = op.preview or PREVIEW_NOTE in text
            op.deprecated = op.deprecated or DEPRECATED_NOTE in text
            op.notes.append(text)
        elif block.kind == "tag" and block.info in ("callout", "alert"):
            op.notes.append(ctx.source(block.children))
        else:
            ctx.problems.error(block.line, f"unexpected {block.kind} before the endpoint's overview")


def _read_overview(ctx: PageContext, op: Operation, body: list[Block]) -> None:
    op.description = ctx.source(body)
    op.deprecated = op.deprecated or DEPRECATED_NOTE in op.description
    op.preview = op.preview or PREVIEW_NOTE in op.description
    for match in PERMISSION_RE.finditer(op.description):
        op.permissions.extend(v for v in BACKTICKS_RE.findall(match.group(1)) if v not in op.permissions)
    for match in SCOPE_RE.finditer(op.description):
        op.oauth_scopes.extend(v for v in BACKTICKS_RE.findall(match.group(1)) if v not in op.oauth_scopes)


def _read_parameters(ctx: PageContext, body: list[Block]) -> list[Parameter]:
    head, sections = split_by_heading(body, 4)
    for block in head:
        ctx.problems.error(block.line, f"unexpected {block.kind} in Arguments, before any parameter table")
    parameters: list[Parameter] = []
    for heading, blocks in sections:
        location = PARAMETER_SECTIONS.get(heading.text.strip())
        if location is None:
            ctx.problems.error(heading.line, f'unknown kind of parameters "{heading.text.strip()}"')
            continue
        for block in blocks:
            if block.kind != "table":
                ctx.problems.error(block.line, f"unexpected {block.kind} among the {heading.text.strip()}")
                continue
            parameters.extend(_read_parameter_table(ctx, block, location))
    return parameters


def _read_parameter_table(ctx: PageContext, table: Block, location: str) -> list[Parameter]:
    if [cell.lower() for cell in table.rows[0]] != ["name", "type", "description"]:
        ctx.problems.error(table.line, f"parameter table with unknown columns: {' | '.join(table.rows[0])}")
        return []
    parameters = []
    for offset, cells in enumerate(table.rows[1:]):
        row_line = table.line + 2 + offset
        if len(cells) > 3:
            cells = cells[:2] + [" | ".join(cells[2:])]
        cells = cells + [""] * (3 - len(cells))
        name, required = split_field(cells[0])
        try:
            schema = schema_for_type(cells[1], cells[2])
        except UnknownType as unknown:
            ctx.problems.error(row_line, f'unknown type "{unknown}" for parameter "{name}"; read as any value')
            schema = AnySchema(description=cells[2])
        if location == "path" and not required:
            ctx.problems.warning(row_line, f'path parameter "{name}" is not marked required; read as required')
            required = True
        parameters.append(Parameter(name, location, schema, required, cells[2], snake_case(name)))
    return parameters
