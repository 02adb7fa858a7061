"""Python names of the generated SDK, derived from the spec.

Where the docs' code examples reveal the official SDK's name (API class and module, method, model class
and module, enum member), that name is used; elsewhere the same conventions produce one. Every name
that reaches generated source is a valid, non-keyword identifier: docs text cannot inject code.
"""

from __future__ import annotations

import keyword
import re

WORD_RE = re.compile(r"[A-Za-z0-9]+")
CAMEL_BOUNDARY_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Names the generated modules define or import themselves; a parameter must not shadow them.
RESERVED_ARGUMENTS = {"self", "api_client", "body"}


def pascal_case(text: str) -> str:
    """``dora metrics`` -> ``DoraMetrics``; words already capitalised keep their capitals (``DORA``)."""
    return _safe("".join(word[:1].upper() + word[1:] for word in WORD_RE.findall(text)), "Model")


def snake_case(text: str) -> str:
    """``DORADeploymentPatchRequest`` -> ``dora_deployment_patch_request``; ``page[limit]`` -> ``page_limit``."""
    words = [part for word in WORD_RE.findall(text) for part in CAMEL_BOUNDARY_RE.split(word)]
    return _safe("_".join(word.lower() for word in words if word), "name")


def identifier(name: str, fallback: str = "value") -> str:
    """``name`` when it is a usable identifier, else its snake case; keywords get a trailing ``_``."""
    if not IDENTIFIER_RE.fullmatch(name):
        name = snake_case(name)
    return _safe(name, fallback)


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


def _safe(name: str, fallback: str) -> str:
    if not name:
        return fallback
    if name[0].isdigit():
        name = f"_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name = f"{name}_"
    return name
