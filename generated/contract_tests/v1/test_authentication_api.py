"""Contract tests of AuthenticationApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import ForbiddenException, TooManyRequestsException
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.authentication_api import AuthenticationApi

VALIDATE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
VALIDATE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
VALIDATE_RESPONSE_200 = json.loads(r"""
{
  "valid": true
}
""")


@pytest.fixture
def api(contract):
    return AuthenticationApi(contract.client)


def test_validate(api, contract):
    """GET /api/v1/validate with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/authentication.md:48 comes back parsed."""
    result = api.validate()
    contract.assert_request(
        method="GET",
        path="/api/v1/validate",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ValidateResponse, VALIDATE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, VALIDATE_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, VALIDATE_ERROR_429, id="429"),
    ],
)
def test_validate_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.validate()
    contract.assert_error(raised.value, exception, status, model, example)
