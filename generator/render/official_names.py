"""What one operation's Python examples say about the official class of a schema node.

The examples name a class at a JSON pointer of the request body (``/data/attributes``). Several classes
can stand at one pointer (the options of a oneOf, used by different examples), so a class is given to a
node only when it fits it: an object holds every keyword argument the example passed and the example
passed every required one; an enum has every value the example used.
"""

from __future__ import annotations

from generator.render.names import enum_member
from generator.spec.operation import ModelName, Operation
from generator.spec.schema import EnumSchema, ObjectSchema, OneOfSchema, Schema


class OfficialNames:
    def __init__(self, op: Operation):
        self.classes: dict[str, list[ModelName]] = {}
        for model in op.sdk.models:
            self.classes.setdefault(model.pointer, []).append(model)
        self.used_values: dict[tuple[str, str], set[str]] = {}
        self.members: dict[tuple[str, str], str] = {}  # (pointer, value) -> member name
        for member in op.sdk.enum_members:
            if member.value is not None:
                self.used_values.setdefault((member.pointer, member.class_name), set()).add(str(member.value))
                # An example whose Python and JSON disagree pairs a member with another member's value:
                # the pairing that agrees with the naming convention wins.
                if self.members.get((member.pointer, str(member.value))) != enum_member(member.value):
                    self.members[(member.pointer, str(member.value))] = member.member
        self.unpaired = [m for m in op.sdk.enum_members if m.value is None]

    def class_for(self, schema: Schema, pointer: str) -> tuple[str, str] | None:
        """(class, module) of the official SDK for the node at ``pointer``, when an example fits it."""
        for model in self.classes.get(pointer, []):
            if self._fits(model, schema, pointer):
                return model.class_name, model.module
        return None

    def member_for(self, schema: EnumSchema, pointer: str, value: str | int) -> str | None:
        known = self.members.get((pointer, str(value)))
        if known:
            return known
        # A member used with no value in the JSON example (ASCENDING): the one value whose conventional
        # name it starts with (asc -> ASC), when exactly one does.
        conventional = enum_member(value)
        for member in self.unpaired:
            if member.pointer != pointer or not member.member.startswith(conventional):
                continue
            others = [v for v in schema.values if v != value and member.member.startswith(enum_member(v))]
            if not others:
                return member.member
        return None

    def _fits(self, model: ModelName, schema: Schema, pointer: str) -> bool:
        if isinstance(schema, ObjectSchema):
            names = {p.name for p in schema.properties}
            required = {p.name for p in schema.properties if p.required}
            # the official SDK spells a keyword field with a leading underscore (_from for "from")
            fields = {f[1:] if f.startswith("_") and f[1:] in names else f for f in model.fields}
            return fields <= names and required <= fields
        if isinstance(schema, EnumSchema):
            values = {str(v) for v in schema.values}
            return self.used_values.get((pointer, model.class_name), set()) <= values
        return not isinstance(schema, OneOfSchema)  # a oneOf is not a class; its options may be
