"""Names of the official SDK, read from the code examples.

The Python examples are parsed with ``ast`` (never run): their imports name the API class and the model
classes with their modules, the call names the method and its keyword arguments, and the body's nested
constructor calls tell which model class sits where in the request body, and which enum member stands for
which value. The Go example's method name is the operation id.

These names become file, class and method names of the generated SDK: a name that is not shaped like the
official SDK's (``__init__``, ``évil``, a class named ``Field``) is reported and not used.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import Any

from generator.parse.context import PageContext
from generator.render.names import is_class_name, is_enum_member, is_method_name, is_module_name
from generator.spec.operation import CodeExample, EnumMember, ModelName, Operation, SdkNames

API_MODULE_RE = re.compile(r"datadog_api_client\.v\d+\.api\.(\w+)")
MODEL_MODULE_RE = re.compile(r"datadog_api_client\.v\d+\.model\.(\w+)")
GO_METHOD_RE = re.compile(r"\bapi\.([A-Z][A-Za-z0-9]*)\(ctx\b")
MISSING = object()


def read_go_names(op: Operation, example: CodeExample) -> None:
    match = GO_METHOD_RE.search(example.source)
    if match and not op.sdk.go_method:
        op.sdk.go_method = match.group(1)


def read_python_names(ctx: PageContext, op: Operation, example: CodeExample) -> None:
    try:
        tree = ast.parse(example.source)
    except SyntaxError as error:
        ctx.problems.warning(example.location.line + (error.lineno or 0), f"Python example does not parse: {error.msg}")
        return
    names = op.sdk
    models: dict[str, str] = {}
    assignments: dict[str, ast.expr] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            _read_import(ctx, example, names, models, node)
        elif isinstance(node, ast.Assign):
            _read_assignment(names, assignments, node)
        elif isinstance(node, ast.Call) and _is_api_call(node):
            method = node.func.attr  # type: ignore[attr-defined]
            if not names.python_method and _usable(ctx, example, node, method, is_method_name, "method"):
                names.python_method = method
            for keyword in node.keywords:
                if keyword.arg and keyword.arg not in names.python_parameters:
                    names.python_parameters.append(keyword.arg)
                if keyword.arg == "body":
                    body = keyword.value
                    if isinstance(body, ast.Name):
                        body = assignments.get(body.id, body)
                    example_value = _request_example(op)
                    _read_body(names, models, body, "", example_value)
    _drop_unusable_members(ctx, example, names)


def _read_import(
    ctx: PageContext, example: CodeExample, names: SdkNames, models: dict[str, str], node: ast.ImportFrom
) -> None:
    api = API_MODULE_RE.fullmatch(node.module or "")
    model = MODEL_MODULE_RE.fullmatch(node.module or "")
    match = api or model
    if match is None or not _usable(ctx, example, node, match.group(1), is_module_name, "module"):
        return
    for alias in node.names:
        if not _usable(ctx, example, node, alias.name, is_class_name, "class"):
            continue
        if api:
            names.python_api_module = api.group(1)
            names.python_api_class = alias.name
        else:
            models[alias.name] = match.group(1)


def _usable(
    ctx: PageContext, example: CodeExample, node: ast.AST, name: str, valid: Callable[[str], bool], kind: str
) -> bool:
    """Whether an official name can stand in the generated SDK; the ones that cannot are reported."""
    if valid(name):
        return True
    line = example.location.line + getattr(node, "lineno", 1)
    ctx.problems.warning(line, f"the Python example names a {kind} {name!r}, not a name the SDK can use; ignored")
    return False


def _drop_unusable_members(ctx: PageContext, example: CodeExample, names: SdkNames) -> None:
    for member in list(names.enum_members):
        if not is_enum_member(member.member):
            ctx.problems.warning(
                example.location.line,
                f"the Python example names an enum member {member.member!r}, not a name the SDK can use; ignored",
            )
            names.enum_members.remove(member)


def _read_assignment(names: SdkNames, assignments: dict[str, ast.expr], node: ast.Assign) -> None:
    for target in node.targets:
        if isinstance(target, ast.Name):
            assignments[target.id] = node.value
        elif (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Attribute)
            and target.value.attr == "unstable_operations"
            and isinstance(target.slice, ast.Constant)
        ):
            names.unstable_operation = str(target.slice.value)


def _is_api_call(node: ast.Call) -> bool:
    return (
        isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "api_instance"
    )


def _request_example(op: Operation) -> Any:
    if op.request_body and op.request_body.examples:
        return op.request_body.examples[0].value
    return MISSING


def _read_body(names: SdkNames, models: dict[str, str], node: ast.expr, pointer: str, value: Any) -> None:
    """Walk constructor calls, lists and enum members; ``value`` is the example JSON at the same place."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in models:
        fields = [keyword.arg for keyword in node.keywords if keyword.arg]
        _add_model(names, ModelName(pointer or "/", node.func.id, models[node.func.id], fields))
        for keyword in node.keywords:
            if keyword.arg:
                child = value.get(keyword.arg, MISSING) if isinstance(value, dict) else MISSING
                _read_body(names, models, keyword.value, f"{pointer}/{keyword.arg}", child)
        if len(node.args) == 1 and not node.keywords:  # a list model, e.g. Cls([...])
            _read_body(names, models, node.args[0], pointer, value)
    elif isinstance(node, ast.List):
        for index, item in enumerate(node.elts):
            child = value[index] if isinstance(value, list) and index < len(value) else MISSING
            _read_body(names, models, item, f"{pointer}/*", child)
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in models:
        enum_value = value if isinstance(value, (str, int)) else None
        member = EnumMember(pointer or "/", node.value.id, node.attr, enum_value)
        _add_model(names, ModelName(pointer or "/", node.value.id, models[node.value.id]))
        if member not in names.enum_members:
            names.enum_members.append(member)


def _add_model(names: SdkNames, model: ModelName) -> None:
    for known in names.models:
        if (known.pointer, known.class_name) == (model.pointer, model.class_name):
            known.fields.extend(f for f in model.fields if f not in known.fields)
            return
    names.models.append(model)
