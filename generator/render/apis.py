"""API modules: one class per tag and version, one method per operation, laid out like the official SDK.

Decisions are made here, layout is the template's (templates/api.py.jinja). Whatever comes from the docs
reaches the source either as a validated identifier (``names``) or as a Python literal written by
``repr`` (strings, mappings), never pasted as is; docstrings are escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from generator.render.model_schemas import ModelRef, VersionModels
from generator.problems import ERROR, Problem
from generator.render.names import api_class_name, api_module_name, argument_name, identifier, method_name, unstable_switch
from generator.spec.operation import Operation
from generator.spec.schema import (
    ArraySchema,
    BooleanSchema,
    IntegerSchema,
    NumberSchema,
    ObjectSchema,
    Schema,
    StringSchema,
)

SUCCESS_PREFIX = "2"
REQUIRED_ENDPOINT_FIELDS = ("name", "version", "method", "path", "servers")


@dataclass(slots=True)
class Argument:
    name: str
    annotation: str


@dataclass(slots=True)
class Method:
    name: str
    constant: str
    docstring: str
    returns: str
    endpoint: list[tuple[str, str]]  # Endpoint(...) keyword -> Python literal
    required: list[Argument] = field(default_factory=list)
    optional: list[Argument] = field(default_factory=list)
    pagination: str = ""  # Python literal of the cursor's place, when the operation pages with a cursor


@dataclass(slots=True)
class ApiModule:
    version: str
    module: str
    class_name: str
    docstring: str
    runtime: str  # absolute name of the SDK package
    methods: list[Method] = field(default_factory=list)
    type_imports: list[tuple[str, str]] = field(default_factory=list)
    uses_datetime: bool = False


def api_modules(
    operations: list[Operation], models: VersionModels, package: str, tag_docs: dict[str, str], problems: list[Problem]
) -> list[ApiModule]:
    """The API modules of one version, sorted by module name, methods sorted by name; two operations
    that would be the same method are an error in ``problems``."""
    modules: dict[str, ApiModule] = {}
    owners: dict[tuple[str, str], Operation] = {}  # (module, method) -> the operation that has it
    for op in operations:
        module = op.sdk.python_api_module or api_module_name(op.tag)
        api = modules.get(module)
        if api is None:
            class_name = op.sdk.python_api_class or api_class_name(op.tag)
            docstring = escape_docstring(tag_docs.get(op.tag) or op.tag)
            api = modules[module] = ApiModule(op.version, module, identifier(class_name), docstring, package)
        owner = owners.setdefault((module, method_name(op)), op)
        if owner is not op:
            # one would replace the other in the class: an error, never a silent loss
            problems.append(
                Problem(
                    op.source.file, op.source.line, ERROR,
                    f"{op.operation_id} would be {api.class_name}.{method_name(op)}(), which {owner.operation_id}"
                    f" ({owner.source.file}:{owner.source.line}) already is",
                )
            )
            continue
        api.methods.append(_method(op, models, package, api))
    for api in modules.values():
        api.methods.sort(key=lambda m: m.name)
        api.type_imports = sorted(set(api.type_imports))
    return [modules[name] for name in sorted(modules)]


def _method(op: Operation, models: VersionModels, package: str, api: ApiModule) -> Method:
    name = method_name(op)
    model_prefix = f"{package}.{op.version}.model"
    arguments: dict[str, dict[str, str]] = {"path": {}, "query": {}, "header": {}}
    required: list[Argument] = []
    optional: list[Argument] = []
    for parameter in op.parameters:
        python = argument_name(parameter.name)
        arguments[parameter.location][python] = parameter.name
        annotation = _annotation(parameter.schema)
        api.uses_datetime = api.uses_datetime or "datetime" in annotation
        (required if parameter.required else optional).append(Argument(python, annotation))
    body_type = None
    form: dict[str, str] = {}
    body = op.request_body
    if body is not None and "multipart/form-data" in body.media_types and isinstance(body.schema, ObjectSchema):
        # a form: its fields are the method's arguments, files as file objects (as in the official SDK)
        for prop in body.schema.properties:
            python = argument_name(prop.name)
            form[python] = prop.name
            annotation = "Any" if isinstance(prop.schema, StringSchema) and prop.schema.format == "binary" else _annotation(prop.schema)
            (required if prop.required and body.required else optional).append(Argument(python, annotation))
    elif op.request_body is not None:
        reference = models.request.get(op.operation_id)
        annotation = "Any"
        if reference is not None:
            api.type_imports.append((f"{model_prefix}.{reference.module}", reference.name))
            annotation = f"{reference.name} | dict[str, Any]"
            body_type = _locator(op.version, reference)
        (required if op.request_body.required else optional).append(Argument("body", annotation))
    responses = {}
    returns = "None"
    for response in op.responses:
        if not response.status.isdigit():
            continue
        reference = models.responses.get((op.operation_id, response.status))
        responses[int(response.status)] = _locator(op.version, reference) if reference else None
        if response.status.startswith(SUCCESS_PREFIX) and returns == "None" and reference is not None:
            api.type_imports.append((f"{model_prefix}.{reference.module}", reference.name))
            returns = reference.name
    endpoint = {
        "name": name,
        "version": op.version,
        "method": op.method,
        "path": op.path,
        "servers": _servers(op),
        "path_params": arguments["path"],
        "query_params": arguments["query"],
        "header_params": arguments["header"],
        "body_param": "body" if op.request_body is not None and not form else None,
        "form_params": form,
        "body_type": body_type,
        "media_type": op.request_body.media_type if op.request_body else "application/json",
        "responses": responses,
        "unstable": op.preview,
    }
    return Method(
        name=name,
        constant=_constant_name(name),
        docstring=escape_docstring(_docstring(op)),
        returns=returns,
        # the runtime's defaults are left out: the generated module says only what is particular
        endpoint=[(key, repr(value)) for key, value in endpoint.items() if key in REQUIRED_ENDPOINT_FIELDS or value not in ({}, None, False, "application/json")],
        required=required,
        optional=optional,
        pagination=repr(_cursor_place(op)) if _cursor_place(op) else "",
    )


def _constant_name(method: str) -> str:
    """``update_rule`` -> ``_UPDATE_RULE``. A method named ``_123_go`` (a title starting with digits) must not
    make ``__123_GO``: a double underscore name used inside the class body would be mangled to
    ``_ClassName__123_GO`` and not be found."""
    return f"_{method.upper()}" if not method.startswith("_") else f"_OPERATION{method.upper()}"


def _cursor_place(op: Operation) -> tuple[str, ...] | None:
    """Where a cursor-paged operation takes its cursor: its answer lists ``data`` and gives the next
    cursor at ``meta.page.after``; it takes one as ``page[cursor]`` (query) or ``page.cursor`` (body)."""
    answer = next((r.schema for r in op.responses if r.status.startswith(SUCCESS_PREFIX) and r.schema), None)
    if not (
        _child(answer, "data") is not None
        and isinstance(_child(answer, "data"), ArraySchema)
        and _child(_child(_child(answer, "meta"), "page"), "after") is not None
    ):
        return None
    if any(p.name == "page[cursor]" for p in op.parameters):
        return (argument_name("page[cursor]"),)
    body = op.request_body.schema if op.request_body else None
    if _child(_child(body, "page"), "cursor") is not None:
        return ("body", "page", "cursor")
    return None


def _child(schema: Schema | None, name: str) -> Schema | None:
    prop = schema.property(name) if isinstance(schema, ObjectSchema) else None
    return prop.schema if prop else None


def _locator(version: str, reference: ModelRef) -> str:
    """Where the runtime finds a model class, relative to the package root: ``v2.model.x:Class``."""
    return f"{version}.model.{reference.module}:{reference.name}"


def _servers(op: Operation) -> dict[str, str]:
    """DD_SITE value (``datadoghq.eu``) -> base URL, from the site table (``app.datadoghq.eu``)."""
    servers = {}
    for site in op.sites:
        label = site.site.removeprefix("app.")
        servers[label] = site.url[: site.url.index(op.path)] if op.path in site.url else site.url
    return dict(sorted(servers.items()))


def _annotation(schema: Schema) -> str:
    if isinstance(schema, ArraySchema):
        return f"list[{_annotation(schema.items)}]"
    if isinstance(schema, BooleanSchema):
        return "bool"
    if isinstance(schema, IntegerSchema):
        return "int"
    if isinstance(schema, NumberSchema):
        return "float"
    if isinstance(schema, StringSchema) and schema.format == "date-time":
        return "datetime.datetime | str"
    if isinstance(schema, StringSchema):
        return "str"
    return "Any"


def _docstring(op: Operation) -> str:
    text = op.summary
    if op.description:
        text += "\n\n" + op.description
    if op.preview:
        text += f'\n\nThis operation is in preview: enable it with configuration.unstable_operations["{unstable_switch(op)}"] = True.'
    if op.deprecated:
        text += "\n\nDeprecated."
    return text


def escape_docstring(text: str) -> str:
    """Text that can sit between triple double quotes whatever it holds."""
    text = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text + " " if text.endswith('"') else text
