"""Contract tests generated per operation: the SDK driven over real HTTP against the mock server.

One test module per API module (``contract_tests/<version>/test_<module>.py``), with per operation:

* a call per documented request example (one call when there is none), checking the request as the server
  received it (method, percent-encoded path, query, keys, content type, body equal to the example) and the
  first documented 2xx example coming back parsed into its model;
* a call per documented error status, forced with ``X-Mock-Status``, raising the exception of that status
  with the documented body parsed into its model;
* for an operation in preview, a call refused until the operation is enabled.

A case built on an example that the lint reports as contradicting its model (a documentation error) is
a strict xfail whose reason is that lint message: it must fail, and says why; were the docs fixed, the
xfail would fail in turn. The lint comes with the spec read from the pages (``Spec.problems``).

The decisions (argument values, expected wire form, models, xfails) are made here;
``templates/contract_test.py.jinja`` only lays them out. The shared checks are the static
``generator/contract_runtime/conftest.py``, copied next to the tests.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from generator.problems import WARNING
from generator.render.apis import escape_docstring
from generator.render.model_schemas import VersionModels, models_by_version
from generator.render.names import api_class_name, api_module_name, argument_name, identifier, method_name, unstable_switch
from generator.render.package import _environment
from generator.spec.operation import Example, Operation, Parameter
from generator.spec.schema import (
    ArraySchema,
    BooleanSchema,
    EnumSchema,
    IntegerSchema,
    NumberSchema,
    ObjectSchema,
    Schema,
    StringSchema,
)
from generator.spec.spec import Spec

ROOT = "contract_tests"
CONFTEST = Path(__file__).resolve().parents[1] / "contract_runtime" / "conftest.py"
FORM = "multipart/form-data"
# Lint warnings that mean an example breaks its own model: a test built on one is expected to fail.
CONTRADICTION = "contradicts its model"
# The exception each error status raises, as the official SDK names them. Written out rather than read
# from the runtime, so that a wrong mapping in the runtime fails the tests instead of being copied into them.
EXCEPTIONS = {
    400: "BadRequestException",
    401: "UnauthorizedException",
    403: "ForbiddenException",
    404: "NotFoundException",
    409: "ConflictException",
    429: "TooManyRequestsException",
}
SERVER_ERROR = "ServiceException"
OTHER_ERROR = "ApiException"
DOCSTRING_WIDTH = 100
PREVIEW_ERROR = "UnstableOperationDisabledError"


@dataclass(slots=True)
class Call:
    """One way to call an operation, and what the server must receive from it."""

    arguments: list[tuple[str, str]]  # keyword -> Python expression
    expected: list[tuple[str, str]]  # keyword of ``contract.assert_request`` -> Python expression
    examples: list[Example]  # the documented examples it is built on
    label: str  # e.g. "the request example at docs_input/pages/users.md:120"


@dataclass(slots=True)
class Case:
    """One test function: a success call, the refused preview call, or every documented error status."""

    kind: str  # success, errors, preview
    name: str
    docstring: str
    method: str
    call: Call
    xfail: str = ""  # Python literal of the reason when the docs contradict themselves, else ""
    unstable: str = ""  # Python literal of the key that enables the operation, when it is in preview
    answer: list[str] = field(default_factory=list)  # success: the model and the example that come back
    errors: list[ErrorRow] = field(default_factory=list)


@dataclass(slots=True)
class ErrorRow:
    status: int
    exception: str
    model: str  # Python expression, "None" when the docs give the body no model
    example: str  # Python expression, "None" when the docs give the status no example
    xfail: str = ""


@dataclass(slots=True)
class ContractModule:
    path: str
    docstring: str
    api_import: tuple[str, str]
    models_import: str
    exceptions_import: str
    exceptions: list[str] = field(default_factory=list)
    uses_io: bool = False
    constants: dict[str, str] = field(default_factory=dict)  # name -> the example's JSON text
    cases: list[Case] = field(default_factory=list)


def render_contract_tests(
    spec: Spec, package: str, versions: dict[str, tuple[list[Operation], VersionModels]] | None = None
) -> dict[str, str]:
    """Relative path (under the output tree) -> test module source, not yet formatted."""
    template = _environment().get_template("contract_test.py.jinja")
    contradictions = _contradictions(spec)
    files = {
        f"{ROOT}/__init__.py": "",
        f"{ROOT}/conftest.py": CONFTEST.read_text(encoding="utf-8"),
    }
    for version, (operations, models) in (versions or models_by_version(spec.operations)).items():
        files[f"{ROOT}/{version}/__init__.py"] = ""
        for module in _test_modules(operations, models, package, contradictions):
            files[module.path] = template.render(module=module)
    return files


def _contradictions(spec: Spec) -> dict[str, list[str]]:
    """``file:line`` of an example -> the lint warnings saying it contradicts its model."""
    found: dict[str, list[str]] = {}
    for problem in spec.problems:
        if problem.severity == WARNING and CONTRADICTION in problem.message:
            found.setdefault(f"{problem.file}:{problem.line}", []).append(str(problem))
    return found


def _test_modules(
    operations: list[Operation], models: VersionModels, package: str, contradictions: dict[str, list[str]]
) -> list[ContractModule]:
    modules: dict[str, ContractModule] = {}
    for op in operations:
        name = op.sdk.python_api_module or api_module_name(op.tag)
        module = modules.get(name)
        if module is None:  # as the SDK does: the module's first operation names its class
            class_name = identifier(op.sdk.python_api_class or api_class_name(op.tag))
            module = modules[name] = ContractModule(
                path=f"{ROOT}/{op.version}/test_{name}.py",
                docstring=escape_docstring(
                    f"Contract tests of {class_name} ({op.version}), generated from the docs with the SDK."
                ),
                api_import=(f"{package}.{op.version}.api.{name}", class_name),
                models_import=f"{package}.{op.version}",
                exceptions_import=f"{package}.exceptions",
            )
        _OperationCases(op, models, contradictions, module).add()
    for module in modules.values():
        module.cases.sort(key=lambda case: case.method)  # stable: an operation's cases stay in their order
        module.exceptions = sorted(set(module.exceptions))
        module.constants = dict(sorted(module.constants.items()))
    return [modules[name] for name in sorted(modules)]


class _OperationCases:
    """The cases of one operation, added to its test module with the constants they use."""

    def __init__(
        self,
        op: Operation,
        models: VersionModels,
        contradictions: dict[str, list[str]],
        module: ContractModule,
    ) -> None:
        self.op = op
        self.models = models
        self.contradictions = contradictions
        self.module = module
        self.method = method_name(op)
        self.unstable = repr(unstable_switch(op)) if op.preview else ""

    def add(self) -> None:
        calls = self._calls()
        for number, call in enumerate(calls, 1):
            self._success(call, f"test_{self.method}" + (f"_example_{number}" if len(calls) > 1 else ""))
        # The error and preview cases reuse a call the docs do not contradict, when there is one.
        baseline = next((call for call in calls if not self._reasons(call.examples)), calls[0])
        self._errors(baseline)
        if self.op.preview:
            docstring = f"Refused before anything is sent until enabled, then sent, with {baseline.label}."
            self._case("preview", f"test_{self.method}_is_refused_until_enabled", baseline, docstring)
            self.module.exceptions.append(PREVIEW_ERROR)

    # -- the calls ----------------------------------------------------------------------------------------

    def _calls(self) -> list[Call]:
        op = self.op
        arguments, query, headers, path = [], {}, {}, op.path
        for param in op.parameters:
            value = _parameter_value(param)
            arguments.append((argument_name(param.name), repr(value)))
            if param.location == "path":
                path = path.replace("{" + param.name + "}", quote(_wire_text(value), safe=""))
            elif param.location == "query":
                query[param.name] = [_wire_text(value)]
            elif param.location == "header":
                headers[param.name] = _wire_text(value)
        expected = [
            ("method", repr(op.method)),
            ("path", repr(path)),
            ("query", repr(query)),
            ("headers", repr(headers)),
        ]
        body = op.request_body
        if body is None or (not body.examples and not _is_form(op)):
            return [Call(arguments, expected + [("content_type", "None")], [], "no request body")]
        if _is_form(op):
            return [self._form_call(arguments, expected)]
        calls = []
        model = self.models.request.get(op.operation_id)
        for number, example in enumerate(body.examples, 1):
            suffix = "" if len(body.examples) == 1 else f"_{number}"
            constant = self._constant(f"request{suffix}", example.value)
            argument = f"models.{model.name}.model_validate({constant})" if model else constant
            calls.append(
                Call(
                    arguments + [("body", argument)],
                    expected + [("content_type", repr(body.media_type)), ("body", constant)],
                    [example],
                    f"the request example at {example.source}",
                )
            )
        return calls

    def _form_call(self, arguments: list[tuple[str, str]], expected: list[tuple[str, str]]) -> Call:
        """Form fields as arguments, files as file objects: the example's values are placeholders."""
        schema = self.op.request_body.schema
        fields: dict[str, bytes] = {}
        for prop in schema.properties if isinstance(schema, ObjectSchema) else []:
            if isinstance(prop.schema, StringSchema) and prop.schema.format == "binary":
                content = f"contract test file for {prop.name}".encode()
                arguments = arguments + [(argument_name(prop.name), f"io.BytesIO({content!r})")]
                self.module.uses_io = True
            else:
                value = _value(prop.schema, prop.name, "form")
                content = _wire_text(value).encode()
                arguments = arguments + [(argument_name(prop.name), repr(value))]
            fields[prop.name] = content
        expected = expected + [("content_type", repr(FORM)), ("form", repr(fields))]
        return Call(arguments, expected, [], "the form's fields as files and values")

    # -- the cases ----------------------------------------------------------------------------------------

    def _success(self, call: Call, name: str) -> None:
        successes = [r for r in self.op.responses if r.status.isdigit() and r.status.startswith("2")]
        success = min(successes, key=lambda r: int(r.status), default=None)
        example = _first_example(success.examples) if success else None
        if example is None:
            answer, outcome = ["None", "None"], "no content comes back"
        else:
            answer = [
                self._model(success.status),
                self._constant(f"response_{success.status}", example.value),
            ]
            outcome = f"the {success.status} example at {example.source} comes back parsed"
        docstring = (
            f"{self.op.method} {self.op.path} with {call.label} goes over the wire as documented; {outcome}."
        )
        examples = call.examples + ([example] if example else [])
        case = self._case("success", name, call, docstring, self._xfail(examples))
        case.answer = answer

    def _errors(self, call: Call) -> None:
        rows = []
        documented = [r for r in self.op.responses if r.status.isdigit() and int(r.status) >= 400]
        for response in sorted(documented, key=lambda r: int(r.status)):
            status = int(response.status)
            exception = EXCEPTIONS.get(status, SERVER_ERROR if 500 <= status <= 599 else OTHER_ERROR)
            self.module.exceptions.append(exception)
            example = _first_example(response.examples)
            if example is None:
                rows.append(ErrorRow(status, exception, "None", "None", self._xfail(call.examples)))
                continue
            constant = self._constant(f"error_{status}", example.value)
            xfail = self._xfail(call.examples + [example])
            rows.append(ErrorRow(status, exception, self._model(response.status), constant, xfail))
        if rows:
            docstring = (
                "Each documented error status raises its exception, carrying the documented body parsed."
            )
            case = self._case("errors", f"test_{self.method}_raises_documented_errors", call, docstring)
            case.errors = rows

    def _case(self, kind: str, name: str, call: Call, docstring: str, xfail: str = "") -> Case:
        if kind == "preview":  # it uses the call's examples only (the rows of an error case carry their own)
            xfail = self._xfail(call.examples)
        docstring = escape_docstring(
            textwrap.fill(docstring, DOCSTRING_WIDTH, break_long_words=False, break_on_hyphens=False)
        )
        case = Case(kind, name, docstring, self.method, call, xfail, self.unstable)
        self.module.cases.append(case)
        return case

    def _xfail(self, examples: list[Example]) -> str:
        reasons = self._reasons(examples)
        return repr(reasons) if reasons else ""

    def _reasons(self, examples: list[Example]) -> str:
        """Why the docs make a case fail: the lint warnings about its examples, or ''."""
        found = [warning for e in examples for warning in self.contradictions.get(str(e.source), [])]
        if not found:
            return ""
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        return f"the docs contradict themselves: {found[0]}{more}"

    def _model(self, status: str) -> str:
        model = self.models.responses.get((self.op.operation_id, status))
        return f"models.{model.name}" if model else "None"

    def _constant(self, what: str, value: Any) -> str:
        """A module constant holding an example as the docs show it: JSON text, which black formats as one
        string token (a Python literal of the same example takes it four times as long). Cases reading the
        same example (the answer, whichever request example was sent) share the constant."""
        name = f"{self.method}_{what}".upper()
        self.module.constants[name] = json.dumps(value, indent=2, ensure_ascii=True)
        return name


def _is_form(op: Operation) -> bool:
    return op.request_body is not None and FORM in op.request_body.media_types


def _first_example(examples: list[Example]) -> Example | None:
    """The example the mock answers with: the first the page gave as valid JSON."""
    return next((example for example in examples if example.value is not None), None)


def _parameter_value(param: Parameter) -> Any:
    return _value(param.schema, param.name, param.location)


def _value(schema: Schema, name: str, location: str) -> Any:
    """A value of the documented type; text holds characters the wire form must escape, where it can."""
    if isinstance(schema, EnumSchema) and schema.values:
        return schema.values[0]
    if isinstance(schema, IntegerSchema):
        return 42
    if isinstance(schema, NumberSchema):
        return 1.5
    if isinstance(schema, BooleanSchema):
        return True
    if isinstance(schema, ArraySchema):
        item = _value(schema.items, name, "item")
        return [item, item] if not isinstance(item, str) else ["a b", "c"]
    if schema.allowed_values:
        return schema.allowed_values[0]
    if isinstance(schema, StringSchema) and schema.format == "date-time":
        return "2024-01-02T03:04:05+00:00"
    if location == "path":
        return f"{name} #1/2"  # a space, a '#' and a '/' that must stay inside one segment
    if location == "query":
        return f"{name} #1&x=y+z"  # '#', '&', '=' and '+' would cut or change the query unescaped
    return "contract-test"  # header and form values: nothing to escape there, and headers must be ASCII


def _wire_text(value: Any) -> str:
    """A parameter value as text, before escaping: what the server must read back."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_wire_text(item) for item in value)
    return str(value)
