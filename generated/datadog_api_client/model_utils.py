"""Bases of the generated models and enums.

The models are generated from documentation, which lags behind the API: a response may carry a field, an
enum value or a kind of object (a ``type`` of a oneOf) the docs do not list yet. All are kept rather than
rejected, so that an SDK call does not start failing the day the API grows, and the data round-trips
unchanged.
"""

from __future__ import annotations

import importlib
import sys
from enum import Enum
from typing import Any, get_args

from pydantic import AliasChoices, BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import CoreSchema, PydanticCustomError, core_schema


class OpenApiModel(BaseModel):
    """Base of every generated model: unknown fields are kept (``extra="allow"``), fields can be given by
    Python name or wire alias, and the schema is built on first use so importing many models stays cheap."""

    # protected_namespaces: a field the docs name ``model_dump`` is renamed ``model_dump_`` already
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True, protected_namespaces=())

    @classmethod
    def model_rebuild(cls, **kwargs: Any) -> bool | None:
        # pydantic builds a deferred schema through here, on first use: the models this one names are
        # imported now rather than when its module was (see ``_REFERENCES`` in the generated modules)
        import_references(cls.__module__)
        return super().model_rebuild(**kwargs)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # the same, when the schema is built from outside: a TypeAdapter, or a class that holds this one
        import_references(cls.__module__)
        return handler(source)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        # The official SDK names a field that is a Python keyword with a leading underscore (``_from``);
        # pydantic cannot, so here it is ``from_`` (alias ``from``). Both spellings are accepted: the
        # underscored one as a second alias. Done once per class (the schema is not built yet), not by a
        # validator, which would run for every model of every response and halve the reading speed.
        super().__pydantic_init_subclass__(**kwargs)
        for name, field in cls.__pydantic_fields__.items():
            if field.alias and name == field.alias + "_" and field.validation_alias == field.alias:
                field.validation_alias = AliasChoices(field.alias, "_" + field.alias)


class UnparsedObject(OpenApiModel):
    """An option of a oneOf that the docs do not list (its ``type`` is new): every field is kept, as an
    extra (``item.type``, ``item.model_extra``), and dumps back as it came. The official SDK's name."""


class OneOf:
    """``Annotated[a.A | b.B | UnparsedObject, OneOf("type", tags=("a", "b"))]``: a oneOf whose options a
    constant field tells apart, read by that field alone.

    - a tag of ``tags`` picks its option (the one in the same place), and only that option is tried, so
      an error names the option's own fields rather than every option's;
    - another tag makes an ``UnparsedObject``, the last option;
    - no tag (a model instance, a dict without it) tries each option, as a plain union does.

    The first step is pydantic-core's own tagged union, which reads the tag from the JSON text itself;
    the other two run only when it fails."""

    def __init__(self, key: str, tags: tuple[str | int, ...]) -> None:
        self.key, self.tags = key, tags

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        *options, unparsed = get_args(source)
        if len(options) != len(self.tags):
            raise TypeError(f"OneOf: {len(self.tags)} tags for {len(options)} options of {source}")
        schemas = [handler.generate_schema(option) for option in options]
        choices = dict(zip(self.tags, schemas))
        known = set(self.tags)

        def branch(value: Any) -> str:
            tag = value.get(self.key) if isinstance(value, dict) else getattr(value, self.key, None)
            tag = tag.value if isinstance(tag, Enum) else tag
            if tag is None:
                return "untagged"
            return "documented" if tag in known else "unknown"

        def documented(value: Any) -> Any:
            raise PydanticCustomError(
                "one_of_tag", "{key} is documented, but the value does not fit its model", {"key": self.key}
            )

        others = {
            "untagged": core_schema.union_schema([*schemas]),
            "unknown": handler.generate_schema(unparsed),
            # the tagged union above has said what does not fit: no second copy of its errors
            "documented": core_schema.no_info_plain_validator_function(documented),
        }
        return core_schema.union_schema(
            [
                # labels: where an error is (``included.0.oneOf.roles.attributes.name``)
                (core_schema.tagged_union_schema(choices, discriminator=self.key), "oneOf"),
                (core_schema.tagged_union_schema(others, discriminator=branch), "oneOf"),
            ],
            mode="left_to_right",
        )


def import_references(module_name: str) -> None:
    """Import the sibling modules that a model module names in ``_REFERENCES`` (alias -> module), and
    theirs, into their namespaces: what pydantic needs to resolve the annotations of a model and of the
    models it holds."""
    pending, seen = [sys.modules[module_name]], set()
    while pending:
        current = pending.pop()
        if current.__name__ in seen:
            continue
        seen.add(current.__name__)
        for alias, name in getattr(current, "_REFERENCES", {}).items():
            sibling = current.__dict__.get(alias)
            if sibling is None:
                sibling = importlib.import_module(f"{current.__package__}.{name}")
                setattr(current, alias, sibling)
            pending.append(sibling)


def _unknown_enum_member(cls: type[Enum], value: Any) -> Enum | None:
    """``Enum._missing_``: a value the docs do not list becomes a pseudo-member named ``UNKNOWN_VALUE``
    that keeps the value (so it compares equal to it and dumps back the same). Values of the wrong type
    still fail (``None`` makes ``Enum`` raise its ValueError)."""
    base = cls._member_type_  # type: ignore[attr-defined]  # set by EnumMeta on every enum class
    if base is object:
        member = object.__new__(cls)
    elif isinstance(value, base) and not isinstance(value, bool):
        member = base.__new__(cls, value)
    else:
        return None
    member._name_ = "UNKNOWN_VALUE"
    member._value_ = value
    return member


#: Generated enums assign it in their body: ``_missing_ = unknown_enum_member``.
unknown_enum_member = classmethod(_unknown_enum_member)


def is_unknown_enum_member(value: Any) -> bool:
    """True for a pseudo-member made by ``unknown_enum_member`` (a value the docs do not list)."""
    return isinstance(value, Enum) and type(value)._member_map_.get(value._name_) is not value
