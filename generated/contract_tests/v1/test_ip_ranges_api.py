"""Contract tests of IPRangesApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import TooManyRequestsException
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.ip_ranges_api import IPRangesApi

GET_IP_RANGES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_IP_RANGES_RESPONSE_200 = json.loads(r"""
{
  "agents": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "api": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "apm": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "global": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "logs": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "modified": "2019-10-31-20-00-00",
  "orchestrator": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "process": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "remote-configuration": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "synthetics": {
    "prefixes_ipv4": [],
    "prefixes_ipv4_by_location": {
      "<any-key>": []
    },
    "prefixes_ipv6": [],
    "prefixes_ipv6_by_location": {
      "<any-key>": []
    }
  },
  "synthetics-private-locations": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  },
  "version": 11,
  "webhooks": {
    "prefixes_ipv4": [],
    "prefixes_ipv6": []
  }
}
""")


@pytest.fixture
def api(contract):
    return IPRangesApi(contract.client)


def test_get_ip_ranges(api, contract):
    """GET / with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/ip-ranges.md:82 comes back parsed."""
    result = api.get_ip_ranges()
    contract.assert_request(
        method="GET",
        path="/",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetIPRangesResponse, GET_IP_RANGES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_IP_RANGES_ERROR_429, id="429"
        ),
    ],
)
def test_get_ip_ranges_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_ip_ranges()
    contract.assert_error(raised.value, exception, status, model, example)
