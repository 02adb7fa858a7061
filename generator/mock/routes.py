"""Route a request to the operation that documents it, by method and path template.

Every template is compiled to a regex once; a path parameter matches one segment as sent (percent-encoded,
so ``%2F`` stays inside its segment) and is decoded after the match. When two templates match the same
path, the one whose first differing segment is literal wins (``/api/v2/roles/templates`` before
``/api/v2/roles/{role_id}``), as in OpenAPI: the path is resolved first, then the method, so a method the
winning template does not document is a 405 even if a less specific template documents it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from generator.spec.operation import Operation

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


@dataclass(slots=True)
class Route:
    template: str
    regex: re.Pattern[str]
    names: list[str]  # the path parameters, in the order of the regex groups
    operations: dict[str, Operation]  # by method

    def allowed(self) -> list[str]:
        return sorted(self.operations)


@dataclass(slots=True)
class Found:
    operation: Operation
    path_params: dict[str, str]  # decoded


@dataclass(slots=True)
class NotAllowed:
    route: Route


def compile_template(template: str) -> tuple[re.Pattern[str], list[str]]:
    """The regex of a path template (whole path, one group per parameter) and the parameter names."""
    pattern, names, end = [], [], 0
    for match in _PARAMETER.finditer(template):
        pattern.append(re.escape(template[end : match.start()]))
        pattern.append("([^/]+)")
        names.append(match.group(1))
        end = match.end()
    pattern.append(re.escape(template[end:]))
    return re.compile("".join(pattern)), names


def _specificity(template: str) -> tuple[int, ...]:
    """Sorts literal segments before parameters, segment by segment from the left."""
    return tuple(1 if "{" in segment else 0 for segment in template.split("/"))


class Router:
    def __init__(self, operations: list[Operation]) -> None:
        by_template: dict[str, dict[str, Operation]] = {}
        for op in operations:
            by_template.setdefault(op.path, {}).setdefault(op.method.upper(), op)
        # Only templates of as many segments can match a path: one bucket per segment count.
        self._buckets: dict[int, list[Route]] = {}
        for template in sorted(by_template, key=lambda t: (_specificity(t), t)):
            regex, names = compile_template(template)
            route = Route(template, regex, names, by_template[template])
            self._buckets.setdefault(template.count("/"), []).append(route)

    def match(self, method: str, path: str) -> Found | NotAllowed | None:
        """The operation for ``method`` and ``path`` (no query string), the route lacking it, or None."""
        for route in self._buckets.get(path.count("/"), ()):
            match = route.regex.fullmatch(path)
            if match is None:
                continue
            operation = route.operations.get(method)
            if operation is None:
                return NotAllowed(route)
            return Found(
                operation, {name: unquote(value) for name, value in zip(route.names, match.groups())}
            )
        return None
