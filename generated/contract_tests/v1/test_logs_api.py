"""Contract tests of LogsApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import BadRequestException, ForbiddenException, TooManyRequestsException
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.logs_api import LogsApi

LIST_LOGS_ERROR_400 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
LIST_LOGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_LOGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_LOGS_REQUEST = json.loads(r"""
{
  "index": "main",
  "query": "host:Test*",
  "sort": "asc",
  "time": {
    "from": "2021-11-11T10:11:11+00:00",
    "timezone": "Europe/Paris",
    "to": "2021-11-11T11:11:11+00:00"
  }
}
""")
LIST_LOGS_RESPONSE_200 = json.loads(r"""
{
  "logs": [
    {
      "content": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "host": "i-0123",
        "message": "Host connected to remote",
        "service": "agent",
        "tags": [
          "team:A"
        ],
        "timestamp": "2020-05-26T13:36:14Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA"
    }
  ],
  "nextLogId": "string",
  "status": "string"
}
""")
SUBMIT_LOG_ERROR_400 = json.loads(r"""
{
  "code": 0,
  "message": "Your browser sent an invalid request."
}
""")
SUBMIT_LOG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_LOG_REQUEST_1 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_REQUEST_2 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_REQUEST_3 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_REQUEST_4 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_REQUEST_5 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_REQUEST_6 = json.loads(r"""
[
  {
    "message": "Example-Log",
    "ddtags": "host:ExampleLog"
  }
]
""")
SUBMIT_LOG_RESPONSE_200 = json.loads(r"""
{}
""")


@pytest.fixture
def api(contract):
    return LogsApi(contract.client)


def test_list_logs(api, contract):
    """POST /api/v1/logs-queries/list with the request example at docs_input/pages/logs.md:3495 goes over
    the wire as documented; the 200 example at docs_input/pages/logs.md:3535 comes back parsed."""
    result = api.list_logs(
        body=models.LogsListRequest.model_validate(LIST_LOGS_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/logs-queries/list",
        query={},
        headers={},
        content_type="application/json",
        body=LIST_LOGS_REQUEST,
    )
    contract.assert_parsed(result, models.ListLogsResponse, LIST_LOGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ListLogs400Response, LIST_LOGS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_LOGS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_LOGS_ERROR_429, id="429"),
    ],
)
def test_list_logs_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_logs(
            body=models.LogsListRequest.model_validate(LIST_LOGS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_submit_log_example_1(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:87 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_1,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


def test_submit_log_example_2(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:98 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_2,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


def test_submit_log_example_3(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:109 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_3),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_3,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


def test_submit_log_example_4(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:135 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_4),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_4,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


def test_submit_log_example_5(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:146 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_5),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_5,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


def test_submit_log_example_6(api, contract):
    """POST /v1/input with the request example at docs_input/pages/logs.md:157 goes over the wire as
    documented; the 200 example at docs_input/pages/logs.md:181 comes back parsed."""
    result = api.submit_log(
        ddtags="ddtags #1&x=y+z",
        content_encoding="contract-test",
        body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_6),
    )
    contract.assert_request(
        method="POST",
        path="/v1/input",
        query={"ddtags": ["ddtags #1&x=y+z"]},
        headers={"Content-Encoding": "contract-test"},
        content_type="application/json",
        body=SUBMIT_LOG_REQUEST_6,
    )
    contract.assert_parsed(result, models.GetInfoAboutASlackIntegrationResponse, SUBMIT_LOG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.InvalidQueryPerformedResponse, SUBMIT_LOG_ERROR_400, id="400"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, SUBMIT_LOG_ERROR_429, id="429"),
    ],
)
def test_submit_log_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.submit_log(
            ddtags="ddtags #1&x=y+z",
            content_encoding="contract-test",
            body=models.HTTPLog.model_validate(SUBMIT_LOG_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)
