"""The intermediate spec: every operation and tag read from the pages, in a stable order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from generator.problems import Problem
from generator.spec import serde
from generator.spec.operation import Operation, Tag

FORMAT_VERSION = 1


@dataclass(slots=True)
class Spec:
    operations: list[Operation] = field(default_factory=list)  # sorted by path, then method
    tags: list[Tag] = field(default_factory=list)  # sorted by name
    # What reading the pages found wrong; not part of the JSON, which holds only the documentation's content.
    problems: list[Problem] = field(default_factory=list)

    def operation(self, operation_id: str, version: str | None = None) -> Operation:
        """The operation with this id; ``version`` is needed when v1 and v2 share an id (``CreateUser``)."""
        found = [
            op for op in self.operations if op.operation_id == operation_id and version in (None, op.version)
        ]
        if len(found) == 1:
            return found[0]
        if not found:
            raise KeyError(f"no operation {operation_id!r}" + (f" in {version}" if version else ""))
        versions = ", ".join(op.version for op in found)
        raise KeyError(f"operation {operation_id!r} exists in {versions}: pass version=")

    def by_tag(self, tag: str) -> list[Operation]:
        return [op for op in self.operations if op.tag == tag]

    def to_dict(self) -> dict:
        return {
            "format_version": FORMAT_VERSION,
            "tags": serde.dump(self.tags),
            "operations": serde.dump(self.operations),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Spec:
        data = json.loads(text)
        if data.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"spec format {data.get('format_version')!r}, this tool reads {FORMAT_VERSION}")
        return cls(
            operations=serde.load(list[Operation], data["operations"]),
            tags=serde.load(list[Tag], data["tags"]),
        )

    def to_openapi(self) -> dict:
        from generator.spec.openapi import to_openapi

        return to_openapi(self)
