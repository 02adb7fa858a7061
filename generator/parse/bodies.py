"""The Request and Response sections: model tabs rebuilt into schemas, example tabs read as JSON."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.parse.blocks import Block
from generator.parse.context import PageContext, split_by_heading
from generator.parse.model_table import rebuild, rows_from_table
from generator.spec.operation import Example, RequestBody, Response
from generator.spec.schema import ArraySchema, EnumSchema, ObjectSchema, OneOfSchema, Schema

DIGITS_RE = re.compile(r"-?\d+")
STATUS_RE = re.compile(r"\d{3}|\dXX|default")
BODY_HEADING_RE = re.compile(r"Body Data\s*(\(required\))?")


def read_request(ctx: PageContext, body: list[Block], line: int) -> RequestBody | None:
    head, sections = split_by_heading(body, 4)
    for block in head:
        ctx.problems.error(block.line, f"unexpected {block.kind} in Request, before its Body Data heading")
    request = None
    for heading, blocks in sections:
        match = BODY_HEADING_RE.fullmatch(heading.text.strip())
        if match is None:
            ctx.problems.error(heading.line, f'unknown part of a Request: "{heading.text.strip()}"')
            continue
        description, schema, examples = _read_model_and_examples(ctx, blocks, "request body")
        request = RequestBody(
            required=match.group(1) is not None,
            media_types=[],
            schema=schema,
            examples=examples,
        )
        if schema is not None and description and not schema.description:
            schema.description = description
    if request is None:
        ctx.problems.error(line, "a Request section without Body Data")
    return request


def read_responses(ctx: PageContext, body: list[Block]) -> list[Response]:
    responses = []
    for block in body:
        if block.kind != "tag" or block.info != "tab" or not STATUS_RE.fullmatch(block.title):
            ctx.problems.error(block.line, f"unexpected {block.kind} {block.title!r} in Response; expected status tabs")
            continue
        children = block.children
        status_text = ""
        if children and children[0].kind == "paragraph":
            status_text = children[0].text.strip()
            children = children[1:]
        _, schema, examples = _read_model_and_examples(ctx, children, f"response {block.title}")
        responses.append(Response(block.title, status_text, schema, examples))
    return responses


def _read_model_and_examples(
    ctx: PageContext, blocks: list[Block], what: str
) -> tuple[str, Schema | None, list[Example]]:
    """The paragraphs before the tabs (a description), the Model tab's schema and the Example tab's JSON."""
    description_blocks: list[Block] = []
    schema: Schema | None = None
    examples: list[Example] = []
    model_tab = None
    for block in blocks:
        if block.kind == "tag" and block.info == "tab" and block.title == "Model":
            model_tab = block
        elif block.kind == "tag" and block.info == "tab" and block.title == "Example":
            examples.extend(_read_examples(ctx, block, what))
        elif block.kind == "paragraph" and model_tab is None and not examples:
            description_blocks.append(block)
        else:
            ctx.problems.error(block.line, f"unexpected {block.kind} {block.title!r} in the {what}")
    values = [e.value for e in examples if e.value is not None]
    if model_tab is not None:
        schema = _read_model(ctx, model_tab, what, values)
    if isinstance(schema, ObjectSchema) and schema.properties and values and all(isinstance(v, list) for v in values):
        # The table lists the fields of the items; only the examples show that the body is a list of them.
        ctx.problems.warning(model_tab.line, f"the examples of the {what} are lists: read its model as a list of it")
        schema = ArraySchema(items=schema, description=schema.description)
    if schema is not None:
        for value in values:
            type_enums_from_example(schema, value)
    return ctx.source(description_blocks), schema, examples


def _read_model(ctx: PageContext, tab: Block, what: str, examples: list[Any]) -> Schema | None:
    tables = [b for b in tab.children if b.kind == "table"]
    texts = [b for b in tab.children if b.kind == "paragraph"]
    for block in tab.children:
        if block.kind not in ("table", "paragraph"):
            ctx.problems.error(block.line, f"unexpected {block.kind} in the Model tab of the {what}")
    if len(tables) != 1:
        ctx.problems.error(tab.line, f"the Model tab of the {what} holds {len(tables)} tables, expected one")
        return None
    rows = rows_from_table(tables[0].rows, tables[0].line, ctx.problems)
    if rows is None:
        return None
    schema = rebuild(rows, ctx.problems, examples)
    schema.description = ctx.source(texts)
    return schema


def _read_examples(ctx: PageContext, tab: Block, what: str) -> list[Example]:
    examples = []
    for block in tab.children:
        if block.kind == "heading" and not block.text.strip():
            continue  # the empty "#####" headings that separate several examples
        if block.kind != "fence" or block.info not in ("json", ""):
            ctx.problems.error(block.line, f"unexpected {block.kind} {block.info!r} in the Example tab of the {what}")
            continue
        try:
            value = json.loads(block.text)
        except json.JSONDecodeError as error:
            ctx.problems.error(block.line + error.lineno, f"invalid JSON in an example of the {what}: {error.msg}")
            value = None
        examples.append(Example(value, ctx.at(block.line)))
    return examples


def type_enums_from_example(schema: Schema, value: Any) -> None:
    """Enum values written as digits are numbers when an example sends a number there."""
    if isinstance(schema, EnumSchema):
        if isinstance(value, int) and not isinstance(value, bool) and all(
            isinstance(v, str) and DIGITS_RE.fullmatch(v) for v in schema.values
        ):
            schema.values = [int(v) for v in schema.values]
    elif isinstance(schema, ObjectSchema) and isinstance(value, dict):
        for prop in schema.properties:
            if prop.name in value:
                type_enums_from_example(prop.schema, value[prop.name])
    elif isinstance(schema, ArraySchema) and isinstance(value, list):
        for item in value:
            type_enums_from_example(schema.items, item)
    elif isinstance(schema, OneOfSchema):
        for option in schema.options:
            type_enums_from_example(option, value)
