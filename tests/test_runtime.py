"""The static runtime of the generated SDK (generator/runtime/), exercised as the SDK uses it.

The runtime files are copied into a throw-away package ``sdkpkg`` next to a hand-written model module,
and the clients talk to a real HTTP server on 127.0.0.1 that records each request and answers from a
script. Sleeping between retries is injected, so no test waits.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pydantic
import pytest

RUNTIME = Path(__file__).resolve().parents[1] / "generator" / "runtime"
API_KEY = "0123456789abcdef0123456789abcdef"
APP_KEY = "fedcba9876543210fedcba9876543210fedcba98"
THING = "v2.model.thing:"

MODEL_MODULE = '''
from enum import Enum
from typing import Optional

from pydantic import Field

from ...model_utils import OpenApiModel, unknown_enum_member


class ThingKind(str, Enum):
    SMALL = "small"
    LARGE = "large"
    _missing_ = unknown_enum_member


class ThingAttributes(OpenApiModel):
    kind: ThingKind
    display_name: Optional[str] = Field(default=None, alias="displayName")
    size: Optional[int] = None


class Thing(OpenApiModel):
    id: str
    attributes: ThingAttributes


class ThingRequest(OpenApiModel):
    data: Thing


class ThingResponse(OpenApiModel):
    data: Thing


class ErrorBody(OpenApiModel):
    errors: list[str]


class ThingsPage(OpenApiModel):
    data: list[Thing]
    meta: Optional[dict] = None


class ThingsSearch(OpenApiModel):
    filter: Optional[str] = None
    page: Optional[dict] = None
'''


# ---------------------------------------------------------------------------------------------- package


@pytest.fixture(scope="module")
def sdk_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("sdk")
    package = root / "sdkpkg"
    package.mkdir()
    for source in RUNTIME.glob("*.py"):
        shutil.copy(source, package / source.name)
    (package / "v2" / "model").mkdir(parents=True)
    (package / "v2" / "__init__.py").write_text("")
    (package / "v2" / "model" / "__init__.py").write_text("")
    (package / "v2" / "model" / "thing.py").write_text(MODEL_MODULE)
    return root


@pytest.fixture(scope="module")
def sdk(sdk_root):
    sys.path.insert(0, str(sdk_root))
    try:
        import sdkpkg
        import sdkpkg.api_client
        import sdkpkg.exceptions
        import sdkpkg.model_utils
        import sdkpkg.v2.model.thing

        yield sdkpkg
    finally:
        sys.path.remove(str(sdk_root))
        for name in [n for n in sys.modules if n == "sdkpkg" or n.startswith("sdkpkg.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(sdk):
    return sys.modules["sdkpkg.v2.model.thing"]


@pytest.fixture(scope="module")
def exc(sdk):
    return sys.modules["sdkpkg.exceptions"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("DD_SITE", "DD_API_KEY", "DD_APP_KEY", "DD_API_HOST"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


# ----------------------------------------------------------------------------------------------- server


@dataclass
class Recorded:
    method: str
    target: str  # the raw request target: path and query as sent
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def json(self):
        return json.loads(self.body)


class Server:
    """Records every request; answers each with the next scripted reply (200 ``{}`` when none is left)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.replies: deque = deque()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.requests.append(Recorded(self.command, self.path, headers, body))
                status, payload, extra, delay = server.replies.popleft() if server.replies else (200, b"{}", {}, 0)
                if delay:
                    time.sleep(delay)
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_one

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def reply(self, status=200, body=None, headers=None, delay=0.0) -> None:
        """Script the next answer; a dict or list body is sent as JSON."""
        headers = dict(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            headers.setdefault("Content-Type", "application/json")
        payload = body.encode() if isinstance(body, str) else (body or b"")
        self.replies.append((status, payload, headers, delay))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def _server():
    server = Server()
    yield server
    server.close()


@pytest.fixture
def server(_server):
    _server.requests.clear()
    _server.replies.clear()
    return _server


# ---------------------------------------------------------------------------------------------- helpers

SERVERS = {"datadoghq.com": "https://api.datadoghq.com", "datadoghq.eu": "https://api.datadoghq.eu"}
ERRORS = {status: THING + "ErrorBody" for status in (400, 401, 403, 404, 409, 429, 500, 503)}


@pytest.fixture(scope="module")
def endpoints(sdk):
    Endpoint = sdk.Endpoint
    return {
        "get": Endpoint(
            name="get_thing",
            version="v2",
            method="GET",
            path="/api/v2/things/{thing_id}",
            servers=SERVERS,
            path_params={"thing_id": "thing_id"},
            query_params={
                "page_limit": "page[limit]",
                "filter_tags": "filter[tags]",
                "include_deleted": "include_deleted",
                "since": "since",
                "kind": "kind",
            },
            header_params={"request_id": "X-Request-Id"},
            responses={200: THING + "ThingResponse", **ERRORS},
        ),
        "patch": Endpoint(
            name="patch_thing",
            version="v2",
            method="PATCH",
            path="/api/v2/things/{thing_id}",
            servers=SERVERS,
            path_params={"thing_id": "thing_id"},
            body_param="body",
            body_type=THING + "ThingRequest",
            responses={202: None, 400: THING + "ErrorBody"},
        ),
        "create": Endpoint(
            name="create_thing",
            version="v2",
            method="POST",
            path="/api/v2/things",
            servers=SERVERS,
            body_param="body",
            body_type=THING + "ThingRequest",
            responses={200: THING + "ThingResponse", **ERRORS},
        ),
        "raw": Endpoint(name="list_raw", version="v1", method="GET", path="/api/v1/raw", servers=SERVERS, responses={200: None}),
        "text": Endpoint(
            name="send_text",
            version="v1",
            method="POST",
            path="/api/v1/text",
            servers=SERVERS,
            body_param="body",
            media_type="text/plain",
            responses={200: None},
        ),
        "unstable": Endpoint(
            name="update_deployment_rule",
            version="v2",
            method="PUT",
            path="/api/v2/deployment_gates/{gate_id}/rules/{id}",
            servers=SERVERS,
            path_params={"gate_id": "gate_id", "rule_id": "id"},
            responses={200: None},
            unstable=True,
        ),
    }


def paged(endpoints, sdk):
    """List (cursor in the query) and search (cursor in the body) endpoints of ThingsPage answers."""
    Endpoint = sdk.Endpoint
    listing = Endpoint(
        name="list_things", version="v2", method="GET", path="/api/v2/things", servers=SERVERS,
        query_params={"page_cursor": "page[cursor]", "page_limit": "page[limit]"},
        responses={200: THING + "ThingsPage"},
    )
    search = Endpoint(
        name="search_things", version="v2", method="POST", path="/api/v2/things/search", servers=SERVERS,
        body_param="body", body_type=THING + "ThingsSearch", responses={200: THING + "ThingsPage"},
    )
    return listing, search


def page_of(*ids, after=None):
    things = [{"id": i, "attributes": {"kind": "small"}} for i in ids]
    return {"data": things, "meta": {"page": {"after": after}} if after else {}}


def config(sdk, server, **options):
    options.setdefault("host", server.url)
    options.setdefault("api_key", {"apiKeyAuth": API_KEY, "appKeyAuth": APP_KEY})
    options.setdefault("timeout", 5.0)
    return sdk.Configuration(**options)


def thing_json(kind="small", **attributes):
    return {"data": {"id": "t1", "attributes": {"kind": kind, **attributes}}}


# ---------------------------------------------------------------------------------------------- request


def test_request_url_query_headers(sdk, server, endpoints, models):
    server.reply(200, thing_json())
    since = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    with sdk.ApiClient(config(sdk, server)) as client:
        client.call(
            endpoints["get"],
            {
                "thing_id": "a/b c",
                "page_limit": 10,
                "filter_tags": ["env:prod", "team:a b"],
                "include_deleted": False,
                "since": since,
                "kind": models.ThingKind.LARGE,
                "request_id": "r-1",
            },
        )
    (request,) = server.requests
    assert request.method == "GET"
    assert request.path == "/api/v2/things/a%2Fb%20c"
    assert request.query == {
        "page[limit]": ["10"],
        "filter[tags]": ["env:prod,team:a b"],
        "include_deleted": ["false"],
        "since": ["2024-01-02T03:04:05+01:00"],
        "kind": ["large"],
    }
    assert "%2B01:00" in request.target, request.target  # "+" escaped, not read as a space
    assert request.headers["dd-api-key"] == API_KEY
    assert request.headers["dd-application-key"] == APP_KEY
    assert request.headers["accept"] == "application/json"
    assert request.headers["x-request-id"] == "r-1"
    assert request.headers["user-agent"].startswith("sdkpkg/")
    assert "content-type" not in request.headers and request.body == b""


def test_none_arguments_left_out_and_enum_path_param(sdk, server, endpoints, models):
    server.reply(200, thing_json())
    with sdk.ApiClient(config(sdk, server, api_key={})) as client:
        client.call(endpoints["get"], {"thing_id": models.ThingKind.SMALL, "page_limit": None, "kind": None})
    (request,) = server.requests
    assert request.target == "/api/v2/things/small"
    assert "dd-api-key" not in request.headers and "dd-application-key" not in request.headers


def test_argument_mistakes_fail_before_sending(sdk, server, endpoints, exc):
    with sdk.ApiClient(config(sdk, server)) as client:
        with pytest.raises(exc.ApiValueError, match="thing_id"):
            client.call(endpoints["get"], {})
        with pytest.raises(exc.ApiTypeError, match="colour"):
            client.call(endpoints["get"], {"thing_id": "x", "colour": "red"})
        with pytest.raises(exc.ApiTypeError, match="dict"):
            client.call(endpoints["get"], {"thing_id": "x", "page_limit": {"a": 1}})
    assert server.requests == []


def test_model_body_serialised_by_alias_without_unset_fields(sdk, server, endpoints, models):
    server.reply(202, "")
    body = models.ThingRequest(
        data=models.Thing(id="t1", attributes=models.ThingAttributes(kind=models.ThingKind.SMALL, display_name="n"))
    )
    with sdk.ApiClient(config(sdk, server)) as client:
        result = client.call(endpoints["patch"], {"thing_id": "t1", "body": body})
    assert result is None  # 202 with an empty body
    (request,) = server.requests
    assert request.method == "PATCH" and request.path == "/api/v2/things/t1"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {"data": {"id": "t1", "attributes": {"kind": "small", "displayName": "n"}}}


def test_dict_body_validated_then_sent(sdk, server, endpoints):
    server.reply(202, "")
    body = {"data": {"id": "t1", "attributes": {"kind": "small", "display_name": "n", "colour": "red"}}}
    with sdk.ApiClient(config(sdk, server)) as client:
        client.call(endpoints["patch"], {"thing_id": "t1", "body": body})
    assert server.requests[0].json() == {
        "data": {"id": "t1", "attributes": {"kind": "small", "displayName": "n", "colour": "red"}}
    }


def test_invalid_dict_body_never_reaches_the_server(sdk, server, endpoints, exc):
    with sdk.ApiClient(config(sdk, server)) as client:
        with pytest.raises(exc.ApiValueError, match="patch_thing") as raised:
            client.call(endpoints["patch"], {"thing_id": "t1", "body": {"data": {"attributes": {"size": "big"}}}})
    assert isinstance(raised.value.__cause__, pydantic.ValidationError)
    assert server.requests == []


def test_text_body_sent_as_is(sdk, server, endpoints):
    server.reply(200, "ok", headers={"Content-Type": "text/plain"})
    with sdk.ApiClient(config(sdk, server)) as client:
        result = client.call(endpoints["text"], {"body": "line 1\nline {2}"})
    assert result == "ok"  # a 2xx body that is not JSON comes back as text
    (request,) = server.requests
    assert request.body == b"line 1\nline {2}"
    assert request.headers["content-type"] == "text/plain"


# --------------------------------------------------------------------------------------------- response


def test_response_model_keeps_unknown_fields_and_enum_values(sdk, server, endpoints, models):
    answer = {"data": {"id": "t1", "attributes": {"kind": "huge", "size": 3, "colour": "red"}}, "meta": {"n": 1}}
    server.reply(200, answer)
    with sdk.ApiClient(config(sdk, server)) as client:
        result = client.call(endpoints["get"], {"thing_id": "t1"})
    assert type(result) is models.ThingResponse
    kind = result.data.attributes.kind
    assert isinstance(kind, models.ThingKind) and kind.value == "huge" and kind == "huge"
    assert kind.name == "UNKNOWN_VALUE"
    assert sys.modules["sdkpkg.model_utils"].is_unknown_enum_member(kind)
    assert result.data.attributes.colour == "red" and result.meta == {"n": 1}
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == answer


def test_response_without_model_is_raw_json(sdk, server, endpoints):
    server.reply(200, [{"a": 1}, 2])
    with sdk.ApiClient(config(sdk, server)) as client:
        assert client.call(endpoints["raw"], {}) == [{"a": 1}, 2]


def test_response_not_matching_its_model_is_returned_unvalidated(sdk, server, endpoints, caplog):
    server.reply(200, {"data": {"id": "t1"}})
    with sdk.ApiClient(config(sdk, server)) as client, caplog.at_level("WARNING"):
        result = client.call(endpoints["get"], {"thing_id": "t1"})
    assert result.data == {"id": "t1"}  # kept as sent, not validated
    assert "200 response of get_thing does not match its documented model" in caplog.text


def test_unknown_enum_member(models):
    kind = models.ThingKind("huge")
    assert kind.name == "UNKNOWN_VALUE" and kind.value == "huge" and kind == "huge"
    assert models.ThingKind("small") is models.ThingKind.SMALL
    assert list(models.ThingKind) == [models.ThingKind.SMALL, models.ThingKind.LARGE]
    assert not sys.modules["sdkpkg.model_utils"].is_unknown_enum_member(models.ThingKind.SMALL)
    attributes = models.ThingAttributes.model_validate_json('{"kind": "medium"}')
    assert attributes.model_dump_json(exclude_unset=True) == '{"kind":"medium"}'
    with pytest.raises(pydantic.ValidationError):
        models.ThingAttributes.model_validate({"kind": 5})  # a wrong type is still an error
    with pytest.raises(ValueError):
        models.ThingKind(5)


# ------------------------------------------------------------------------------------------------ errors


@pytest.mark.parametrize(
    "status, name",
    [
        (400, "BadRequestException"),
        (401, "UnauthorizedException"),
        (403, "ForbiddenException"),
        (404, "NotFoundException"),
        (409, "ConflictException"),
        (429, "TooManyRequestsException"),
        (500, "ServiceException"),
        (503, "ServiceException"),
        (418, "ApiException"),
    ],
)
def test_error_status_raises_its_exception(sdk, server, endpoints, models, exc, status, name):
    server.reply(status, {"errors": ["boom"]})
    with sdk.ApiClient(config(sdk, server, max_retries=0)) as client:
        with pytest.raises(exc.ApiException) as raised:
            client.call(endpoints["get"], {"thing_id": "t/1"})
    error = raised.value
    assert type(error) is getattr(exc, name)
    assert error.status == status and error.reason
    assert error.body == '{"errors": ["boom"]}'
    assert error.headers["Content-Type"] == "application/json"
    if status in ERRORS:
        assert type(error.data) is models.ErrorBody and error.data.errors == ["boom"]
    else:
        assert error.data == {"errors": ["boom"]}  # no documented model: the JSON
    text = str(error)
    assert f"GET /api/v2/things/t%2F1: HTTP {status}" in text and "boom" in text
    assert len(server.requests) == 1


def test_error_body_that_is_not_json_or_not_its_model(sdk, server, endpoints, exc):
    server.reply(404, "<html>gone</html>", headers={"Content-Type": "text/html"})
    server.reply(404, {"message": "no errors field"})
    with sdk.ApiClient(config(sdk, server)) as client:
        with pytest.raises(exc.NotFoundException) as first:
            client.call(endpoints["get"], {"thing_id": "x"})
        with pytest.raises(exc.NotFoundException) as second:
            client.call(endpoints["get"], {"thing_id": "x"})
    assert first.value.data is None and first.value.body == "<html>gone</html>"
    assert second.value.data == {"message": "no errors field"}  # the error is not hidden by a model mismatch


# ----------------------------------------------------------------------------------------------- retries


def test_429_retried_after_rate_limit_reset(sdk, server, endpoints, models):
    server.reply(429, {"errors": ["slow down"]}, headers={"X-RateLimit-Reset": "7"})
    server.reply(200, thing_json())
    sleeps = []
    with sdk.ApiClient(config(sdk, server), sleep=sleeps.append) as client:
        result = client.call(endpoints["get"], {"thing_id": "t1"})
    assert type(result) is models.ThingResponse
    assert sleeps == [7.0]
    assert len(server.requests) == 2


def test_503_retried_with_capped_exponential_backoff(sdk, server, endpoints, exc):
    for _ in range(4):
        server.reply(503, {"errors": ["down"]})
    sleeps = []
    cfg = config(sdk, server, max_retries=3, retry_backoff_base=0.5, retry_backoff_max=1.5)
    with sdk.ApiClient(cfg, sleep=sleeps.append) as client:
        with pytest.raises(exc.ServiceException):
            client.call(endpoints["get"], {"thing_id": "t1"})
    assert sleeps == [0.5, 1.0, 1.5]
    assert len(server.requests) == 4


def test_503_then_success(sdk, server, endpoints):
    server.reply(503, "")
    server.reply(502, "")
    server.reply(200, thing_json())
    sleeps = []
    with sdk.ApiClient(config(sdk, server), sleep=sleeps.append) as client:
        assert client.call(endpoints["get"], {"thing_id": "t1"}).data.id == "t1"
    assert sleeps == [0.5, 1.0] and len(server.requests) == 3


@pytest.mark.parametrize("status, name", [(429, "TooManyRequestsException"), (503, "ServiceException")])
def test_post_is_not_retried(sdk, server, endpoints, models, exc, status, name):
    server.reply(status, {"errors": ["no"]}, headers={"X-RateLimit-Reset": "1"})
    server.reply(200, thing_json())
    sleeps = []
    body = {"data": {"id": "t1", "attributes": {"kind": "small"}}}
    with sdk.ApiClient(config(sdk, server), sleep=sleeps.append) as client:
        with pytest.raises(getattr(exc, name)):
            client.call(endpoints["create"], {"body": body})
    assert sleeps == [] and len(server.requests) == 1


def test_timeout_from_configuration(sdk, server, endpoints):
    server.reply(200, thing_json(), delay=0.4)
    server.reply(200, thing_json(), delay=0.4)
    with sdk.ApiClient(config(sdk, server, timeout=0.1)) as client:
        with pytest.raises(httpx.TimeoutException):
            client.call(endpoints["get"], {"thing_id": "t1"})

    async def scenario():
        async with sdk.AsyncApiClient(config(sdk, server, timeout=0.1)) as client:
            await client.call(endpoints["get"], {"thing_id": "t1"})

    with pytest.raises(httpx.TimeoutException):
        asyncio.run(scenario())


# --------------------------------------------------------------------------------- unstable, sites, host


def test_unstable_operation_refused_then_allowed(sdk, server, endpoints, exc):
    server.reply(200, {"ok": True})
    cfg = config(sdk, server)
    arguments = {"gate_id": "g1", "rule_id": "r1"}
    with sdk.ApiClient(cfg) as client:
        with pytest.raises(exc.UnstableOperationDisabledError) as raised:
            client.call(endpoints["unstable"], arguments)
        assert 'configuration.unstable_operations["update_deployment_rule"] = True' in str(raised.value)
        assert isinstance(raised.value, exc.ApiValueError)
        assert server.requests == []
        cfg.unstable_operations["update_deployment_rule"] = True
        assert client.call(endpoints["unstable"], arguments) == {"ok": True}
    assert server.requests[0].method == "PUT"
    assert server.requests[0].path == "/api/v2/deployment_gates/g1/rules/r1"


def test_site_picks_the_server_and_host_overrides_it(sdk, server, endpoints, monkeypatch):
    endpoint = endpoints["raw"].__class__(
        name="list_raw",
        version="v1",
        method="GET",
        path="/api/v1/raw",
        servers={"datadoghq.com": server.url + "/us1", "datadoghq.eu": server.url + "/eu"},
    )
    keys = {"apiKeyAuth": API_KEY}
    with sdk.ApiClient(sdk.Configuration(site="datadoghq.eu", api_key=keys)) as client:
        client.call(endpoint, {})
    with sdk.ApiClient(sdk.Configuration(api_key=keys)) as client:  # default site
        client.call(endpoint, {})
    monkeypatch.setenv("DD_SITE", "datadoghq.eu")
    with sdk.ApiClient(sdk.Configuration(api_key=keys)) as client:
        client.call(endpoint, {})
    with sdk.ApiClient(sdk.Configuration(host=server.url + "/proxy/", api_key=keys)) as client:
        client.call(endpoint, {})
    monkeypatch.setenv("DD_API_HOST", server.url + "/env")
    with sdk.ApiClient(sdk.Configuration(api_key=keys)) as client:
        client.call(endpoint, {})
    assert [r.path for r in server.requests] == [
        "/eu/api/v1/raw",
        "/us1/api/v1/raw",
        "/eu/api/v1/raw",
        "/proxy/api/v1/raw",
        "/env/api/v1/raw",
    ]


def test_unknown_site(sdk, server, endpoints, exc):
    with sdk.ApiClient(sdk.Configuration(site="nowhere.example")) as client:
        with pytest.raises(exc.UnknownSiteError) as raised:
            client.call(endpoints["raw"], {})
    message = str(raised.value)
    assert "nowhere.example" in message and "datadoghq.com, datadoghq.eu" in message
    assert server.requests == []


def test_configuration_from_environment(sdk, monkeypatch):
    monkeypatch.setenv("DD_SITE", "us3.datadoghq.com")
    monkeypatch.setenv("DD_API_KEY", API_KEY)
    monkeypatch.setenv("DD_APP_KEY", APP_KEY)
    cfg = sdk.Configuration()
    assert cfg.site == "us3.datadoghq.com" and cfg.host is None
    assert cfg.api_key == {"apiKeyAuth": API_KEY, "appKeyAuth": APP_KEY}
    assert cfg.unstable_operations["anything"] is False
    assert (cfg.timeout, cfg.max_retries) == (60.0, 3)
    explicit = sdk.Configuration(site="datadoghq.eu", api_key={"apiKeyAuth": "other"}, host="http://h")
    assert explicit.site == "datadoghq.eu" and explicit.host == "http://h"
    assert explicit.api_key == {"apiKeyAuth": "other", "appKeyAuth": APP_KEY}


# ---------------------------------------------------------------------------------------------- secrets


def test_keys_never_shown(sdk, server, endpoints, exc, caplog):
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    server.reply(401, {"errors": [f"bad key {API_KEY}", APP_KEY]})
    cfg = config(sdk, server, max_retries=0)
    with sdk.ApiClient(cfg) as client:
        with pytest.raises(exc.UnauthorizedException) as raised:
            client.call(endpoints["get"], {"thing_id": "t1"})
    assert server.requests[0].headers["dd-api-key"] == API_KEY  # the keys were sent
    error = raised.value
    shown = [repr(cfg), str(cfg), repr(cfg.api_key), str(error), repr(error), error.body, repr(error.data), caplog.text]
    for text in shown:
        assert API_KEY not in text and APP_KEY not in text
    assert "***" in error.body
    assert "GET http" in caplog.text and "'DD-API-KEY': '***'" in caplog.text
    assert "'apiKeyAuth': '***'" in repr(cfg)


def test_keys_redacted_from_error_headers(sdk, server, endpoints, exc):
    # (httpcore itself logs raw response headers at DEBUG, so this one is not run under caplog)
    server.reply(403, "", headers={"X-Echo": f"key={APP_KEY}", "DD-API-KEY": API_KEY})
    with sdk.ApiClient(config(sdk, server)) as client:
        with pytest.raises(exc.ForbiddenException) as raised:
            client.call(endpoints["get"], {"thing_id": "t1"})
    headers = raised.value.headers
    assert headers["x-echo"] == "key=***" and headers["DD-API-KEY"] == "***"
    assert raised.value.data is None and raised.value.body == ""


# -------------------------------------------------------------------------------------------- pagination


def test_pagination_follows_the_query_cursor_until_a_page_has_none(sdk, server, endpoints):
    listing, _ = paged(endpoints, sdk)
    server.reply(200, page_of("a", "b", after="c1"))
    server.reply(200, page_of("c", after="c2"))
    server.reply(200, page_of("d"))
    server.reply(200, page_of("never fetched"))
    with sdk.ApiClient(config(sdk, server)) as client:
        pages = client.paginate(listing, {"page_limit": 2}, sdk.Pagination(cursor=("page_cursor",)))
        assert not server.requests  # nothing is fetched before the first item is asked for
        assert [thing.id for thing in pages] == ["a", "b", "c", "d"]
    assert [r.query for r in server.requests] == [
        {"page[limit]": ["2"]},
        {"page[limit]": ["2"], "page[cursor]": ["c1"]},
        {"page[limit]": ["2"], "page[cursor]": ["c2"]},
    ]


@pytest.mark.parametrize("as_model", [True, False], ids=["model body", "dict body"])
def test_pagination_puts_the_cursor_in_the_body_and_keeps_the_rest_of_it(sdk, server, endpoints, models, as_model):
    _, search = paged(endpoints, sdk)
    server.reply(200, page_of("a", after="c1"))
    server.reply(200, page_of())  # an empty page ends it, whatever its cursor
    body = {"filter": "kind:small", "page": {"limit": 1}}
    given = models.ThingsSearch(**body) if as_model else body
    pagination = sdk.Pagination(cursor=("body", "page", "cursor"))
    with sdk.ApiClient(config(sdk, server)) as client:
        assert [thing.id for thing in client.paginate(search, {"body": given}, pagination)] == ["a"]
    assert [r.json() for r in server.requests] == [
        {"filter": "kind:small", "page": {"limit": 1}},
        {"filter": "kind:small", "page": {"limit": 1, "cursor": "c1"}},
    ]
    assert body == {"filter": "kind:small", "page": {"limit": 1}}  # the caller's body is not changed
    assert not as_model or given.page == {"limit": 1}


def test_pagination_stops_when_a_page_hands_back_the_cursor_it_was_asked_for(sdk, server, endpoints):
    listing, _ = paged(endpoints, sdk)
    for _ in range(3):
        server.reply(200, page_of("a", after="same"))
    with sdk.ApiClient(config(sdk, server)) as client:
        pages = client.paginate(listing, {}, sdk.Pagination(cursor=("page_cursor",)))
        assert [thing.id for thing in pages] == ["a", "a"]
    assert len(server.requests) == 2


def test_async_pagination(sdk, server, endpoints):
    listing, _ = paged(endpoints, sdk)
    server.reply(200, page_of("a", after="c1"))
    server.reply(200, page_of("b"))

    async def scenario():
        async with sdk.AsyncApiClient(config(sdk, server)) as client:
            pages = client.paginate(listing, {}, sdk.Pagination(cursor=("page_cursor",)))
            return [thing.id async for thing in pages]

    assert asyncio.run(scenario()) == ["a", "b"]
    assert [r.query for r in server.requests] == [{}, {"page[cursor]": ["c1"]}]


# ------------------------------------------------------------------------------------------------- async


def test_async_client_round_trip(sdk, server, endpoints, models, exc):
    server.reply(202, "")
    server.reply(503, "")
    server.reply(200, {"data": {"id": "t1", "attributes": {"kind": "huge", "colour": "red"}}})
    server.reply(404, {"errors": ["missing"]})
    sleeps = []
    body = models.ThingRequest(data=models.Thing(id="t1", attributes=models.ThingAttributes(kind="large")))

    async def scenario():
        async with sdk.AsyncApiClient(config(sdk, server), sleep=sleeps.append) as client:
            patched = await client.call(endpoints["patch"], {"thing_id": "a/b c", "body": body})
            got = await client.call(endpoints["get"], {"thing_id": "t1", "include_deleted": True})
            with pytest.raises(exc.NotFoundException) as raised:
                await client.call(endpoints["get"], {"thing_id": "t2"})
            return patched, got, raised.value

    patched, got, error = asyncio.run(scenario())
    assert patched is None
    assert got.data.attributes.kind == "huge" and got.data.attributes.colour == "red"
    assert type(error.data) is models.ErrorBody and error.data.errors == ["missing"]
    assert sleeps == [0.5]
    first, *_ = server.requests
    assert first.method == "PATCH" and first.path == "/api/v2/things/a%2Fb%20c"
    assert first.headers["dd-api-key"] == API_KEY and first.headers["content-type"] == "application/json"
    assert first.json() == {"data": {"id": "t1", "attributes": {"kind": "large"}}}
    assert [r.query for r in server.requests[1:3]] == [{"include_deleted": ["true"]}] * 2
    assert len(server.requests) == 4


# ------------------------------------------------------------------------------------------------ import


def test_import_is_lazy_and_exports_resolve(sdk_root):
    script = textwrap.dedent(
        """
        import sys
        import sdkpkg
        assert "httpx" not in sys.modules, "import sdkpkg"
        sdkpkg.Configuration, sdkpkg.NotFoundException
        import sdkpkg.v2.model.thing
        assert "httpx" not in sys.modules, "configuration, exceptions, models"
        sdkpkg.ApiClient
        assert "httpx" in sys.modules
        for name in sdkpkg.__all__:
            getattr(sdkpkg, name)
        print(" ".join(sdkpkg.__all__))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=sdk_root, capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": str(sdk_root), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    exported = done.stdout.split()
    for name in ("ApiClient", "AsyncApiClient", "Configuration", "ApiException", "UnstableOperationDisabledError"):
        assert name in exported
