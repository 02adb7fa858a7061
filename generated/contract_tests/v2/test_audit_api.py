"""Contract tests of AuditApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import BadRequestException, ForbiddenException, TooManyRequestsException
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.audit_api import AuditApi

LIST_AUDIT_LOGS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_AUDIT_LOGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_AUDIT_LOGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_AUDIT_LOGS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "message": "string",
        "service": "web-app",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "audit"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/audit/event?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
    "page": {
      "after": "eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
    },
    "request_id": "MWlFUjVaWGZTTTZPYzM0VXp1OXU2d3xLSVpEMjZKQ0VKUTI0dEYtM3RSOFVR",
    "status": "done",
    "warnings": [
      {
        "code": "unknown_index",
        "detail": "indexes: foo, bar",
        "title": "One or several indexes are missing or invalid, results hold data from the other indexes"
      }
    ]
  }
}
""")
SEARCH_AUDIT_LOGS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_AUDIT_LOGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_AUDIT_LOGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_AUDIT_LOGS_REQUEST_1 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "query": "@type:session AND @session.type:user",
    "to": "now"
  },
  "options": {
    "time_offset": 0,
    "timezone": "GMT"
  },
  "page": {
    "limit": 25
  },
  "sort": "timestamp"
}
""")
SEARCH_AUDIT_LOGS_REQUEST_2 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "to": "now"
  },
  "options": {
    "timezone": "GMT"
  },
  "page": {
    "limit": 2
  },
  "sort": "timestamp"
}
""")
SEARCH_AUDIT_LOGS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "message": "string",
        "service": "web-app",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "audit"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/audit/event?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
    "page": {
      "after": "eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
    },
    "request_id": "MWlFUjVaWGZTTTZPYzM0VXp1OXU2d3xLSVpEMjZKQ0VKUTI0dEYtM3RSOFVR",
    "status": "done",
    "warnings": [
      {
        "code": "unknown_index",
        "detail": "indexes: foo, bar",
        "title": "One or several indexes are missing or invalid, results hold data from the other indexes"
      }
    ]
  }
}
""")


@pytest.fixture
def api(contract):
    return AuditApi(contract.client)


def test_list_audit_logs(api, contract):
    """GET /api/v2/audit/events with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/audit.md:885 comes back parsed."""
    result = api.list_audit_logs(
        filter_query="filter[query] #1&x=y+z",
        filter_from="filter[from] #1&x=y+z",
        filter_to="filter[to] #1&x=y+z",
        sort="timestamp",
        page_cursor="page[cursor] #1&x=y+z",
        page_limit=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/audit/events",
        query={
            "filter[query]": ["filter[query] #1&x=y+z"],
            "filter[from]": ["filter[from] #1&x=y+z"],
            "filter[to]": ["filter[to] #1&x=y+z"],
            "sort": ["timestamp"],
            "page[cursor]": ["page[cursor] #1&x=y+z"],
            "page[limit]": ["42"],
        },
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.AuditsResponse, LIST_AUDIT_LOGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_AUDIT_LOGS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_AUDIT_LOGS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_AUDIT_LOGS_ERROR_429, id="429"),
    ],
)
def test_list_audit_logs_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_audit_logs(
            filter_query="filter[query] #1&x=y+z",
            filter_from="filter[from] #1&x=y+z",
            filter_to="filter[to] #1&x=y+z",
            sort="timestamp",
            page_cursor="page[cursor] #1&x=y+z",
            page_limit=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_search_audit_logs_example_1(api, contract):
    """POST /api/v2/audit/events/search with the request example at docs_input/pages/audit.md:62 goes over
    the wire as documented; the 200 example at docs_input/pages/audit.md:135 comes back parsed."""
    result = api.search_audit_logs(
        body=models.AuditLogsSearchEventsRequest.model_validate(SEARCH_AUDIT_LOGS_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/audit/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_AUDIT_LOGS_REQUEST_1,
    )
    contract.assert_parsed(result, models.AuditsResponse, SEARCH_AUDIT_LOGS_RESPONSE_200)


def test_search_audit_logs_example_2(api, contract):
    """POST /api/v2/audit/events/search with the request example at docs_input/pages/audit.md:82 goes over
    the wire as documented; the 200 example at docs_input/pages/audit.md:135 comes back parsed."""
    result = api.search_audit_logs(
        body=models.AuditLogsSearchEventsRequest.model_validate(SEARCH_AUDIT_LOGS_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/audit/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_AUDIT_LOGS_REQUEST_2,
    )
    contract.assert_parsed(result, models.AuditsResponse, SEARCH_AUDIT_LOGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, SEARCH_AUDIT_LOGS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, SEARCH_AUDIT_LOGS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, SEARCH_AUDIT_LOGS_ERROR_429, id="429"),
    ],
)
def test_search_audit_logs_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.search_audit_logs(
            body=models.AuditLogsSearchEventsRequest.model_validate(SEARCH_AUDIT_LOGS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)
