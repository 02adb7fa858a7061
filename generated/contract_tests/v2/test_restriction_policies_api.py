"""Contract tests of RestrictionPoliciesApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import BadRequestException, ForbiddenException, TooManyRequestsException
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.restriction_policies_api import RestrictionPoliciesApi

DELETE_RESTRICTION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_RESTRICTION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_RESTRICTION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RESTRICTION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RESTRICTION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RESTRICTION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RESTRICTION_POLICY_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "bindings": [
        {
          "principals": [
            "role:00000000-0000-1111-0000-000000000000"
          ],
          "relation": "editor"
        }
      ]
    },
    "id": "dashboard:abc-def-ghi",
    "type": "restriction_policy"
  }
}
""")
UPDATE_RESTRICTION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RESTRICTION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RESTRICTION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RESTRICTION_POLICY_REQUEST = json.loads(r"""
{
  "data": {
    "id": "dashboard:test-update",
    "type": "restriction_policy",
    "attributes": {
      "bindings": [
        {
          "relation": "editor",
          "principals": [
            "org:00000000-0000-beef-0000-000000000000"
          ]
        }
      ]
    }
  }
}
""")
UPDATE_RESTRICTION_POLICY_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "bindings": [
        {
          "principals": [
            "role:00000000-0000-1111-0000-000000000000"
          ],
          "relation": "editor"
        }
      ]
    },
    "id": "dashboard:abc-def-ghi",
    "type": "restriction_policy"
  }
}
""")


@pytest.fixture
def api(contract):
    return RestrictionPoliciesApi(contract.client)


def test_delete_restriction_policy(api, contract):
    """DELETE /api/v2/restriction_policy/{resource_id} with no request body goes over the wire as
    documented; no content comes back."""
    result = api.delete_restriction_policy(
        resource_id="resource_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/restriction_policy/resource_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, DELETE_RESTRICTION_POLICY_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_RESTRICTION_POLICY_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_RESTRICTION_POLICY_ERROR_429, id="429"
        ),
    ],
)
def test_delete_restriction_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_restriction_policy(
            resource_id="resource_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_restriction_policy(api, contract):
    """GET /api/v2/restriction_policy/{resource_id} with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/restriction-policies.md:632 comes back parsed."""
    result = api.get_restriction_policy(
        resource_id="resource_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/restriction_policy/resource_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RestrictionPolicyUpdateRequest, GET_RESTRICTION_POLICY_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_RESTRICTION_POLICY_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_RESTRICTION_POLICY_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_RESTRICTION_POLICY_ERROR_429, id="429"
        ),
    ],
)
def test_get_restriction_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_restriction_policy(
            resource_id="resource_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_restriction_policy(api, contract):
    """POST /api/v2/restriction_policy/{resource_id} with the request example at
    docs_input/pages/restriction-policies.md:127 goes over the wire as documented; the 200 example at
    docs_input/pages/restriction-policies.md:169 comes back parsed."""
    result = api.update_restriction_policy(
        resource_id="resource_id #1/2",
        allow_self_lockout=True,
        body=models.RestrictionPolicyUpdateRequest.model_validate(UPDATE_RESTRICTION_POLICY_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/restriction_policy/resource_id%20%231%2F2",
        query={"allow_self_lockout": ["true"]},
        headers={},
        content_type="application/json",
        body=UPDATE_RESTRICTION_POLICY_REQUEST,
    )
    contract.assert_parsed(result, models.RestrictionPolicyUpdateRequest, UPDATE_RESTRICTION_POLICY_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_RESTRICTION_POLICY_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_RESTRICTION_POLICY_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_RESTRICTION_POLICY_ERROR_429, id="429"
        ),
    ],
)
def test_update_restriction_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_restriction_policy(
            resource_id="resource_id #1/2",
            allow_self_lockout=True,
            body=models.RestrictionPolicyUpdateRequest.model_validate(UPDATE_RESTRICTION_POLICY_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
