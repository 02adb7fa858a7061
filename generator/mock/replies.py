"""What the mock answers: JSON:API error bodies of its own, and each operation's documented responses.

The documented bodies are encoded once, when the server starts; a reply is plain immutable data that the
HTTP layer writes out as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from generator.spec.operation import Operation, Response

JSON = "application/json"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str = ""  # set when there is a body
    headers: tuple[tuple[str, str], ...] = ()


def json_reply(status: int, document: Any, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, json.dumps(document, ensure_ascii=False).encode("utf-8"), JSON, headers)


def error_object(status: int, detail: str, source: dict[str, str] | None = None) -> dict[str, Any]:
    """One JSON:API error: ``{"status": "400", "title": "Bad Request", "detail": ..., "source": ...}``."""
    error: dict[str, Any] = {"status": str(status), "title": _title(status), "detail": detail}
    if source is not None:
        error["source"] = source
    return error


def errors_reply(errors: list[dict[str, Any]], headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    """The errors in one body; the status is the first error's."""
    return json_reply(int(errors[0]["status"]), {"errors": errors}, headers)


def error_reply(
    status: int, detail: str, source: dict[str, str] | None = None, headers: tuple[tuple[str, str], ...] = ()
) -> Reply:
    return errors_reply([error_object(status, detail, source)], headers)


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _documented_reply(status: int, response: Response) -> Reply:
    """The response with its first example, or with no body when it documents none."""
    for example in response.examples:
        if example.value is not None:  # None: the page's JSON could not be read
            return json_reply(status, example.value)
    return Reply(status)


def _status_number(status: str) -> int | None:
    return int(status) if status.isdigit() else None


class OperationReplies:
    """The canned answers of one operation: success, forced (``X-Mock-Status``) and missing API key."""

    def __init__(self, op: Operation) -> None:
        self._name = f"{op.operation_id} ({op.method} {op.path})"
        self._documented = {response.status.upper(): response for response in op.responses}
        successes = sorted(
            (number, response)
            for response in op.responses
            if (number := _status_number(response.status)) is not None and 200 <= number < 300
        )
        if successes:
            self.success = _documented_reply(*successes[0])
        else:
            self.success = error_reply(501, f"the documentation of {self._name} documents no 2xx response")
        forbidden = self._documented.get("403")
        if forbidden is not None and any(example.value is not None for example in forbidden.examples):
            self.forbidden = _documented_reply(403, forbidden)
        else:
            self.forbidden = error_reply(
                403, "the request has no DD-API-KEY header", {"header": "DD-API-KEY"}
            )
        self._forced: dict[str, Reply] = {}  # encoded on first use; a race only encodes twice

    def forced(self, value: str) -> Reply:
        """The documented response of status ``value`` (``X-Mock-Status``), or a 400 saying it is not one."""
        value = value.strip()
        reply = self._forced.get(value)
        if reply is not None:
            return reply
        response = self._documented.get(value) or self._documented.get(f"{value[:1]}XX")
        if not (value.isdigit() and len(value) == 3 and 200 <= int(value) < 600) or response is None:
            documented = ", ".join(self._documented) or "none"
            detail = f"X-Mock-Status {value!r} is not a documented status of {self._name}"
            return error_reply(400, f"{detail} (documented: {documented})", {"header": "X-Mock-Status"})
        reply = self._forced[value] = _documented_reply(int(value), response)
        return reply
