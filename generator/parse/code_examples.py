"""The Code Example section: the curl command, the fenced examples per language, and what they tell.

The curl part is a flattened shell script, not a fenced block: it is kept as written and read for the
media types (``Content-Type`` / ``Accept`` headers) and the names of the examples (``\\## Simple JSON``).
"""

from __future__ import annotations

import json
import re

from generator.parse.blocks import Block
from generator.parse.context import PageContext
from generator.parse.example_check import mismatches
from generator.parse.sdk_names import read_go_names, read_python_names
from generator.spec.operation import CodeExample, Operation
from generator.spec.schema import Schema

LANGUAGES = ("python", "ruby", "go", "java", "rust", "typescript")
HEADER_RE = re.compile(r'-H "(Content-Type|Accept): ([^"]+)"')
EXAMPLE_NAME_RE = re.compile(r"\\## ([^\n\\]+)")
CURL_BODY_RE = re.compile(r"<< EOF\n(.*?)\nEOF", re.DOTALL)
TITLE_RE = re.compile(r"^[\s/*#\"]*(.+?)[\s*\"]*$")


def read_code_examples(ctx: PageContext, op: Operation, blocks: list[Block]) -> None:
    first_fence = next((i for i, b in enumerate(blocks) if b.kind == "fence"), len(blocks))
    curl = ctx.source(blocks[:first_fence])
    if curl:
        op.code_examples.append(CodeExample("curl", "", curl, ctx.at(blocks[0].line)))
        _read_curl(ctx, op, curl, blocks[0].line)
    for block in blocks[first_fence:]:
        if block.kind == "fence":
            language = block.info.split()[0] if block.info else ""
            if language not in LANGUAGES:
                ctx.problems.warning(block.line, f'code example in an unknown language "{language}"; kept as is')
            op.code_examples.append(CodeExample(language, _title(block.text), block.text, ctx.at(block.line)))
        elif block.kind == "heading" and block.text.strip() in ("", "Instructions"):
            continue
        elif block.kind in ("paragraph", "code") and _is_instruction(block.text):
            continue
        else:
            ctx.problems.error(block.line, f"unexpected {block.kind} in the code examples: {block.text[:60]!r}")
    for example in op.code_examples:
        if example.language == "python":
            read_python_names(ctx, op, example)
        elif example.language == "go":
            read_go_names(op, example)


def _read_curl(ctx: PageContext, op: Operation, curl: str, line: int) -> None:
    content_types: list[str] = []
    accepts: list[str] = []
    for header, value in HEADER_RE.findall(curl):
        target = content_types if header == "Content-Type" else accepts
        if value not in target:
            target.append(value)
    names = [name.strip() for name in EXAMPLE_NAME_RE.findall(curl)]
    unique_names = list(dict.fromkeys(names))
    op.response_media_types = accepts
    if op.request_body is not None:
        op.request_body.media_types = content_types or ["application/json"]
        examples = op.request_body.examples
        if len(examples) > 1 and len(unique_names) == len(examples):
            for example, name in zip(examples, unique_names):
                example.name = name
    elif content_types:
        ctx.problems.warning(line, f"the curl example sends {', '.join(content_types)} but no request body is documented")
    if op.request_body is not None and op.request_body.schema is not None:
        _check_curl_bodies(ctx, op.request_body.schema, curl, line)


def _check_curl_bodies(ctx: PageContext, schema: Schema, curl: str, line: int) -> None:
    """The JSON a curl command sends is an example too, and can contradict the model."""
    for match in CURL_BODY_RE.finditer(curl):
        body_line = line + curl.count("\n", 0, match.start(1))
        try:
            value = json.loads(match.group(1))
        except json.JSONDecodeError:
            continue  # raw log lines and other non-JSON bodies
        for pointer, message in mismatches(schema, value):
            ctx.problems.warning(body_line, f"the curl example's body contradicts its model at {pointer or '/'}: {message}")


def _title(source: str) -> str:
    for text in source.split("\n"):
        match = TITLE_RE.match(text)
        if match and text.strip() not in ('"""', "/**", "*/"):
            return match.group(1)
    return ""


def _is_instruction(text: str) -> bool:
    return "install the library" in text or "DD_SITE=" in text
