"""Bases of the generated models and enums.

The models are generated from documentation, which lags behind the API: a response may carry a field or
an enum value the docs do not list yet. Both are kept rather than rejected, so that an SDK call does not
start failing the day the API grows, and the data round-trips unchanged.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict


class OpenApiModel(BaseModel):
    """Base of every generated model: unknown fields are kept (``extra="allow"``), fields can be given by
    Python name or wire alias, and the schema is built on first use so importing many models stays cheap."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)

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
