"""Export of the spec as an OpenAPI 3.1 document.

Request and response bodies become named component schemas: the official SDK's class name where a code
example reveals it, otherwise ``<OperationId>Request`` / ``<OperationId><Status>Response``. A schema that
several operations share word for word (the error responses) becomes one component.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from generator.spec.operation import Operation
from generator.spec.schema import (
    AnySchema,
    ArraySchema,
    BooleanSchema,
    EnumSchema,
    IntegerSchema,
    NumberSchema,
    ObjectSchema,
    OneOfSchema,
    Schema,
    StringSchema,
)

if TYPE_CHECKING:
    from generator.spec.spec import Spec

OPENAPI_VERSION = "3.1.0"


def schema_to_json_schema(schema: Schema) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(schema, ObjectSchema):
        out["type"] = "object"
        if schema.properties:
            out["properties"] = {p.name: schema_to_json_schema(p.schema) for p in schema.properties}
            required = [p.name for p in schema.properties if p.required]
            if required:
                out["required"] = required
        if schema.additional is not None:
            out["additionalProperties"] = schema_to_json_schema(schema.additional)
    elif isinstance(schema, ArraySchema):
        out["type"] = "array"
        out["items"] = schema_to_json_schema(schema.items)
    elif isinstance(schema, OneOfSchema):
        out["oneOf"] = [schema_to_json_schema(option) for option in schema.options]
    elif isinstance(schema, EnumSchema):
        out["type"] = "integer" if schema.values and all(isinstance(v, int) for v in schema.values) else "string"
        out["enum"] = list(schema.values)
    elif isinstance(schema, (StringSchema, IntegerSchema, NumberSchema)):
        out["type"] = schema.KIND
        if schema.format:
            out["format"] = schema.format
    elif isinstance(schema, BooleanSchema):
        out["type"] = "boolean"
    elif not isinstance(schema, AnySchema):  # pragma: no cover - every kind is handled above
        raise TypeError(f"no JSON Schema for {schema.kind}")
    if schema.description:
        out["description"] = schema.description
    if schema.deprecated:
        out["deprecated"] = True
    if schema.allowed_values:
        out["x-allowed-values"] = list(schema.allowed_values)
    return out


class _Components:
    """Names component schemas, one per distinct body schema."""

    def __init__(self) -> None:
        self.schemas: dict[str, dict[str, Any]] = {}
        self._by_content: dict[str, str] = {}

    def ref(self, schema: Schema, preferred: str) -> dict[str, str]:
        body = schema_to_json_schema(schema)
        content = json.dumps(body, sort_keys=True)
        name = self._by_content.get(content)
        if name is None:
            name = preferred
            suffix = 2
            while name in self.schemas:
                name = f"{preferred}{suffix}"
                suffix += 1
            self.schemas[name] = body
            self._by_content[content] = name
        return {"$ref": f"#/components/schemas/{name}"}


def _base_url(url: str, path: str) -> str:
    return url[: url.index(path)] if path in url else url


def _servers(op: Operation) -> list[dict[str, str]]:
    return [{"url": _base_url(site.url, op.path), "description": site.site} for site in op.sites]


def _operation_ids(spec: Spec) -> dict[int, str]:
    counts = Counter(op.operation_id for op in spec.operations)
    return {
        id(op): op.operation_id if counts[op.operation_id] == 1 else f"{op.version}.{op.operation_id}"
        for op in spec.operations
    }


def to_openapi(spec: Spec) -> dict[str, Any]:
    components = _Components()
    server_sets = Counter(json.dumps(_servers(op)) for op in spec.operations)
    common_servers = json.loads(server_sets.most_common(1)[0][0]) if server_sets else []
    operation_ids = _operation_ids(spec)
    paths: dict[str, dict[str, Any]] = {}
    for op in spec.operations:
        entry = _operation(op, operation_ids[id(op)], components)
        servers = _servers(op)
        if servers != common_servers:
            entry["servers"] = servers
        paths.setdefault(op.path, {})[op.method.lower()] = entry
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "Datadog API (read from the API reference pages)", "version": "1.0"},
        "servers": common_servers,
        "tags": [{"name": tag.name, "description": tag.description} for tag in spec.tags],
        "paths": paths,
        "security": [{"apiKeyAuth": [], "appKeyAuth": []}],
        "components": {
            "schemas": components.schemas,
            "securitySchemes": {
                "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "DD-API-KEY"},
                "appKeyAuth": {"type": "apiKey", "in": "header", "name": "DD-APPLICATION-KEY"},
            },
        },
    }


def _operation(op: Operation, operation_id: str, components: _Components) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "operationId": operation_id,
        "tags": [op.tag],
        "summary": op.summary,
        "description": op.description,
    }
    if op.deprecated:
        entry["deprecated"] = True
    if op.preview:
        entry["x-unstable"] = op.sdk.unstable_operation or True
    if op.permissions:
        entry["x-permission"] = {"operator": "OR", "permissions": list(op.permissions)}
    if op.parameters:
        entry["parameters"] = [
            {
                "name": p.name,
                "in": p.location,
                "required": p.required,
                "description": p.description,
                "schema": schema_to_json_schema(p.schema),
            }
            for p in op.parameters
        ]
    body = op.request_body
    if body is not None:
        name = _sdk_class(op, "/") or f"{op.operation_id}Request"
        schema = components.ref(body.schema, name) if body.schema is not None else {}
        entry["requestBody"] = {
            "required": body.required,
            "content": {media: _media(schema, body.examples) for media in body.media_types},
        }
    entry["responses"] = {
        response.status: _response(op, response, components) for response in op.responses
    } or {"default": {"description": "No response documented"}}
    if op.oauth_scopes:
        entry["x-oauth-scopes"] = list(op.oauth_scopes)
    return entry


def _response(op: Operation, response, components: _Components) -> dict[str, Any]:
    out: dict[str, Any] = {"description": response.description or response.status}
    if response.schema is not None:
        ref = components.ref(response.schema, f"{op.operation_id}{response.status}Response")
        media_types = op.response_media_types or ["application/json"]
        out["content"] = {media: _media(ref, response.examples) for media in media_types}
    return out


def _media(schema: dict[str, Any], examples) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": schema}
    values = [e for e in examples if e.value is not None]
    if values:
        media["examples"] = {(e.name or f"example{n + 1}"): {"value": e.value} for n, e in enumerate(values)}
    return media


def _sdk_class(op: Operation, pointer: str) -> str:
    return next((m.class_name for m in op.sdk.models if m.pointer == pointer), "")
