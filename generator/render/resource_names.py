"""Names for JSON:API shapes the examples do not name: ``{"type": "users", "id", "attributes"}`` is a User.

The official SDK names most resources after their type (``User``, ``Role``) and the answers that carry
them after the resource (``UserResponse`` for one, ``UsersResponse`` for a list). Without these names a
class shared by many operations is named after whichever operation came first (the user of a list of
users would be a ``ListPowerpacksResponseIncludedItem``). They are preferences: a name already taken by
another shape leaves the class its name from where it appears. When several shapes want the same name
(the users of the on-call pages have fewer fields than those of the users page), the shape that appears
most often gets it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from generator.render.names import pascal_case
from generator.spec.schema import ArraySchema, EnumSchema, ObjectSchema, Schema


PRIMARY_WEIGHT = 100


def owners(
    schemas: Iterable[tuple[Schema, bool]], content: Callable[[Schema], str]
) -> dict[str, str]:
    """Preferred name -> content of the shape that gets it; ``schemas`` are (body, is a success answer)."""
    counts: Counter[tuple[str, str]] = Counter()
    sizes: dict[str, int] = {}
    for body, success in schemas:
        primary = _primary(body) if success else None
        named = [(document_name(body), body)] if success else []
        named += [(resource_name(schema), schema) for schema in _walk(body)]
        for name, schema in named:
            if name:
                key = content(schema)
                # the resource an answer is about is the resource itself; in "included" it may be cut down
                counts[(name, key)] += PRIMARY_WEIGHT if schema is primary else 1
                sizes[key] = len(schema.properties) if isinstance(schema, ObjectSchema) else 0
    best: dict[str, tuple[int, int, str]] = {}
    for (name, key), count in counts.items():
        rank = (count, sizes[key], key)
        if name not in best or rank > best[name]:
            best[name] = rank
    return {name: rank[2] for name, rank in best.items()}


def _primary(body: Schema) -> Schema | None:
    """The resource of ``{"data": resource}`` or ``{"data": [resource]}``."""
    if not isinstance(body, ObjectSchema):
        return None
    data = next((prop.schema for prop in body.properties if prop.name == "data"), None)
    return data.items if isinstance(data, ArraySchema) else data


def _walk(schema: Schema) -> Iterator[Schema]:
    yield schema
    for child in schema.children():
        yield from _walk(child)


def resource_type(schema: Schema) -> str | None:
    """The one value of the ``type`` field of a JSON:API resource object, else None."""
    if not isinstance(schema, ObjectSchema):
        return None
    fields = {prop.name: prop.schema for prop in schema.properties}
    kind = fields.get("type")
    # "attributes": a resource itself, not a relationship's {"id", "type"} linkage to one
    if not (isinstance(kind, EnumSchema) and len(kind.values) == 1 and "attributes" in fields):
        return None
    value = kind.values[0]
    return value if isinstance(value, str) and value else None


def resource_name(schema: Schema) -> str | None:
    """``User`` for a resource of type ``users``."""
    kind = resource_type(schema)
    return pascal_case(singular(kind)) if kind else None


def document_name(schema: Schema) -> str | None:
    """``UserResponse`` for ``{"data": <users resource>}``, ``UsersResponse`` for a list of them."""
    if not isinstance(schema, ObjectSchema):
        return None
    data = next((prop.schema for prop in schema.properties if prop.name == "data"), None)
    if isinstance(data, ArraySchema):
        kind = resource_type(data.items)
        return f"{pascal_case(plural(kind))}Response" if kind else None
    kind = resource_type(data) if data is not None else None
    return f"{pascal_case(singular(kind))}Response" if kind else None


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """The type values are mostly plural already (``users``); a singular one is made plural."""
    if singular(word) != word:
        return word
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
