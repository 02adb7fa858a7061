"""Schema nodes of the intermediate spec: one class per kind of value a model table can describe.

A schema is rebuilt from a flattened model table (see ``generator.parse.model_table``); it is plain data,
serialised with a ``kind`` tag so that ``from_json`` knows which class to rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(slots=True)
class Schema:
    """What every kind of schema carries."""

    KIND: ClassVar[str] = "any"

    description: str = ""
    deprecated: bool = False
    # Values a description names with "Allowed values: `a`, `b`" on a non-enum field: a hint, not a constraint.
    allowed_values: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.KIND

    def children(self) -> list[Schema]:
        return []


@dataclass(slots=True)
class AnySchema(Schema):
    """A free-form value: the table gave no type (empty cell) or said ``object`` with no properties at all."""

    KIND: ClassVar[str] = "any"


@dataclass(slots=True)
class StringSchema(Schema):
    KIND: ClassVar[str] = "string"

    format: str | None = None  # date-time, uuid, binary, ...


@dataclass(slots=True)
class EnumSchema(Schema):
    KIND: ClassVar[str] = "enum"

    values: list[str | int] = field(default_factory=list)  # integers when every value is one


@dataclass(slots=True)
class IntegerSchema(Schema):
    KIND: ClassVar[str] = "integer"

    format: str | None = None  # int32, int64


@dataclass(slots=True)
class NumberSchema(Schema):
    KIND: ClassVar[str] = "number"

    format: str | None = None  # double


@dataclass(slots=True)
class BooleanSchema(Schema):
    KIND: ClassVar[str] = "boolean"


@dataclass(slots=True)
class Property:
    name: str
    schema: Schema
    required: bool = False


@dataclass(slots=True)
class ObjectSchema(Schema):
    """An object; ``additional`` describes the values of a map (``<any-key>`` rows)."""

    KIND: ClassVar[str] = "object"

    properties: list[Property] = field(default_factory=list)
    additional: Schema | None = None

    def children(self) -> list[Schema]:
        nested = [p.schema for p in self.properties]
        return nested + ([self.additional] if self.additional is not None else [])

    def property(self, name: str) -> Property | None:
        for prop in self.properties:
            if prop.name == name:
                return prop
        return None


@dataclass(slots=True)
class ArraySchema(Schema):
    KIND: ClassVar[str] = "array"

    items: Schema = field(default_factory=AnySchema)

    def children(self) -> list[Schema]:
        return [self.items]


@dataclass(slots=True)
class OneOfSchema(Schema):
    KIND: ClassVar[str] = "oneOf"

    options: list[Schema] = field(default_factory=list)

    def children(self) -> list[Schema]:
        return list(self.options)

    def discriminator(self) -> tuple[str, list[str | int]] | None:
        """The property that tells the options apart, with each option's value in order: the first
        property of the first option that every option has as a one-value enum, the values all different
        (``type``: ``orgs`` / ``roles`` in JSON:API). None when the options are not all such objects."""
        objects = [o for o in self.options if isinstance(o, ObjectSchema) and o.properties]
        if len(objects) < 2 or len(objects) != len(self.options):
            return None
        for candidate in objects[0].properties:
            values: list[str | int] = []
            for option in objects:
                prop = option.property(candidate.name)
                if prop is None or not isinstance(prop.schema, EnumSchema) or len(prop.schema.values) != 1:
                    break
                values.append(prop.schema.values[0])
            else:
                if len(set(values)) == len(values):
                    return candidate.name, values
        return None


SCHEMA_KINDS: dict[str, type[Schema]] = {
    cls.KIND: cls
    for cls in (
        AnySchema,
        StringSchema,
        EnumSchema,
        IntegerSchema,
        NumberSchema,
        BooleanSchema,
        ObjectSchema,
        ArraySchema,
        OneOfSchema,
    )
}
