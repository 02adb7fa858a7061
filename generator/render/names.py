"""Python names of the generated SDK, derived from the spec.

Where the docs' code examples reveal the official SDK's name (API class and module, method, model class
and module, enum member), that name is used; elsewhere the same conventions produce one. Every name
that reaches generated source is a valid, non-keyword, ASCII identifier, and every module name is a file
name of ``[a-z0-9_]`` only: docs text cannot inject code, nor reach a path outside the package.
"""

from __future__ import annotations

import keyword
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.spec.operation import Operation

WORD_RE = re.compile(r"[A-Za-z0-9]+")
CAMEL_BOUNDARY_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# The shapes the official SDK's names have; an example naming anything else is not trusted with a name.
MODULE_RE = re.compile(r"[a-z][a-z0-9_]*")
CLASS_RE = re.compile(r"[A-Z][A-Za-z0-9]*")
METHOD_RE = re.compile(r"[a-z][a-z0-9_]*")
ENUM_MEMBER_RE = re.compile(r"[A-Z][A-Z0-9_]*")
# Names the generated modules define or import themselves; a parameter must not shadow them.
RESERVED_ARGUMENTS = {"self", "api_client", "body"}
# The attribute an API instance keeps its client in, which a method of that name would hide behind.
RESERVED_METHODS = {"api_client"}
# What a model module imports (datamodel-code-generator's imports and our base class): a model class of
# that name would be renamed by the tool (Field -> FieldModel) and every reference to it would miss.
RESERVED_CLASSES = {
    "Annotated",
    "Any",
    "AnyUrl",
    "AwareDatetime",
    "Base64Str",
    "BaseModel",
    "ConfigDict",
    "Enum",
    "EmailStr",
    "Field",
    "IntEnum",
    "Literal",
    "NaiveDatetime",
    "OpenApiModel",
    "RootModel",
    "StrEnum",
    "UUID",
    *keyword.kwlist,  # None, True, False
}
# A class name must start with a letter (the tool renames others: 123Go -> Field123Go).
CLASS_PREFIX = "Model"


def pascal_case(text: str) -> str:
    """``dora metrics`` -> ``DoraMetrics``; words already capitalised keep their capitals (``DORA``)."""
    return _safe(_pascal_words(text), "Model")


def snake_case(text: str) -> str:
    """``DORADeploymentPatchRequest`` -> ``dora_deployment_patch_request``; ``page[limit]`` -> ``page_limit``."""
    return _safe(_snake_words(text), "name")


def identifier(name: str, fallback: str = "value") -> str:
    """``name`` when it is a usable identifier, else its snake case; keywords get a trailing ``_``."""
    if not IDENTIFIER_RE.fullmatch(name):
        name = snake_case(name)
    return _safe(name, fallback)


def model_class_name(text: str) -> str:
    """The class of a model: ``123 go response`` -> ``Model123GoResponse``; one the model modules
    import themselves gets the suffix ``Model`` (``Field`` -> ``FieldModel``), as the tool would."""
    name = _pascal_words(text) or CLASS_PREFIX
    if not name[0].isalpha():
        name = CLASS_PREFIX + name
    return name + CLASS_PREFIX if name in RESERVED_CLASSES else name


def model_module_name(class_name: str) -> str:
    """The module of a model class: ``Model123GoResponse`` -> ``model123_go_response``."""
    name = _snake_words(class_name) or CLASS_PREFIX.lower()
    if not name[0].isalpha():
        name = f"{CLASS_PREFIX.lower()}_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def enum_member(value: str | int) -> str:
    """The conventional member name of an enum value: ``rollback`` -> ``ROLLBACK``, ``1`` -> ``VALUE_1``."""
    text = str(value)
    words = WORD_RE.findall(text)
    name = "_".join(word.upper() for word in words) if words else "EMPTY"
    return name if name[0].isalpha() else f"VALUE_{name}"


def api_class_name(tag: str) -> str:
    return pascal_case(tag) + "Api"


def api_module_name(tag: str) -> str:
    return snake_case(tag) + "_api"


def argument_name(wire_name: str) -> str:
    name = snake_case(wire_name)
    return f"{name}_" if name in RESERVED_ARGUMENTS or keyword.iskeyword(name) else name


def is_module_name(name: str) -> bool:
    """A name an official module can have: a plain file name (no dunder, no dot, no separator)."""
    return bool(MODULE_RE.fullmatch(name)) and not keyword.iskeyword(name)


def is_class_name(name: str) -> bool:
    return bool(CLASS_RE.fullmatch(name)) and name not in RESERVED_CLASSES


def is_method_name(name: str) -> bool:
    """Lower case and not starting with ``_``: no dunder (``__init__``) can replace a method of the class."""
    return bool(METHOD_RE.fullmatch(name)) and not keyword.iskeyword(name) and name not in RESERVED_METHODS


def is_enum_member(name: str) -> bool:
    """Upper case, so never an Enum's ``_sunder_``/``__dunder__`` name, nor a keyword."""
    return bool(ENUM_MEMBER_RE.fullmatch(name))


def _pascal_words(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in WORD_RE.findall(text))


def _snake_words(text: str) -> str:
    words = [part for word in WORD_RE.findall(text) for part in CAMEL_BOUNDARY_RE.split(word)]
    return "_".join(word.lower() for word in words if word)


def _safe(name: str, fallback: str) -> str:
    if not name:
        return fallback
    if name[0].isdigit():
        name = f"_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name = f"{name}_"
    return name


def method_name(op: Operation) -> str:
    """The Python method of an operation: the official one an example shows, else from its id."""
    return identifier(op.sdk.python_method or snake_case(op.operation_id))


def unstable_switch(op: Operation) -> str:
    """The key of ``configuration.unstable_operations`` that enables a preview operation."""
    return op.sdk.unstable_operation or snake_case(op.operation_id)
