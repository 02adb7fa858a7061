"""Names derived from the page when the code examples do not give them."""

from __future__ import annotations

import re

from generator.parse.context import PageContext
from generator.spec.operation import Operation

WORD_RE = re.compile(r"[A-Za-z0-9]+")


def pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in WORD_RE.findall(text))


def snake_case(text: str) -> str:
    """``page[limit]`` -> ``page_limit``, ``Content-Encoding`` -> ``content_encoding``."""
    return "_".join(word.lower() for word in WORD_RE.findall(text))


def operation_id_from(ctx: PageContext, op: Operation) -> str:
    """The Go example's method name; else the Python method's, else the summary's, in PascalCase."""
    if op.sdk.go_method:
        return op.sdk.go_method
    if op.sdk.python_method:
        derived = pascal_case(op.sdk.python_method.replace("_", " "))
        source = "the Python example's method name"
    else:
        derived = pascal_case(op.summary)
        source = "the endpoint's title"
    ctx.problems.warning(op.source.line, f"no Go example names this operation; its id {derived} comes from {source}")
    return derived
