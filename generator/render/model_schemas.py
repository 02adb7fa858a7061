"""The spec's schemas as one JSON Schema document per API version, one ``$defs`` entry per model class.

This is what datamodel-code-generator turns into pydantic models. Each entry is keyed
``<module>.<Class>`` so that the module and class names are ours (the official ones where the examples
reveal them). Objects with properties, enums, and bodies that are not objects become classes; maps,
free-form objects, arrays and oneOfs stay inline (``dict[str, X]``, ``list[X]``, unions). A schema that
several operations share word for word becomes one class; two different schemas that want the same
name are told apart by a number, and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.problems import Problem
from generator.render.names import (
    enum_member,
    is_class_name,
    is_module_name,
    model_class_name,
    model_module_name,
    pascal_case,
    snake_case,
)
from generator.render.official_names import OfficialNames
from generator.render.resource_names import document_name, owners, resource_name
from generator.spec import serde
from generator.spec.openapi import schema_to_json_schema
from generator.spec.operation import Operation
from generator.spec.schema import ArraySchema, EnumSchema, ObjectSchema, OneOfSchema, Schema

SUCCESS = ("2",)
SHORT_DESCRIPTION_WORDS = 5


@dataclass(frozen=True, slots=True)
class ModelRef:
    module: str
    name: str

    @property
    def key(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass(slots=True)
class VersionModels:
    """The model classes of one API version and which one each body of each operation uses."""

    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)  # "<module>.<Class>" -> JSON Schema
    request: dict[str, ModelRef] = field(default_factory=dict)  # operation id -> request body model
    responses: dict[tuple[str, str], ModelRef] = field(default_factory=dict)  # (operation id, status) -> model
    # The oneOfs a constant field tells apart, by their option classes: that field and each option's value.
    discriminated: dict[tuple[str, ...], tuple[str, list[str | int]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_content: dict[tuple[str, str], ModelRef] = field(default_factory=dict)  # (content, official name)
    _names: dict[str, str] = field(default_factory=dict)  # class name -> content key
    _modules: set[str] = field(default_factory=set)
    _refs: dict[str, ModelRef] = field(default_factory=dict)  # class name -> its reference
    # What any example reveals about a schema, by content: its official class, its enum member names.
    _official: dict[str, tuple[str, str]] = field(default_factory=dict)
    _members: dict[str, dict[str, str]] = field(default_factory=dict)
    _preferred: dict[str, str] = field(default_factory=dict)  # resource-based name -> content that owns it

    def document(self) -> dict[str, Any]:
        return {"$defs": dict(sorted(self.definitions.items()))}


def models_by_version(operations: list[Operation]) -> dict[str, tuple[list[Operation], VersionModels]]:
    """Per API version, sorted: its operations and their models (what the SDK and its tests both render)."""
    versions = sorted({op.version for op in operations})
    by_version = {version: [op for op in operations if op.version == version] for version in versions}
    return {version: (ops, collect_models(ops)) for version, ops in by_version.items()}


def collect_models(operations: list[Operation]) -> VersionModels:
    """Name and export every body schema of ``operations`` (one API version), in their order."""
    models = VersionModels()
    bodies = [(op.request_body.schema, False) for op in operations if op.request_body and op.request_body.schema]
    bodies += [(r.schema, r.status.startswith(SUCCESS)) for op in operations for r in op.responses if r.schema]
    models._preferred = owners(bodies, _content)
    # What the examples reveal applies to a schema wherever it appears, whichever operation comes first.
    for op in operations:
        if op.request_body is not None and op.request_body.schema is not None:
            _Exporter(models, op).survey(op.request_body.schema, "/")
    for op in operations:
        body = op.request_body
        if body is not None and body.schema is not None:
            exporter = _Exporter(models, op)
            models.request[op.operation_id] = exporter.named(body.schema, f"{op.operation_id}Request", "/")
    for op in operations:
        exporter = _Exporter(models, op, official=False)  # responses: the examples name no response class
        for response in op.responses:
            if response.schema is not None:
                name = _response_name(op, response.status, response.schema)
                preferred = document_name(response.schema) if response.status.startswith(SUCCESS) else None
                models.responses[(op.operation_id, response.status)] = exporter.named(
                    response.schema, name, "/", preferred
                )
    return models


def _response_name(op: Operation, status: str, schema: Schema) -> str:
    if status.startswith(SUCCESS):
        first_success = next(r.status for r in op.responses if r.status.startswith(SUCCESS))
        return f"{op.operation_id}Response" if status == first_success else f"{op.operation_id}{status}Response"
    # Error bodies are shared by many operations: a short description names them better than one operation.
    words = schema.description.split()
    if 0 < len(words) <= SHORT_DESCRIPTION_WORDS:
        name = pascal_case(schema.description)
        return name if name.endswith("Response") else f"{name}Response"
    return f"{op.operation_id}{status}Response"


class _Exporter:
    def __init__(self, models: VersionModels, op: Operation, official: bool = True):
        self.models = models
        self.op = op
        self.official = OfficialNames(op) if official else None

    def named(self, schema: Schema, candidate: str, pointer: str, preferred: str | None = None) -> ModelRef:
        """The class of ``schema``: its official name, else ``preferred`` or a resource's name when free,
        else ``candidate`` (numbered when taken)."""
        content = _content(schema)
        # The official SDK keeps same-shaped classes apart (CIAppQueryPageOptions, RUMQueryPageOptions):
        # an official name here, from this example or from any example of this shape, keeps its own class.
        official = self._official_class(schema, pointer) or self.models._official.get(content)
        key = (content, official[0] if official else "")
        known = self.models._by_content.get(key)
        if known is not None:
            return known
        if official and official[0] in self.models._names:
            # One class of the official SDK that two pages render differently: the first render is used,
            # with the enum values of both.
            reference = self.models._refs[official[0]]
            self._report(f"the pages describe model {official[0]} in more than one way; {self.op.operation_id} uses the first")
            if isinstance(schema, EnumSchema):
                self._merge_enum(self.models.definitions[reference.key], schema, pointer)
            self.models._by_content[key] = reference
            return reference
        if official:
            name, module = official
        else:
            owned = self.models._preferred
            name = next(
                (
                    n
                    for n in (preferred, resource_name(schema))
                    if n and owned.get(n) == content and self._free(n, snake_case(n))
                ),
                candidate,
            )
            module = snake_case(name)
        reference = self._claim(name, module, content)
        self.models._by_content[key] = reference
        self.models.definitions[reference.key] = self._definition(schema, reference.name, pointer)
        return reference

    def _merge_enum(self, definition: dict[str, Any], schema: EnumSchema, pointer: str) -> None:
        names = self._member_names(schema, pointer)
        for value, name in zip(schema.values, names):
            if value not in definition["enum"]:
                definition["enum"].append(value)
                definition["x-enum-varnames"].append(
                    name if name not in definition["x-enum-varnames"] else f"{name}_{len(definition['enum'])}"
                )

    def survey(self, schema: Schema, pointer: str) -> None:
        """Record the official names the examples give anywhere in ``schema`` (same walk as the export)."""
        content = _content(schema)
        official = self._official_class(schema, pointer)
        if official:
            self.models._official.setdefault(content, official)
        if isinstance(schema, EnumSchema):
            members = self.models._members.setdefault(content, {})
            for value in schema.values:
                member = self.official.member_for(schema, pointer, value) if self.official else None
                if member:
                    members.setdefault(str(value), member)
        elif isinstance(schema, ObjectSchema):
            for prop in schema.properties:
                self.survey(prop.schema, f"{pointer.rstrip('/')}/{prop.name}")
            if schema.additional is not None:
                self.survey(schema.additional, f"{pointer.rstrip('/')}/*")
        elif isinstance(schema, ArraySchema):
            self.survey(schema.items, f"{pointer.rstrip('/')}/*")
        elif isinstance(schema, OneOfSchema):
            for n, option in enumerate(schema.options, 1):
                self.survey(option, _option_pointer(option, pointer, n))

    def _free(self, name: str, module: str) -> bool:
        return name not in self.models._names and module not in self.models._modules

    def _claim(self, name: str, module: str, content: str) -> ModelRef:
        if not (is_class_name(name) and is_module_name(module)):
            # Names built from page text (an operation titled "123 go"): datamodel-code-generator would
            # rename the class or the module behind our back, and every reference to it would miss.
            name = model_class_name(name)
            module = model_module_name(name)
        wanted = name
        suffix = 2
        while name in self.models._names or module in self.models._modules:
            name, module = f"{wanted}{suffix}", f"{model_module_name(wanted)}{suffix}"
            suffix += 1
        if name != wanted:
            self._report(f"model name {wanted} is taken by a different schema; {self.op.operation_id} uses {name}")
        self.models._names[name] = content
        self.models._modules.add(module)
        self.models._refs[name] = ModelRef(module, name)
        return self.models._refs[name]

    def _report(self, message: str) -> None:
        self.models.problems.append(Problem(self.op.source.file, self.op.source.line, "warning", message))

    def _definition(self, schema: Schema, name: str, pointer: str) -> dict[str, Any]:
        if isinstance(schema, ObjectSchema) and schema.properties:
            out: dict[str, Any] = {"type": "object", "title": name}
            out["properties"] = {
                p.name: self._inline(p.schema, name + pascal_case(p.name), f"{pointer.rstrip('/')}/{p.name}")
                for p in schema.properties
            }
            required = [p.name for p in schema.properties if p.required]
            if required:
                out["required"] = required
            if schema.additional is not None:
                out["additionalProperties"] = self._inline(schema.additional, name + "Value", f"{pointer.rstrip('/')}/*")
            _describe(out, schema)
            return out
        if isinstance(schema, EnumSchema):
            out = schema_to_json_schema(schema)
            out["title"] = name
            out["x-enum-varnames"] = self._member_names(schema, pointer)
            return out
        # a body that is not an object with properties: a RootModel around the inline type
        return {**self._inline_shape(schema, name, pointer), "title": name}

    def _inline(self, schema: Schema, candidate: str, pointer: str) -> dict[str, Any]:
        if (isinstance(schema, ObjectSchema) and schema.properties) or isinstance(schema, EnumSchema):
            return {"$ref": f"#/$defs/{self.named(schema, candidate, pointer).key}"}
        return self._inline_shape(schema, candidate, pointer)

    def _inline_shape(self, schema: Schema, candidate: str, pointer: str) -> dict[str, Any]:
        if isinstance(schema, ArraySchema):
            out: dict[str, Any] = {"type": "array", "items": self._inline(schema.items, candidate + "Item", f"{pointer.rstrip('/')}/*")}
        elif isinstance(schema, OneOfSchema):
            out = {
                "oneOf": [
                    self._inline(option, f"{candidate}Option{n}", _option_pointer(option, pointer, n))
                    for n, option in enumerate(schema.options, 1)
                ]
            }
            discriminator = schema.discriminator()
            if discriminator is not None:
                classes = tuple(option["$ref"].rsplit(".", 1)[1] for option in out["oneOf"])
                self.models.discriminated[classes] = discriminator
        elif isinstance(schema, ObjectSchema):
            additional = schema.additional
            out = {"type": "object"}
            if additional is not None:
                out["additionalProperties"] = self._inline(additional, candidate + "Value", f"{pointer.rstrip('/')}/*")
        else:
            out = schema_to_json_schema(schema)
            out.pop("description", None)
        _describe(out, schema)
        return out

    def _official_class(self, schema: Schema, pointer: str) -> tuple[str, str] | None:
        return self.official.class_for(schema, pointer) if self.official else None

    def _member_names(self, schema: EnumSchema, pointer: str) -> list[str]:
        known = self.models._members.get(_content(schema), {})
        names: list[str] = []
        conventional = {enum_member(value): value for value in schema.values}
        for value in schema.values:
            name = known.get(str(value))
            # An example that pairs a member with another value's own name (ROLLBACK with "hotfix", where
            # the JSON and the Python examples disagree) does not name that member.
            if name is None or conventional.get(name, value) != value:
                name = enum_member(value)
            while name in names:
                name += "_"
            names.append(name)
        return names


def _content(schema: Schema) -> str:
    """What makes two schemas one class: their shape. The prose is left out, so that the same model
    described in other words on another page (the user of the users page and of the service accounts
    page) is one class; the class keeps the words of where it first appears."""
    return json.dumps(_shape(serde.dump(schema)), sort_keys=True)


def _shape(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _shape(value) for key, value in node.items() if key != "description"}
    if isinstance(node, list):
        return [_shape(item) for item in node]
    return node


def _option_pointer(option: Schema, pointer: str, n: int) -> str:
    """Options share their oneOf's pointer (the examples name their classes there) when a class can fit
    them; a scalar option gets a pointer of its own, which no example names."""
    return pointer if isinstance(option, (ObjectSchema, OneOfSchema, EnumSchema)) else f"{pointer}#{n}"


def _describe(out: dict[str, Any], schema: Schema) -> None:
    if schema.description:
        out["description"] = schema.description
    if schema.deprecated:
        out["deprecated"] = True
