"""Contract tests of DeploymentGatesApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
    UnstableOperationDisabledError,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.deployment_gates_api import DeploymentGatesApi

CREATE_DEPLOYMENT_GATE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_DEPLOYMENT_GATE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_GATE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_GATE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_GATE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_DEPLOYMENT_GATE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "dry_run": false,
      "env": "production",
      "identifier": "my-gate-1",
      "service": "my-service"
    },
    "type": "deployment_gate"
  }
}
""")
CREATE_DEPLOYMENT_GATE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "env": "production",
      "identifier": "pre",
      "service": "my-service",
      "updated_at": "2021-01-01T00:00:00Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_gate"
  }
}
""")
CREATE_DEPLOYMENT_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_DEPLOYMENT_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEPLOYMENT_RULE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_DEPLOYMENT_RULE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "dry_run": false,
      "name": "My deployment rule",
      "options": {
        "excluded_resources": []
      },
      "type": "faulty_deployment_detection"
    },
    "type": "deployment_rule"
  }
}
""")
CREATE_DEPLOYMENT_RULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "gate_id": "1111-2222-3333-4444-555566667777",
      "name": "My deployment rule",
      "options": {
        "duration": 3600,
        "excluded_resources": [
          "resource1",
          "resource2"
        ]
      },
      "type": "faulty_deployment_detection",
      "updated_at": "2019-09-19T10:00:00.000Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_rule"
  }
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_GATE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEPLOYMENT_RULE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "env": "production",
      "identifier": "pre",
      "service": "my-service",
      "updated_at": "2021-01-01T00:00:00Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_gate"
  }
}
""")
GET_DEPLOYMENT_GATE_RULES_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_RULES_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_RULES_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_RULES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_GATE_RULES_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_GATE_RULES_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "rules": [
        {
          "created_at": "2021-01-01T00:00:00Z",
          "created_by": {
            "handle": "test-user",
            "id": "1111-2222-3333-4444-555566667777",
            "name": "Test User"
          },
          "dry_run": false,
          "gate_id": "1111-2222-3333-4444-555566667777",
          "name": "My deployment rule",
          "options": {
            "duration": 3600,
            "excluded_resources": [
              "resource1",
              "resource2"
            ]
          },
          "type": "faulty_deployment_detection",
          "updated_at": "2019-09-19T10:00:00.000Z",
          "updated_by": {
            "handle": "test-user",
            "id": "1111-2222-3333-4444-555566667777",
            "name": "Test User"
          }
        }
      ]
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "list_deployment_rules"
  }
}
""")
GET_DEPLOYMENT_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEPLOYMENT_RULE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
GET_DEPLOYMENT_RULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "gate_id": "1111-2222-3333-4444-555566667777",
      "name": "My deployment rule",
      "options": {
        "duration": 3600,
        "excluded_resources": [
          "resource1",
          "resource2"
        ]
      },
      "type": "faulty_deployment_detection",
      "updated_at": "2019-09-19T10:00:00.000Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_rule"
  }
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_GATE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "dry_run": false
    },
    "id": "12345678-1234-1234-1234-123456789012",
    "type": "deployment_gate"
  }
}
""")
UPDATE_DEPLOYMENT_GATE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "env": "production",
      "identifier": "pre",
      "service": "my-service",
      "updated_at": "2021-01-01T00:00:00Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_gate"
  }
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
UPDATE_DEPLOYMENT_RULE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "dry_run": false,
      "name": "Updated deployment rule",
      "options": {
        "excluded_resources": []
      }
    },
    "type": "deployment_rule"
  }
}
""")
UPDATE_DEPLOYMENT_RULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "created_at": "2021-01-01T00:00:00Z",
      "created_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      },
      "dry_run": false,
      "gate_id": "1111-2222-3333-4444-555566667777",
      "name": "My deployment rule",
      "options": {
        "duration": 3600,
        "excluded_resources": [
          "resource1",
          "resource2"
        ]
      },
      "type": "faulty_deployment_detection",
      "updated_at": "2019-09-19T10:00:00.000Z",
      "updated_by": {
        "handle": "test-user",
        "id": "1111-2222-3333-4444-555566667777",
        "name": "Test User"
      }
    },
    "id": "1111-2222-3333-4444-555566667777",
    "type": "deployment_rule"
  }
}
""")


@pytest.fixture
def api(contract):
    return DeploymentGatesApi(contract.client)


def test_create_deployment_gate(api, contract):
    """POST /api/v2/deployment_gates with the request example at docs_input/pages/deployment-gates.md:51
    goes over the wire as documented; the 200 example at docs_input/pages/deployment-gates.md:99 comes
    back parsed."""
    contract.enable("create_deployment_gate")
    result = api.create_deployment_gate(
        body=models.CreateDeploymentGateParams.model_validate(CREATE_DEPLOYMENT_GATE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/deployment_gates",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_DEPLOYMENT_GATE_REQUEST,
    )
    contract.assert_parsed(result, models.DeploymentGateResponse, CREATE_DEPLOYMENT_GATE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, CREATE_DEPLOYMENT_GATE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, CREATE_DEPLOYMENT_GATE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_DEPLOYMENT_GATE_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_DEPLOYMENT_GATE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, CREATE_DEPLOYMENT_GATE_ERROR_500, id="500"),
    ],
)
def test_create_deployment_gate_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("create_deployment_gate")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_deployment_gate(
            body=models.CreateDeploymentGateParams.model_validate(CREATE_DEPLOYMENT_GATE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_deployment_gate_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the request example at
    docs_input/pages/deployment-gates.md:51."""
    with pytest.raises(UnstableOperationDisabledError):
        api.create_deployment_gate(
            body=models.CreateDeploymentGateParams.model_validate(CREATE_DEPLOYMENT_GATE_REQUEST),
        )
    contract.assert_nothing_sent()
    contract.enable("create_deployment_gate")
    api.create_deployment_gate(
        body=models.CreateDeploymentGateParams.model_validate(CREATE_DEPLOYMENT_GATE_REQUEST),
    )
    contract.sent()  # once enabled, the request goes out


def test_create_deployment_rule(api, contract):
    """POST /api/v2/deployment_gates/{gate_id}/rules with the request example at
    docs_input/pages/deployment-gates.md:2023 goes over the wire as documented; the 200 example at
    docs_input/pages/deployment-gates.md:2080 comes back parsed."""
    contract.enable("create_deployment_rule")
    result = api.create_deployment_rule(
        gate_id="gate_id #1/2",
        body=models.CreateDeploymentRuleParams.model_validate(CREATE_DEPLOYMENT_RULE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/deployment_gates/gate_id%20%231%2F2/rules",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_DEPLOYMENT_RULE_REQUEST,
    )
    contract.assert_parsed(result, models.DeploymentRuleResponse, CREATE_DEPLOYMENT_RULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, CREATE_DEPLOYMENT_RULE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, CREATE_DEPLOYMENT_RULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_DEPLOYMENT_RULE_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_DEPLOYMENT_RULE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, CREATE_DEPLOYMENT_RULE_ERROR_500, id="500"),
    ],
)
def test_create_deployment_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("create_deployment_rule")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_deployment_rule(
            gate_id="gate_id #1/2",
            body=models.CreateDeploymentRuleParams.model_validate(CREATE_DEPLOYMENT_RULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_deployment_rule_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the request example at
    docs_input/pages/deployment-gates.md:2023."""
    with pytest.raises(UnstableOperationDisabledError):
        api.create_deployment_rule(
            gate_id="gate_id #1/2",
            body=models.CreateDeploymentRuleParams.model_validate(CREATE_DEPLOYMENT_RULE_REQUEST),
        )
    contract.assert_nothing_sent()
    contract.enable("create_deployment_rule")
    api.create_deployment_rule(
        gate_id="gate_id #1/2",
        body=models.CreateDeploymentRuleParams.model_validate(CREATE_DEPLOYMENT_RULE_REQUEST),
    )
    contract.sent()  # once enabled, the request goes out


def test_delete_deployment_gate(api, contract):
    """DELETE /api/v2/deployment_gates/{id} with no request body goes over the wire as documented; no
    content comes back."""
    contract.enable("delete_deployment_gate")
    result = api.delete_deployment_gate(
        id="id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/deployment_gates/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_GATE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, DELETE_DEPLOYMENT_GATE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_DEPLOYMENT_GATE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_GATE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_DEPLOYMENT_GATE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_GATE_ERROR_500, id="500"),
    ],
)
def test_delete_deployment_gate_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("delete_deployment_gate")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_deployment_gate(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_deployment_gate_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.delete_deployment_gate(
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("delete_deployment_gate")
    api.delete_deployment_gate(
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_delete_deployment_rule(api, contract):
    """DELETE /api/v2/deployment_gates/{gate_id}/rules/{id} with no request body goes over the wire as
    documented; no content comes back."""
    contract.enable("delete_deployment_rule")
    result = api.delete_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/deployment_gates/gate_id%20%231%2F2/rules/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_RULE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, DELETE_DEPLOYMENT_RULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_DEPLOYMENT_RULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_RULE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_DEPLOYMENT_RULE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, DELETE_DEPLOYMENT_RULE_ERROR_500, id="500"),
    ],
)
def test_delete_deployment_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("delete_deployment_rule")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_deployment_rule_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.delete_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("delete_deployment_rule")
    api.delete_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_get_deployment_gate(api, contract):
    """GET /api/v2/deployment_gates/{id} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/deployment-gates.md:600 comes back parsed."""
    contract.enable("get_deployment_gate")
    result = api.get_deployment_gate(
        id="id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/deployment_gates/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DeploymentGateResponse, GET_DEPLOYMENT_GATE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_GATE_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_GATE_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_ERROR_429, id="429"),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_GATE_ERROR_500, id="500"),
    ],
)
def test_get_deployment_gate_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_deployment_gate")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_deployment_gate(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_deployment_gate_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_deployment_gate(
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("get_deployment_gate")
    api.get_deployment_gate(
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_get_deployment_gate_rules(api, contract):
    """GET /api/v2/deployment_gates/{gate_id}/rules with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/deployment-gates.md:4213 comes back parsed."""
    contract.enable("get_deployment_gate_rules")
    result = api.get_deployment_gate_rules(
        gate_id="gate_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/deployment_gates/gate_id%20%231%2F2/rules",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListDeploymentRuleResponse, GET_DEPLOYMENT_GATE_RULES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_GATE_RULES_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_RULES_ERROR_401, id="401"
        ),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_RULES_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_DEPLOYMENT_GATE_RULES_ERROR_429, id="429"
        ),
        pytest.param(
            500, ServiceException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_GATE_RULES_ERROR_500, id="500"
        ),
    ],
)
def test_get_deployment_gate_rules_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_deployment_gate_rules")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_deployment_gate_rules(
            gate_id="gate_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_deployment_gate_rules_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_deployment_gate_rules(
            gate_id="gate_id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("get_deployment_gate_rules")
    api.get_deployment_gate_rules(
        gate_id="gate_id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_get_deployment_rule(api, contract):
    """GET /api/v2/deployment_gates/{gate_id}/rules/{id} with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/deployment-gates.md:2640 comes back parsed."""
    contract.enable("get_deployment_rule")
    result = api.get_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/deployment_gates/gate_id%20%231%2F2/rules/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DeploymentRuleResponse, GET_DEPLOYMENT_RULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_RULE_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_DEPLOYMENT_RULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_DEPLOYMENT_RULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_RULE_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_DEPLOYMENT_RULE_ERROR_429, id="429"),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, GET_DEPLOYMENT_RULE_ERROR_500, id="500"),
    ],
)
def test_get_deployment_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_deployment_rule")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_deployment_rule_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("get_deployment_rule")
    api.get_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_update_deployment_gate(api, contract):
    """PUT /api/v2/deployment_gates/{id} with the request example at
    docs_input/pages/deployment-gates.md:1049 goes over the wire as documented; the 200 example at
    docs_input/pages/deployment-gates.md:1095 comes back parsed."""
    contract.enable("update_deployment_gate")
    result = api.update_deployment_gate(
        id="id #1/2",
        body=models.UpdateDeploymentGateParams.model_validate(UPDATE_DEPLOYMENT_GATE_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/deployment_gates/id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_DEPLOYMENT_GATE_REQUEST,
    )
    contract.assert_parsed(result, models.DeploymentGateResponse, UPDATE_DEPLOYMENT_GATE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_GATE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_GATE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_GATE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_GATE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_GATE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_GATE_ERROR_500, id="500"),
    ],
)
def test_update_deployment_gate_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("update_deployment_gate")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_deployment_gate(
            id="id #1/2",
            body=models.UpdateDeploymentGateParams.model_validate(UPDATE_DEPLOYMENT_GATE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_deployment_gate_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the request example at
    docs_input/pages/deployment-gates.md:1049."""
    with pytest.raises(UnstableOperationDisabledError):
        api.update_deployment_gate(
            id="id #1/2",
            body=models.UpdateDeploymentGateParams.model_validate(UPDATE_DEPLOYMENT_GATE_REQUEST),
        )
    contract.assert_nothing_sent()
    contract.enable("update_deployment_gate")
    api.update_deployment_gate(
        id="id #1/2",
        body=models.UpdateDeploymentGateParams.model_validate(UPDATE_DEPLOYMENT_GATE_REQUEST),
    )
    contract.sent()  # once enabled, the request goes out


def test_update_deployment_rule(api, contract):
    """PUT /api/v2/deployment_gates/{gate_id}/rules/{id} with the request example at
    docs_input/seeds/update-deployment-rule.md:62 goes over the wire as documented; the 200 example at
    docs_input/seeds/update-deployment-rule.md:118 comes back parsed."""
    contract.enable("update_deployment_rule")
    result = api.update_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
        body=models.UpdateDeploymentRuleParams.model_validate(UPDATE_DEPLOYMENT_RULE_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/deployment_gates/gate_id%20%231%2F2/rules/id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_DEPLOYMENT_RULE_REQUEST,
    )
    contract.assert_parsed(result, models.DeploymentRuleResponse, UPDATE_DEPLOYMENT_RULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_RULE_ERROR_400, id="400"
        ),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_RULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_RULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_RULE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_DEPLOYMENT_RULE_ERROR_429, id="429"
        ),
        pytest.param(500, ServiceException, models.ErrorsOccurredResponse, UPDATE_DEPLOYMENT_RULE_ERROR_500, id="500"),
    ],
)
def test_update_deployment_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("update_deployment_rule")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
            body=models.UpdateDeploymentRuleParams.model_validate(UPDATE_DEPLOYMENT_RULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_deployment_rule_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the request example at
    docs_input/seeds/update-deployment-rule.md:62."""
    with pytest.raises(UnstableOperationDisabledError):
        api.update_deployment_rule(
            gate_id="gate_id #1/2",
            id="id #1/2",
            body=models.UpdateDeploymentRuleParams.model_validate(UPDATE_DEPLOYMENT_RULE_REQUEST),
        )
    contract.assert_nothing_sent()
    contract.enable("update_deployment_rule")
    api.update_deployment_rule(
        gate_id="gate_id #1/2",
        id="id #1/2",
        body=models.UpdateDeploymentRuleParams.model_validate(UPDATE_DEPLOYMENT_RULE_REQUEST),
    )
    contract.sent()  # once enabled, the request goes out
