"""Every generated ``<operation>_with_pagination`` against the mock server: the next page is asked for with
the cursor the documented answer gives, in the place the page documents (query parameter or body field).

The mock answers every page with the documented example, which hands back the same cursor: the client
stops after the second page (a cursor handed back again would loop forever), so each call is exactly two
requests and yields the example's results twice."""

import json
import re
from urllib.parse import parse_qs, urlsplit

from generator.mock import MockServer
from generated_sdk import GENERATED, run_python

PAGINATED_RE = re.compile(r"def (\w+)_with_pagination\(")

SCRIPT = """
import importlib, inspect, json, sys
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.pagination import read  # models, or dicts where a documented answer breaks its model
out = []
with ApiClient(Configuration()) as client:
    for module, cls, name in json.loads(sys.argv[1]):
        api = getattr(importlib.import_module(f"datadog_api_client.{module}"), cls)(client)
        required = inspect.signature(getattr(api, name)).parameters.get("body")
        kwargs = {"body": {}} if required is not None and required.default is inspect.Parameter.empty else {}
        first = getattr(api, name)(**kwargs)
        items = list(getattr(api, name + "_with_pagination")(**kwargs))
        after, data = read(first, ("meta", "page", "after")), read(first, ("data",))
        out.append({"name": name, "after": after, "data": len(data), "items": len(items)})
print(json.dumps(out))
"""


def paginated_methods() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((GENERATED / "datadog_api_client").glob("v*/api/*_api.py")):
        source = path.read_text(encoding="utf-8")
        (cls,) = re.findall(r"^class (\w+Api)\b", source, re.MULTILINE)
        module = f"{path.parent.parent.name}.api.{path.stem}"
        found += [(module, cls, name) for name in PAGINATED_RE.findall(source)]
    return found


def test_each_paginated_operation_sends_the_documented_cursor_for_its_next_page(spec):
    methods = paginated_methods()
    assert len(methods) == 11  # list and search operations of audit, CI, events, logs, processes, RUM
    with MockServer(spec, record=True) as server:
        keys = {"DD_API_KEY": "k" * 32, "DD_APP_KEY": "a" * 40, "DD_API_HOST": server.url}
        result = run_python(SCRIPT, json.dumps(methods), **keys)
        assert result.returncode == 0, result.stderr
        assert not server.errors
        requests = list(server.requests)
    calls = json.loads(result.stdout)
    assert len(requests) == 3 * len(calls)
    for n, call in enumerate(calls):
        plain, first, second = requests[3 * n : 3 * n + 3]
        assert call["after"], call  # every paginated example documents a next cursor
        assert call["items"] == 2 * call["data"] > 0, call
        assert first.target == plain.target and first.body == plain.body, call
        if first.method == "GET":
            query = parse_qs(urlsplit(second.target).query)
            assert query.pop("page[cursor]") == [call["after"]], call
            assert query == parse_qs(urlsplit(first.target).query), call
        else:
            sent = json.loads(second.body)
            assert sent["page"].pop("cursor") == call["after"], call
            assert sent == {**json.loads(first.body or b"{}"), "page": sent["page"]}, call
