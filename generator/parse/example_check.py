"""Check the JSON examples of a page against the models the same page documents.

The documentation contradicts itself at times (an example sends a list where the model says object); such
a contradiction is reported as a warning at the example's line, with the JSON pointer of the value.
"""

from __future__ import annotations

from generator.problems import Problems
from generator.spec.operation import Example, Operation
from generator.spec.schema import Schema
from generator.spec.validate import mismatches

__all__ = ["check_operation_examples", "mismatches"]  # mismatches: re-exported for parse/code_examples.py


def check_operation_examples(op: Operation, problems: Problems) -> None:
    body = op.request_body
    if body is not None and body.schema is not None:
        _check_all(body.schema, body.examples, "request example", problems)
    for response in op.responses:
        if response.schema is not None:
            _check_all(response.schema, response.examples, f"example of response {response.status}", problems)


def _check_all(schema: Schema, examples: list[Example], what: str, problems: Problems) -> None:
    for example in examples:
        if example.value is None:
            continue
        for pointer, message in mismatches(schema, example.value):
            problems.warning(example.source.line, f"{what} contradicts its model at {pointer or '/'}: {message}")
