"""The mock's answer to one request, without HTTP: route, API key, checks, then the documented response.

In that order: an unknown path is a 404 and an undocumented method a 405 (with ``Allow``); a request without
``DD-API-KEY`` gets the operation's documented 403; a request that contradicts the documentation a 400
(415 for an undocumented media type); otherwise the operation's first documented 2xx response, or the
documented response that ``X-Mock-Status`` asks for.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from generator.mock.checks import Headers, check_body, check_parameters
from generator.mock.replies import OperationReplies, Reply, error_reply, errors_reply
from generator.mock.routes import NotAllowed, Router
from generator.spec.spec import Spec

MOCK_STATUS_HEADER = "X-Mock-Status"
API_KEY_HEADER = "DD-API-KEY"


class MockApp:
    def __init__(self, spec: Spec, require_api_key: bool = True) -> None:
        self.operation_count = len(spec.operations)
        self.require_api_key = require_api_key
        self._router = Router(spec.operations)
        self._replies = {id(op): OperationReplies(op) for op in spec.operations}

    def answer(self, method: str, target: str, headers: Headers, body: bytes) -> Reply:
        """``target`` as in the request line: ``/path?query``, or an absolute URL (its host is ignored)."""
        path, query = split_target(target)
        found = self._router.match(method, path)
        if found is None:
            return error_reply(404, f"no documented operation for {method} {path}")
        if isinstance(found, NotAllowed):
            allowed = ", ".join(found.route.allowed())
            detail = f"no documented operation for {method} {path} (documented methods: {allowed})"
            return error_reply(405, detail, headers=(("Allow", allowed),))
        op = found.operation
        replies = self._replies[id(op)]
        if self.require_api_key and not headers.get(API_KEY_HEADER):
            return replies.forbidden
        query_values = parse_qs(query, keep_blank_values=True)
        errors = check_parameters(op, found.path_params, query_values, headers)
        errors += check_body(op, headers.get("Content-Type"), body)
        if errors:
            return errors_reply(errors)
        forced = headers.get(MOCK_STATUS_HEADER)
        return replies.success if forced is None else replies.forced(forced)


def split_target(target: str) -> tuple[str, str]:
    """The path and the query string of a request target."""
    if not target.startswith("/"):
        parts = urlsplit(target)
        return parts.path or "/", parts.query
    path, _, query = target.partition("#")[0].partition("?")
    return path, query
