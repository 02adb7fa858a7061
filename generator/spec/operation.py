"""Operations of the intermediate spec: what one version tab of one endpoint documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.spec.schema import Schema


@dataclass(slots=True)
class Location:
    """Where something was read: a path relative to the input root and a 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(slots=True)
class Site:
    site: str  # the label of the site table, e.g. "app.datadoghq.eu"
    url: str  # the full endpoint URL with its path template


@dataclass(slots=True)
class Parameter:
    name: str
    location: str  # path, query, header
    schema: Schema
    required: bool = False
    description: str = ""
    python_name: str = ""  # keyword argument of the official Python client


@dataclass(slots=True)
class Example:
    """A JSON example; ``value`` is the parsed document (None when the fence held no valid JSON)."""

    value: Any
    source: Location
    name: str = ""


@dataclass(slots=True)
class RequestBody:
    required: bool
    media_types: list[str]
    schema: Schema | None
    examples: list[Example] = field(default_factory=list)

    @property
    def media_type(self) -> str:
        """The one a client sends: the first documented, JSON when the page shows none."""
        return self.media_types[0] if self.media_types else "application/json"


@dataclass(slots=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    schema: Schema | None = None
    examples: list[Example] = field(default_factory=list)


@dataclass(slots=True)
class CodeExample:
    language: str  # curl, python, ruby, go, java, rust, typescript
    title: str  # the example's own first line, e.g. 'Patch a deployment event returns "Accepted" response'
    source: str
    location: Location


@dataclass(slots=True)
class ModelName:
    """A class of the official SDK, and where in the request body (a JSON pointer) an example used it."""

    pointer: str
    class_name: str
    module: str
    fields: list[str] = field(default_factory=list)  # the keyword arguments the example passed


@dataclass(slots=True)
class EnumMember:
    pointer: str
    class_name: str
    member: str
    value: str | int | None  # the enum value it stands for, when the example's JSON tells


@dataclass(slots=True)
class SdkNames:
    """What the code examples reveal about the official SDK's names for this operation."""

    python_api_class: str = ""
    python_api_module: str = ""
    python_method: str = ""
    python_parameters: list[str] = field(default_factory=list)
    models: list[ModelName] = field(default_factory=list)
    enum_members: list[EnumMember] = field(default_factory=list)
    unstable_operation: str = ""  # the key of configuration.unstable_operations, for preview endpoints
    go_method: str = ""


@dataclass(slots=True)
class Operation:
    operation_id: str
    tag: str
    version: str  # v1, v2
    method: str  # upper case
    path: str  # template, e.g. /api/v2/dora/deployments/{deployment_id}
    summary: str
    description: str = ""
    anchor: str = ""
    preview: bool = False
    deprecated: bool = False
    permissions: list[str] = field(default_factory=list)
    oauth_scopes: list[str] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    unsupported_sites: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)
    request_body: RequestBody | None = None
    responses: list[Response] = field(default_factory=list)
    response_media_types: list[str] = field(default_factory=list)  # the curl example's Accept headers
    code_examples: list[CodeExample] = field(default_factory=list)
    sdk: SdkNames = field(default_factory=SdkNames)
    source: Location = field(default_factory=lambda: Location("", 0))

    @property
    def key(self) -> tuple[str, str]:
        """An endpoint is identified by its method and path template."""
        return (self.method, self.path)


@dataclass(slots=True)
class Tag:
    name: str
    description: str = ""
    source: Location = field(default_factory=lambda: Location("", 0))
