"""The mock server over HTTP on loopback: routing, checks against the pages, documented answers, soak, CLI."""

from __future__ import annotations

import copy
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

import generator
from generator.mock import MockServer
from generator.spec.spec import Spec

ROOT = Path(__file__).resolve().parents[1]
SEEDS = "docs_input/seeds"
USERS = "docs_input/pages/users.md"

DORA_PATH = "/api/v2/dora/deployments/abc"
RULE_PATH = "/api/v2/deployment_gates/gate-1/rules/rule-1"
KEY = {"DD-API-KEY": "test-key"}
JSON_KEY = {**KEY, "Content-Type": "application/json"}

# The pages' own examples (docs_input/seeds/patch-a-deployment-event.md, update-deployment-rule.md).
DORA_BODY: dict[str, Any] = {
    "data": {
        "attributes": {"change_failure": True, "remediation": {"id": "eG42zNIkVjM", "type": "rollback"}},
        "id": "z_RwVLi7v4Y",
        "type": "dora_deployment_patch_request",
    }
}
RULE_BODY: dict[str, Any] = {
    "data": {
        "attributes": {
            "dry_run": False,
            "name": "Updated deployment rule",
            "options": {"excluded_resources": []},
        },
        "type": "deployment_rule",
    }
}
DOCUMENTED_403 = {"errors": ["Bad Request"]}
RULE_404 = {"errors": [{"detail": "Malformed payload", "status": "400", "title": "Bad Request"}]}


def load(*paths: str) -> Spec:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        spec = generator.load_spec(list(paths))
    finally:
        os.chdir(cwd)
    assert not [p for p in spec.problems if p.severity == "error"]
    return spec


@pytest.fixture(scope="module")
def seeds() -> Spec:
    return load(SEEDS)


@pytest.fixture(scope="module")
def server(seeds):
    with MockServer(seeds) as running:
        yield running
    assert not running.errors


@pytest.fixture(scope="module")
def users_server():
    with MockServer(load(USERS)) as running:
        yield running
    assert not running.errors


@pytest.fixture(scope="module")
def docs_server():
    with MockServer(load("docs_input")) as running:
        yield running
    assert not running.errors


@dataclass
class Answer:
    status: int
    headers: Message
    body: bytes

    def json(self):
        assert self.headers["Content-Type"] == "application/json"
        return json.loads(self.body)

    def error(self) -> dict:
        """The one JSON:API error of the body."""
        [error] = self.json()["errors"]
        assert error["status"] == str(self.status)
        return error


def send(
    conn: http.client.HTTPConnection, method: str, path: str, body: object = None, headers: dict | None = None
) -> Answer:
    data = body if body is None or isinstance(body, (bytes, str)) else json.dumps(body)
    conn.request(method, path, data, headers if headers is not None else KEY)
    response = conn.getresponse()
    content = response.read()
    assert int(response.headers.get("Content-Length", len(content))) == len(content)
    return Answer(response.status, response.headers, content)


def call(
    server: MockServer, method: str, path: str, body: object = None, headers: dict | None = None
) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        return send(conn, method, path, body, headers)
    finally:
        conn.close()


def without(document: dict, *path: str) -> dict:
    document = copy.deepcopy(document)
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return document


# -- success: the documented responses -------------------------------------------------------------------


def test_url_is_loopback_with_the_bound_port(server):
    assert server.url == f"http://127.0.0.1:{server.port}" and server.port > 0


def test_patch_with_the_documented_example_is_accepted_with_an_empty_body(server):
    answer = call(server, "PATCH", DORA_PATH, DORA_BODY, JSON_KEY)
    assert answer.status == 202
    assert answer.body == b""
    assert answer.headers["Content-Length"] == "0"
    assert "Content-Type" not in answer.headers


def test_put_of_the_deployment_rule_answers_the_documented_example(server, seeds):
    answer = call(server, "PUT", RULE_PATH, RULE_BODY, JSON_KEY)
    assert answer.status == 200
    document = answer.json()
    assert document == seeds.operation("UpdateDeploymentRule").responses[0].examples[0].value
    data = document["data"]
    assert (data["id"], data["type"]) == ("1111-2222-3333-4444-555566667777", "deployment_rule")
    assert data["attributes"]["created_by"]["handle"] == "test-user"
    assert data["attributes"]["options"] == {
        "duration": 3600,
        "excluded_resources": ["resource1", "resource2"],
    }


def test_json_with_parameters_and_the_host_and_query_string_are_ignored_for_routing(server):
    headers = {**KEY, "Content-Type": "Application/JSON; charset=utf-8"}
    assert call(server, "PATCH", DORA_PATH + "?anything=1", DORA_BODY, headers).status == 202
    assert call(server, "PATCH", f"http://api.datadoghq.com{DORA_PATH}", DORA_BODY, JSON_KEY).status == 202
    bad = call(server, "PATCH", DORA_PATH + "?x=1", b"{", headers)
    assert bad.status == 400 and "malformed JSON" in bad.error()["detail"]


def test_a_path_parameter_is_one_percent_encoded_segment(users_server):
    assert call(users_server, "GET", "/api/v2/users/a%2Fb%20c").status == 200
    assert call(users_server, "GET", "/api/v2/users/a/b").status == 404
    assert call(users_server, "GET", "/api/v2/users/").status == 404


# -- requests that contradict the pages ------------------------------------------------------------------


def test_malformed_json_is_a_400_that_says_where(server):
    answer = call(server, "PATCH", DORA_PATH, '{"data": {"id": "x",}}', JSON_KEY)
    assert answer.status == 400
    error = answer.error()
    assert error["title"] == "Bad Request"
    assert error["detail"].startswith("the request body is malformed JSON: Expecting property name")
    assert "line 1, column 21" in error["detail"]
    assert error["source"] == {"pointer": ""}


def test_nan_is_not_json(server):
    body = json.dumps(DORA_BODY).replace('"change_failure": true', '"change_failure": NaN')
    answer = call(server, "PATCH", DORA_PATH, body, JSON_KEY)
    assert answer.status == 400 and "NaN" in answer.error()["detail"]


def test_a_wrong_type_is_a_400_with_its_pointer(server):
    body = copy.deepcopy(DORA_BODY)
    body["data"]["attributes"]["change_failure"] = "yes"
    answer = call(server, "PATCH", DORA_PATH, body, JSON_KEY)
    assert answer.status == 400
    assert answer.error() == {
        "status": "400",
        "title": "Bad Request",
        "detail": "expected boolean, found string",
        "source": {"pointer": "/data/attributes/change_failure"},
    }


def test_a_missing_required_field_is_a_400(server):
    answer = call(server, "PATCH", DORA_PATH, without(DORA_BODY, "data", "id"), JSON_KEY)
    assert answer.status == 400
    error = answer.error()
    assert error["detail"] == 'required field "id" is missing'
    assert error["source"] == {"pointer": "/data"}


def test_every_mismatch_is_one_error_in_document_order(server):
    body = without(RULE_BODY, "data", "attributes", "name")
    body["data"]["type"] = "rule"
    body["data"]["attributes"]["options"] = ["resource1"]  # what the page's own curl example sends
    answer = call(server, "PUT", RULE_PATH, body, JSON_KEY)
    assert answer.status == 400
    errors = answer.json()["errors"]
    assert [(e["source"]["pointer"], e["detail"]) for e in errors] == [
        ("/data/attributes", 'required field "name" is missing'),
        ("/data/attributes/options", "fits none of the 2 options"),
        ("/data/type", "'rule' is not one of the allowed values ['deployment_rule']"),
    ]
    assert {(e["status"], e["title"]) for e in errors} == {("400", "Bad Request")}


def test_a_required_body_that_is_missing_is_a_400(server):
    answer = call(server, "PATCH", DORA_PATH, None, JSON_KEY)
    assert answer.status == 400
    assert answer.error()["detail"] == "the request body is required (application/json)"


def test_an_undocumented_media_type_is_a_415(server):
    answer = call(server, "PATCH", DORA_PATH, "change_failure=true", {**KEY, "Content-Type": "text/plain"})
    assert answer.status == 415
    assert answer.error()["source"] == {"header": "Content-Type"}


def test_documented_non_json_media_types_are_taken_as_sent(docs_server):
    plain = call(
        docs_server, "POST", "/api/v2/logs", "not json at all", {**KEY, "Content-Type": "text/plain"}
    )
    assert (plain.status, plain.json()) == (202, {})
    form = {**KEY, "Content-Type": "multipart/form-data; boundary=x"}
    created = call(
        docs_server, "POST", "/api/v2/apicatalog/openapi", "--x\r\n\r\nnot json\r\n--x--\r\n", form
    )
    assert created.status == 201
    bad = call(docs_server, "POST", "/api/v2/logs", "not json at all", JSON_KEY)
    assert bad.status == 400


def test_a_query_parameter_of_the_wrong_type_is_a_400(users_server, seeds):
    answer = call(users_server, "GET", "/api/v2/users?page[size]=ten&page[number]=0")
    assert answer.status == 400
    error = answer.error()
    assert error["source"] == {"parameter": "page[size]"}
    assert error["detail"] == "query parameter \"page[size]\" must be an integer, found 'ten'"
    encoded = call(users_server, "GET", "/api/v2/users?page%5Bnumber%5D=1.5")
    assert encoded.status == 400 and encoded.error()["source"] == {"parameter": "page[number]"}
    enum = call(users_server, "GET", "/api/v2/users?sort_dir=sideways")
    assert enum.status == 400 and enum.error()["detail"].endswith(
        "must be one of asc, desc, found 'sideways'"
    )
    good = call(users_server, "GET", "/api/v2/users?page[size]=10&page[number]=0&sort_dir=desc&filter=x")
    assert good.status == 200
    assert good.json()["data"][0]["attributes"]["email"] == "string"  # the page's example


def test_required_query_parameters_and_integer_path_parameters(docs_server):
    missing = call(docs_server, "GET", "/api/v1/events?end=2&unaggregated=yes")
    assert missing.status == 400
    assert [(e["source"], e["detail"]) for e in missing.json()["errors"]] == [
        ({"parameter": "start"}, 'required query parameter "start" is missing'),
        (
            {"parameter": "unaggregated"},
            "query parameter \"unaggregated\" must be true or false, found 'yes'",
        ),
    ]
    assert call(docs_server, "GET", "/api/v1/events?start=1&end=2&unaggregated=true").status == 200
    path = call(docs_server, "GET", "/api/v1/events/abc")
    assert path.status == 400 and path.error()["source"] == {"parameter": "event_id"}
    assert call(docs_server, "GET", "/api/v1/events/123").status == 200


# -- routing ---------------------------------------------------------------------------------------------


def test_an_unknown_path_is_a_404_with_a_json_body(server):
    answer = call(server, "GET", "/x?y=1")
    assert answer.status == 404
    assert answer.json() == {
        "errors": [{"status": "404", "title": "Not Found", "detail": "no documented operation for GET /x"}]
    }


def test_an_undocumented_method_is_a_405_with_allow(server):
    answer = call(server, "DELETE", DORA_PATH)
    assert answer.status == 405
    assert answer.headers["Allow"] == "PATCH"
    error = answer.error()
    assert error["title"] == "Method Not Allowed"
    assert "DELETE /api/v2/dora/deployments/abc" in error["detail"]
    assert call(server, "BREW", DORA_PATH).status == 405  # any method is routed, none is a 501


def test_a_literal_segment_wins_over_a_parameter(docs_server):
    templates = call(docs_server, "GET", "/api/v2/roles/templates")
    assert templates.status == 200 and templates.json()["data"][0]["type"] == "roles"
    assert "attributes" in call(docs_server, "GET", "/api/v2/roles/some-role").json()["data"]
    # the path resolves to the literal template first: its methods decide, not those of /roles/{role_id}
    deleted = call(docs_server, "DELETE", "/api/v2/roles/templates")
    assert (deleted.status, deleted.headers["Allow"]) == (405, "GET")
    assert call(docs_server, "DELETE", "/api/v2/roles/some-role").status == 204


def test_head_gets_no_body(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("HEAD", DORA_PATH, headers=KEY)
        response = conn.getresponse()
        assert response.status == 405 and int(response.headers["Content-Length"]) > 0
        assert response.read() == b""
        assert send(conn, "PATCH", DORA_PATH, DORA_BODY, JSON_KEY).status == 202  # the connection still works
    finally:
        conn.close()


def _documented_requests(op) -> list[tuple[str, str | None, dict]]:
    """The operation's requests as the page documents them: one per request example."""
    path = op.path
    for param in op.parameters:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", "123" if param.schema.kind == "integer" else "abc")
    query = [f"{p.name}=1" for p in op.parameters if p.location == "query" and p.required]
    path += "?" + "&".join(query) if query else ""
    if op.request_body is None:
        return [(path, None, dict(KEY))]
    media = op.request_body.media_types[0]
    if media != "application/json":
        headers = {**KEY, "Content-Type": media + "; boundary=x"}
        return [(path, "--x\r\n\r\ndata\r\n--x--\r\n", headers)]
    examples = [e.value for e in op.request_body.examples if e.value is not None]
    assert examples, op.operation_id
    return [(path, json.dumps(example), {**KEY, "Content-Type": media}) for example in examples]


# The request examples that contradict their model: docs_input/pages/logs.md:1108 sends "status";
# status-pages.md:364 sends the placeholder "string" as the page's uuid id.
CONTRADICTING_EXAMPLES = {("SubmitLog", "v2", 2): "/0/status", ("UpdateStatusPage", "v2", 0): "/data/id"}


def test_every_documented_operation_answers_its_documented_example_requests(docs_server):
    spec = load("docs_input")
    assert len(spec.operations) > 200
    sent, contradicted = 0, 0
    for op in spec.operations:
        success = min((r for r in op.responses if r.status.startswith("2")), key=lambda r: r.status)
        for index, (path, body, headers) in enumerate(_documented_requests(op)):
            answer = call(docs_server, op.method, path, body, headers)
            sent += 1
            pointer = CONTRADICTING_EXAMPLES.get((op.operation_id, op.version, index))
            if pointer is not None:
                assert answer.status == 400 and answer.error()["source"] == {"pointer": pointer}
                contradicted += 1
                continue
            assert answer.status == int(success.status), (op.operation_id, index, answer.body[:300])
            if success.examples:
                assert answer.json() == success.examples[0].value, op.operation_id
            else:
                assert answer.body == b"", op.operation_id
    assert sent > len(spec.operations) and contradicted == len(CONTRADICTING_EXAMPLES)


# -- API key and forced statuses -------------------------------------------------------------------------


def test_a_missing_api_key_is_the_documented_403(server):
    answer = call(server, "PATCH", DORA_PATH, DORA_BODY, {"Content-Type": "application/json"})
    assert answer.status == 403
    assert answer.json() == DOCUMENTED_403
    empty = call(server, "PUT", RULE_PATH, RULE_BODY, {"Content-Type": "application/json", "DD-API-KEY": ""})
    assert (empty.status, empty.json()) == (403, DOCUMENTED_403)


def test_a_missing_api_key_without_a_documented_403_is_a_json_api_error(docs_server):
    answer = call(docs_server, "GET", "/api/v2/roles/templates", headers={})
    assert answer.status == 403
    assert answer.error() == {
        "status": "403",
        "title": "Forbidden",
        "detail": "the request has no DD-API-KEY header",
        "source": {"header": "DD-API-KEY"},
    }


def test_the_api_key_check_can_be_switched_off(seeds):
    with MockServer(seeds, require_api_key=False) as lenient:
        assert (
            call(lenient, "PATCH", DORA_PATH, DORA_BODY, {"Content-Type": "application/json"}).status == 202
        )


def test_recording_keeps_each_request_as_sent_and_is_off_by_default(seeds, server):
    assert server.requests is None
    with MockServer(seeds, record=True) as recording:
        body = json.dumps(DORA_BODY).encode()
        call(recording, "PATCH", "/api/v2/dora/deployments/a%2Fb?x=1%262", body, {**JSON_KEY, "X-Trace": "t"})
        call(recording, "GET", "/nowhere", headers={})  # answered 404, recorded all the same
        first, second = recording.requests
    assert (first.method, first.target, first.body) == ("PATCH", "/api/v2/dora/deployments/a%2Fb?x=1%262", body)
    assert first.header("x-trace") == "t" and first.header("Content-Type") == "application/json"
    assert first.header("X-Absent") is None
    assert (second.method, second.target, second.body, second.header("DD-API-KEY")) == ("GET", "/nowhere", b"", None)


def test_x_mock_status_answers_the_documented_status_and_example(server):
    answer = call(server, "PUT", RULE_PATH, RULE_BODY, {**JSON_KEY, "X-Mock-Status": "404"})
    assert (answer.status, answer.json()) == (404, RULE_404)
    bad = call(server, "PATCH", DORA_PATH, DORA_BODY, {**JSON_KEY, "X-Mock-Status": "400"})
    assert bad.status == 400
    assert bad.error()["detail"] == "Missing required attribute in body"  # the page's example, not ours
    assert bad.error()["source"]["pointer"] == "/data/attributes/title"


def test_x_mock_status_that_is_not_documented_is_a_400(server):
    for value in ("404", "200", "abc"):
        answer = call(server, "PATCH", DORA_PATH, DORA_BODY, {**JSON_KEY, "X-Mock-Status": value})
        assert answer.status == 400, value
        error = answer.error()
        assert error["source"] == {"header": "X-Mock-Status"}
        assert f"X-Mock-Status '{value}' is not a documented status" in error["detail"]
        assert "(documented: 202, 400, 403, 429)" in error["detail"]


def test_the_request_is_checked_before_x_mock_status(server):
    answer = call(
        server, "PATCH", DORA_PATH, without(DORA_BODY, "data"), {**JSON_KEY, "X-Mock-Status": "429"}
    )
    assert answer.status == 400 and answer.error()["detail"] == 'required field "data" is missing'


# -- the HTTP layer --------------------------------------------------------------------------------------


def test_host_must_be_loopback(seeds):
    for host in ("0.0.0.0", "192.168.1.10", "example.com", "::"):
        with pytest.raises(ValueError, match="loopback"):
            MockServer(seeds, host=host)


def test_a_bug_of_the_mock_is_a_500_and_the_connection_survives(seeds):
    with MockServer(seeds) as broken:
        original = broken.app.answer

        def answer(method, target, headers, body):
            if target == "/boom":
                raise KeyError("boom")
            return original(method, target, headers, body)

        broken.app.answer = answer
        conn = http.client.HTTPConnection("127.0.0.1", broken.port, timeout=10)
        try:
            failed = send(conn, "GET", "/boom")
            assert failed.status == 500
            assert failed.error()["detail"] == "the mock server failed: KeyError: 'boom'"
            assert send(conn, "PATCH", DORA_PATH, DORA_BODY, JSON_KEY).status == 202
        finally:
            conn.close()
        [error] = broken.errors
        assert "KeyError: 'boom'" in error


def _read_response(stream) -> tuple[int, dict, bytes]:
    status = int(stream.readline().split()[1])
    headers = {}
    while (line := stream.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode().partition(":")
        headers[name.lower()] = value.strip()
    return status, headers, stream.read(int(headers.get("content-length", 0)))


def test_pipelined_requests_on_a_raw_socket_read_exactly_content_length(server):
    body = json.dumps(DORA_BODY).encode()
    bad = b'{"data": 1}'
    request = (
        f"PATCH {DORA_PATH} HTTP/1.1\r\nHost: x\r\nDD-API-KEY: k\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    second = (
        f"PATCH {DORA_PATH} HTTP/1.1\r\nHost: x\r\nDD-API-KEY: k\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(bad)}\r\nConnection: close\r\n\r\n"
    ).encode() + bad
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request + second)
        stream = sock.makefile("rb")
        status, headers, content = _read_response(stream)
        assert (status, content, headers["content-length"]) == (202, b"", "0") and "connection" not in headers
        status, headers, content = _read_response(stream)
        assert status == 400 and headers["connection"] == "close"
        assert json.loads(content)["errors"][0]["detail"] == "expected object, found number"
        assert stream.read() == b""  # the server closed the connection as asked


def test_a_garbled_request_line_is_a_json_400(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        status, headers, content = _read_response(sock.makefile("rb"))
    assert status == 400 and headers["content-type"] == "application/json"
    assert json.loads(content)["errors"][0]["status"] == "400"


def test_expect_100_continue_is_answered_before_the_body(server):
    body = json.dumps(DORA_BODY).encode()
    head = (
        f"PATCH {DORA_PATH} HTTP/1.1\r\nHost: x\r\nDD-API-KEY: k\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(head)
        stream = sock.makefile("rb")
        assert stream.readline().startswith(b"HTTP/1.1 100 ")  # not held back until the body arrives
        assert stream.readline() == b"\r\n"
        sock.sendall(body)
        status, _, content = _read_response(stream)
    assert (status, content) == (202, b"")


def test_a_chunked_body_is_refused_and_the_connection_closed(server):
    request = (
        f"PATCH {DORA_PATH} HTTP/1.1\r\nHost: x\r\nDD-API-KEY: k\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(request)
        stream = sock.makefile("rb")
        status, headers, content = _read_response(stream)
        assert status == 411 and headers["connection"] == "close"
        assert "Content-Length" in json.loads(content)["errors"][0]["detail"]
        assert stream.read() == b""


@pytest.mark.parametrize("host", ["localhost", "::1"])
def test_other_loopback_hosts(seeds, host):
    try:
        running = MockServer(seeds, host=host).start()
    except OSError as error:  # no IPv6 loopback on this machine
        pytest.skip(f"cannot bind {host}: {error}")
    try:
        assert running.url == (
            f"http://[::1]:{running.port}" if host == "::1" else f"http://127.0.0.1:{running.port}"
        )
        family = socket.AF_INET6 if host == "::1" else socket.AF_INET
        address = "::1" if host == "::1" else "127.0.0.1"
        with socket.socket(family) as sock:
            sock.settimeout(5)
            sock.connect((address, running.port))
            sock.sendall(b"GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert _read_response(sock.makefile("rb"))[0] == 404
    finally:
        running.close()


# -- soak ------------------------------------------------------------------------------------------------

SOAK_REQUESTS = 10_000
SOAK_CLIENTS = 8
RECONNECTING_CLIENTS = 2  # these open a new connection every RECONNECT_EVERY requests
RECONNECT_EVERY = 50


def _soak_cases(spec: Spec) -> list[tuple[str, str, bytes | None, dict, int, object]]:
    """(method, path, body, headers, expected status, expected JSON or None for an empty body)."""
    wrong_type = copy.deepcopy(DORA_BODY)
    wrong_type["data"]["attributes"]["change_failure"] = "yes"
    rule_200 = spec.operation("UpdateDeploymentRule").responses[0].examples[0].value
    wrong_type_error = {
        "errors": [
            {
                "status": "400",
                "title": "Bad Request",
                "detail": "expected boolean, found string",
                "source": {"pointer": "/data/attributes/change_failure"},
            }
        ]
    }
    not_found = {
        "errors": [{"status": "404", "title": "Not Found", "detail": "no documented operation for GET /x"}]
    }
    dora, rule = json.dumps(DORA_BODY).encode(), json.dumps(RULE_BODY).encode()
    return [
        ("PATCH", DORA_PATH, dora, JSON_KEY, 202, None),
        ("PUT", RULE_PATH, rule, JSON_KEY, 200, rule_200),
        ("PATCH", DORA_PATH, json.dumps(wrong_type).encode(), JSON_KEY, 400, wrong_type_error),
        ("GET", "/x", None, KEY, 404, not_found),
        ("PATCH", DORA_PATH, dora, {"Content-Type": "application/json"}, 403, DOCUMENTED_403),
        ("PUT", RULE_PATH, rule, {**JSON_KEY, "X-Mock-Status": "404"}, 404, RULE_404),
        ("PATCH", DORA_PATH, b'{"data": ', JSON_KEY, 400, None),  # malformed: only the status is compared
        ("POST", RULE_PATH, rule, JSON_KEY, 405, None),
    ]


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_soak_keep_alive_and_reconnecting_clients_leak_nothing(seeds):
    cases = _soak_cases(seeds)
    per_client = SOAK_REQUESTS // SOAK_CLIENTS
    answered = [0] * SOAK_CLIENTS
    connections = [0] * SOAK_CLIENTS
    failures: list[str] = []
    with MockServer(seeds) as soak:
        threads_before, fds_before = set(threading.enumerate()), _open_fds()

        def client(index: int) -> None:
            conn = None
            try:
                for n in range(per_client):
                    if conn is None or (index < RECONNECTING_CLIENTS and n % RECONNECT_EVERY == 0):
                        if conn is not None:
                            conn.close()
                        conn = http.client.HTTPConnection("127.0.0.1", soak.port, timeout=30)
                        conn.connect()
                        connections[index] += 1
                        sock = conn.sock
                    method, path, body, headers, status, expected = cases[(n + index) % len(cases)]
                    conn.request(method, path, body, headers)
                    response = conn.getresponse()
                    content = response.read()
                    if response.status != status or conn.sock is not sock:
                        failures.append(
                            f"{method} {path}: {response.status} {content[:200]!r} (wanted {status})"
                        )
                    elif (
                        status in (202, 200, 403, 404)
                        and (json.loads(content) if content else None) != expected
                    ):
                        failures.append(f"{method} {path}: unexpected body {content[:200]!r}")
                    elif expected is None and status == 400 and b"malformed JSON" not in content:
                        failures.append(f"{method} {path}: unexpected body {content[:200]!r}")
                    else:
                        answered[index] += 1
            except Exception as exc:  # noqa: BLE001 - reported below with the client's index
                failures.append(f"client {index}: {type(exc).__name__}: {exc}")
            finally:
                if conn is not None:
                    conn.close()

        start = time.perf_counter()
        clients = [threading.Thread(target=client, args=(i,)) for i in range(SOAK_CLIENTS)]
        for thread in clients:
            thread.start()
        for thread in clients:
            thread.join(120)
        elapsed = time.perf_counter() - start

        assert not failures, failures[:5]
        assert sum(answered) == SOAK_REQUESTS
        expected_connections = [per_client // RECONNECT_EVERY] * RECONNECTING_CLIENTS
        assert connections == expected_connections + [1] * (SOAK_CLIENTS - RECONNECTING_CLIENTS)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the server ends a connection's thread once its client closes
            leftover = set(threading.enumerate()) - threads_before
            if not leftover and _open_fds() <= fds_before + 2:
                break
            time.sleep(0.05)
        assert not set(threading.enumerate()) - threads_before
        assert threading.active_count() <= len(threads_before)
        assert _open_fds() <= fds_before + 2
        assert not soak.errors, soak.errors[0]
    print(f"soak: {SOAK_REQUESTS} requests in {elapsed:.2f} s")
    assert elapsed < 60


# -- command line ----------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_cli_serves_until_interrupted():
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", SEEDS, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.connect()
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline, "the mock never answered"
                time.sleep(0.1)
        try:
            answer = send(conn, "PATCH", DORA_PATH, DORA_BODY, JSON_KEY)
        finally:
            conn.close()
        assert (answer.status, answer.body) == (202, b"")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert stderr.splitlines() == [f"serving 2 operations on http://127.0.0.1:{port}"]
    assert stdout == ""


def test_cli_refuses_to_serve_pages_with_errors():
    page = "tests/fixtures/not-api-reference/apm-metrics.md"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "mock", page, "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert ": error: " in result.stderr and "the pages have errors" in result.stderr
    assert "serving" not in result.stderr and "Traceback" not in result.stderr
