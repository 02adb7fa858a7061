"""Contract tests of ServiceChecksApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    ApiException,
    BadRequestException,
    ForbiddenException,
    TooManyRequestsException,
)
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.service_checks_api import ServiceChecksApi

SUBMIT_SERVICE_CHECK_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_SERVICE_CHECK_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_SERVICE_CHECK_ERROR_408 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_SERVICE_CHECK_ERROR_413 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_SERVICE_CHECK_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SUBMIT_SERVICE_CHECK_REQUEST = json.loads(r"""
[
  {
    "check": "app.ok",
    "host_name": "host",
    "status": 0,
    "tags": [
      "test:ExampleServiceCheck"
    ]
  }
]
""")
SUBMIT_SERVICE_CHECK_RESPONSE_202 = json.loads(r"""
{
  "status": "ok"
}
""")


@pytest.fixture
def api(contract):
    return ServiceChecksApi(contract.client)


def test_submit_service_check(api, contract):
    """POST /api/v1/check_run with the request example at docs_input/pages/service-checks.md:65 goes over
    the wire as documented; the 202 example at docs_input/pages/service-checks.md:95 comes back parsed."""
    result = api.submit_service_check(
        body=models.ServiceChecks.model_validate(SUBMIT_SERVICE_CHECK_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/check_run",
        query={},
        headers={},
        content_type="application/json",
        body=SUBMIT_SERVICE_CHECK_REQUEST,
    )
    contract.assert_parsed(result, models.SubmitServiceCheckResponse, SUBMIT_SERVICE_CHECK_RESPONSE_202)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, SUBMIT_SERVICE_CHECK_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, SUBMIT_SERVICE_CHECK_ERROR_403, id="403"
        ),
        pytest.param(408, ApiException, models.ErrorResponseObjectResponse, SUBMIT_SERVICE_CHECK_ERROR_408, id="408"),
        pytest.param(413, ApiException, models.ErrorResponseObjectResponse, SUBMIT_SERVICE_CHECK_ERROR_413, id="413"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, SUBMIT_SERVICE_CHECK_ERROR_429, id="429"
        ),
    ],
)
def test_submit_service_check_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.submit_service_check(
            body=models.ServiceChecks.model_validate(SUBMIT_SERVICE_CHECK_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
