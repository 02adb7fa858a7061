"""What the generated contract tests share: one mock server, one client, and the checks of what went over the wire.

Copied verbatim next to the generated tests (``contract_tests/conftest.py``): the tests drive the SDK of this
output tree, found next to this directory, against ``generator.mock.MockServer`` serving this tree's
``spec.json`` on 127.0.0.1. The server records every request, so a test checks the request as it was sent
(raw path, query string, headers, body), not as the client meant to send it.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from pydantic import BaseModel, RootModel

from generator.contract_runtime.values import same_instants
from generator.mock import MockServer
from generator.mock.server import RecordedRequest
from generator.spec.spec import Spec

# The output tree is compared file by file with what the pages generate: a __pycache__ left in it would be
# drift. Set before anything of the tree is imported (the project's test command also loads the plugin
# generator.contract_runtime.no_bytecode, for this file and the package around it).
sys.dont_write_bytecode = True
TREE = Path(__file__).resolve().parents[1]  # the output tree: the SDK package and spec.json
if str(TREE) not in sys.path:
    sys.path.insert(0, str(TREE))

API_KEY = "contract-api-key"
APP_KEY = "contract-application-key"
MOCK_STATUS_HEADER = "X-Mock-Status"


def _sdk_package() -> Any:
    """The SDK package of the tree: its one directory holding the runtime (its name is chosen at generation)."""
    found = sorted(p.name for p in TREE.iterdir() if (p / "api_client.py").is_file() and (p / "__init__.py").is_file())
    if len(found) != 1:
        raise RuntimeError(f"expected one SDK package in {TREE}, found {found or 'none'}")
    return importlib.import_module(found[0])


def undocumented_parts(value: Any, pointer: str = "") -> list[str]:
    """Where a parsed value holds a field its model does not declare, or an enum value its enum does not list
    (both kept by the models rather than rejected), as JSON pointers."""
    if isinstance(value, Enum):
        return [] if any(value is member for member in type(value)) else [f"{pointer}: enum value {value.value!r}"]
    if isinstance(value, RootModel):
        return undocumented_parts(value.root, pointer)
    if isinstance(value, BaseModel):
        found = [f"{pointer}/{name}: field not in the model" for name in sorted(value.model_extra or {})]
        for name in sorted(value.model_fields_set):
            alias = type(value).model_fields[name].alias if name in type(value).model_fields else None
            found += undocumented_parts(getattr(value, name), f"{pointer}/{alias or name}")
        return found
    if isinstance(value, dict):
        return [part for key, item in value.items() for part in undocumented_parts(item, f"{pointer}/{key}")]
    if isinstance(value, list):
        return [part for index, item in enumerate(value) for part in undocumented_parts(item, f"{pointer}/{index}")]
    return []


def form_fields(content_type: str, body: bytes) -> dict[str, bytes]:
    """The parts of a multipart/form-data body, by field name."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    assert message.is_multipart(), f"not a multipart body: {body[:200]!r}"
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.iter_parts()
    }


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    spec = Spec.from_json((TREE / "spec.json").read_text(encoding="utf-8"))
    with MockServer(spec, record=True) as server:
        yield server
    assert not server.errors, server.errors[0]


@pytest.fixture(scope="session")
def contract_client(mock_server: MockServer) -> Iterator[Any]:
    sdk = _sdk_package()
    # No retries: a forced 429 or 5xx must raise at once, not sleep and send again.
    configuration = sdk.Configuration(
        host=mock_server.url, api_key={"apiKeyAuth": API_KEY, "appKeyAuth": APP_KEY}, max_retries=0
    )
    with sdk.ApiClient(configuration) as client:
        yield client


@pytest.fixture
def contract(mock_server: MockServer, contract_client: Any) -> Iterator[Contract]:
    mock_server.requests.clear()
    contract_client.configuration.unstable_operations = {}
    contract_client.default_headers.clear()
    yield Contract(mock_server, contract_client)
    contract_client.configuration.unstable_operations = {}
    contract_client.default_headers.clear()


class Contract:
    """One test's view of the session: the client to call with, and the checks of what happened."""

    def __init__(self, server: MockServer, client: Any) -> None:
        self.client = client
        self._server = server

    def enable(self, operation: str) -> None:
        self.client.configuration.unstable_operations[operation] = True

    @contextmanager
    def forced_status(self, status: int) -> Iterator[None]:
        """Ask the mock for the documented answer of ``status`` (``X-Mock-Status``) during the block."""
        self.client.default_headers[MOCK_STATUS_HEADER] = str(status)
        try:
            yield
        finally:
            self.client.default_headers.pop(MOCK_STATUS_HEADER, None)

    def sent(self) -> RecordedRequest:
        """The one request the server received since the test began."""
        requests = list(self._server.requests)
        assert len(requests) == 1, f"expected one request, the server received {[r[:2] for r in requests]}"
        return requests[0]

    def assert_nothing_sent(self) -> None:
        assert not self._server.requests, f"nothing should have been sent: {[r[:2] for r in self._server.requests]}"

    def assert_request(
        self,
        *,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        content_type: str | None,
        body: Any = None,
        form: dict[str, bytes] | None = None,
    ) -> None:
        """The request as received: ``path`` percent-encoded as it must be on the wire, ``query`` decoded
        (so that any correct spelling passes), ``body`` the JSON value of the documented example."""
        sent = self.sent()
        sent_path, _, sent_query = sent.target.partition("?")
        assert sent.method == method
        assert sent_path == path
        assert parse_qs(sent_query, keep_blank_values=True, strict_parsing=bool(sent_query)) == query
        assert sent.header("DD-API-KEY") == API_KEY
        assert sent.header("DD-APPLICATION-KEY") == APP_KEY
        for name, value in headers.items():
            assert sent.header(name) == value, name
        sent_type = sent.header("Content-Type")
        if content_type is None:
            assert sent_type is None and sent.body == b""
        elif form is not None:
            assert sent_type.split(";")[0].strip() == content_type and "boundary=" in sent_type
            assert form_fields(sent_type, sent.body) == form
        else:
            assert sent_type == content_type
            assert same_instants(json.loads(sent.body)) == same_instants(body)

    def assert_parsed(self, value: Any, model: type | None, example: Any) -> None:
        """``value`` is the documented example parsed into its model: it fits, and dumps back equal.

        ``example`` None: the docs give the answer no example, so the mock sends no body and nothing comes back.
        """
        if example is None:
            assert value is None
        elif model is None:  # the docs give no model: the JSON value comes back as it is
            assert value == example
        else:
            model.model_validate(example)  # the documented example must fit its own model
            assert isinstance(value, model), f"expected a {model.__name__}, got {type(value).__name__}: {value!r}"
            dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert same_instants(dumped) == same_instants(example)
            # The models keep fields and enum values the docs do not list (the API grows before its docs), so
            # a dump can round-trip while the parse went wrong: e.g. into the wrong option of a union.
            unknown = undocumented_parts(value)
            assert not unknown, f"parsed with parts its model does not declare: {unknown}"

    def assert_error(self, error: Any, exception: type, status: int, model: type | None, example: Any) -> None:
        """``error`` is exactly the exception of the forced status and carries the documented body, parsed
        (``example`` None: the docs give the status no example, so the answer has no body)."""
        assert self.sent().header(MOCK_STATUS_HEADER) == str(status)
        assert type(error) is exception, f"{status} raised {type(error).__name__}, not {exception.__name__}"
        assert error.status == status
        if example is None:
            assert (error.body, error.data) == ("", None)
        else:
            self.assert_parsed(error.data, model, example)
