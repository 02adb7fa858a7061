"""Contract tests of FastlyIntegrationApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.fastly_integration_api import FastlyIntegrationApi

CREATE_FASTLY_ACCOUNT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_ACCOUNT_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_ACCOUNT_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_ACCOUNT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_ACCOUNT_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "api_key": "ExampleFastlyIntegration",
      "name": "Example-Fastly-Integration",
      "services": []
    },
    "type": "fastly-accounts"
  }
}
""")
CREATE_FASTLY_ACCOUNT_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "test-name",
      "services": [
        {
          "id": "6abc7de6893AbcDe9fghIj",
          "tags": [
            "myTag",
            "myTag2:myValue"
          ]
        }
      ]
    },
    "id": "abc123",
    "type": "fastly-accounts"
  }
}
""")
CREATE_FASTLY_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_FASTLY_SERVICE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "tags": [
        "myTag",
        "myTag2:myValue"
      ]
    },
    "id": "abc123",
    "type": "fastly-services"
  }
}
""")
CREATE_FASTLY_SERVICE_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "tags": [
        "myTag",
        "myTag2:myValue"
      ]
    },
    "id": "abc123",
    "type": "fastly-services"
  }
}
""")
DELETE_FASTLY_ACCOUNT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_ACCOUNT_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_ACCOUNT_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_ACCOUNT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_FASTLY_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_ACCOUNT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_ACCOUNT_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_ACCOUNT_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_ACCOUNT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_ACCOUNT_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "test-name",
      "services": [
        {
          "id": "6abc7de6893AbcDe9fghIj",
          "tags": [
            "myTag",
            "myTag2:myValue"
          ]
        }
      ]
    },
    "id": "abc123",
    "type": "fastly-accounts"
  }
}
""")
GET_FASTLY_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_FASTLY_SERVICE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "tags": [
        "myTag",
        "myTag2:myValue"
      ]
    },
    "id": "abc123",
    "type": "fastly-services"
  }
}
""")
LIST_FASTLY_ACCOUNTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_ACCOUNTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_ACCOUNTS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_ACCOUNTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_ACCOUNTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "name": "test-name",
        "services": [
          {
            "id": "6abc7de6893AbcDe9fghIj",
            "tags": [
              "myTag",
              "myTag2:myValue"
            ]
          }
        ]
      },
      "id": "abc123",
      "type": "fastly-accounts"
    }
  ]
}
""")
LIST_FASTLY_SERVICES_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_SERVICES_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_SERVICES_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_SERVICES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_FASTLY_SERVICES_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "tags": [
          "myTag",
          "myTag2:myValue"
        ]
      },
      "id": "abc123",
      "type": "fastly-services"
    }
  ]
}
""")
UPDATE_FASTLY_ACCOUNT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_ACCOUNT_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_ACCOUNT_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_ACCOUNT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_ACCOUNT_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "api_key": "update-secret"
    },
    "type": "fastly-accounts"
  }
}
""")
UPDATE_FASTLY_ACCOUNT_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "test-name",
      "services": [
        {
          "id": "6abc7de6893AbcDe9fghIj",
          "tags": [
            "myTag",
            "myTag2:myValue"
          ]
        }
      ]
    },
    "id": "abc123",
    "type": "fastly-accounts"
  }
}
""")
UPDATE_FASTLY_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_FASTLY_SERVICE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "tags": [
        "myTag",
        "myTag2:myValue"
      ]
    },
    "id": "abc123",
    "type": "fastly-services"
  }
}
""")
UPDATE_FASTLY_SERVICE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "tags": [
        "myTag",
        "myTag2:myValue"
      ]
    },
    "id": "abc123",
    "type": "fastly-services"
  }
}
""")


@pytest.fixture
def api(contract):
    return FastlyIntegrationApi(contract.client)


def test_create_fastly_account(api, contract):
    """POST /api/v2/integrations/fastly/accounts with the request example at
    docs_input/pages/fastly-integration.md:386 goes over the wire as documented; the 201 example at
    docs_input/pages/fastly-integration.md:423 comes back parsed."""
    result = api.create_fastly_account(
        body=models.FastlyAccountCreateRequest.model_validate(CREATE_FASTLY_ACCOUNT_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/integrations/fastly/accounts",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_FASTLY_ACCOUNT_REQUEST,
    )
    contract.assert_parsed(result, models.FastlyAccountResponse, CREATE_FASTLY_ACCOUNT_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, CREATE_FASTLY_ACCOUNT_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_FASTLY_ACCOUNT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, CREATE_FASTLY_ACCOUNT_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_FASTLY_ACCOUNT_ERROR_429, id="429"
        ),
    ],
)
def test_create_fastly_account_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_fastly_account(
            body=models.FastlyAccountCreateRequest.model_validate(CREATE_FASTLY_ACCOUNT_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_fastly_service(api, contract):
    """POST /api/v2/integrations/fastly/accounts/{account_id}/services with the request example at
    docs_input/pages/fastly-integration.md:2316 goes over the wire as documented; the 201 example at
    docs_input/pages/fastly-integration.md:2352 comes back parsed."""
    result = api.create_fastly_service(
        account_id="account_id #1/2",
        body=models.FastlyServiceRequest.model_validate(CREATE_FASTLY_SERVICE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2/services",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_FASTLY_SERVICE_REQUEST,
    )
    contract.assert_parsed(result, models.FastlyServiceResponse, CREATE_FASTLY_SERVICE_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, CREATE_FASTLY_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_FASTLY_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, CREATE_FASTLY_SERVICE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_FASTLY_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_create_fastly_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_fastly_service(
            account_id="account_id #1/2",
            body=models.FastlyServiceRequest.model_validate(CREATE_FASTLY_SERVICE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_fastly_account(api, contract):
    """DELETE /api/v2/integrations/fastly/accounts/{account_id} with no request body goes over the wire as
    documented; no content comes back."""
    result = api.delete_fastly_account(
        account_id="account_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, DELETE_FASTLY_ACCOUNT_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_FASTLY_ACCOUNT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_FASTLY_ACCOUNT_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_FASTLY_ACCOUNT_ERROR_429, id="429"
        ),
    ],
)
def test_delete_fastly_account_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_fastly_account(
            account_id="account_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_fastly_service(api, contract):
    """DELETE /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} with no request body
    goes over the wire as documented; no content comes back."""
    result = api.delete_fastly_service(
        account_id="account_id #1/2",
        service_id="service_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2/services/service_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, DELETE_FASTLY_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_FASTLY_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_FASTLY_SERVICE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_FASTLY_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_delete_fastly_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_fastly_service(
            account_id="account_id #1/2",
            service_id="service_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_fastly_account(api, contract):
    """GET /api/v2/integrations/fastly/accounts/{account_id} with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/fastly-integration.md:851 comes back parsed."""
    result = api.get_fastly_account(
        account_id="account_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.FastlyAccountResponse, GET_FASTLY_ACCOUNT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_FASTLY_ACCOUNT_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_FASTLY_ACCOUNT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_FASTLY_ACCOUNT_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_FASTLY_ACCOUNT_ERROR_429, id="429"),
    ],
)
def test_get_fastly_account_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_fastly_account(
            account_id="account_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_fastly_service(api, contract):
    """GET /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} with no request body
    goes over the wire as documented; the 200 example at docs_input/pages/fastly-integration.md:2776
    comes back parsed."""
    result = api.get_fastly_service(
        account_id="account_id #1/2",
        service_id="service_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2/services/service_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.FastlyServiceResponse, GET_FASTLY_SERVICE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_FASTLY_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_FASTLY_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_FASTLY_SERVICE_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_FASTLY_SERVICE_ERROR_429, id="429"),
    ],
)
def test_get_fastly_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_fastly_service(
            account_id="account_id #1/2",
            service_id="service_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_fastly_accounts(api, contract):
    """GET /api/v2/integrations/fastly/accounts with no request body goes over the wire as documented; the
    200 example at docs_input/pages/fastly-integration.md:51 comes back parsed."""
    result = api.list_fastly_accounts()
    contract.assert_request(
        method="GET",
        path="/api/v2/integrations/fastly/accounts",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.FastlyAccountsResponse, LIST_FASTLY_ACCOUNTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_FASTLY_ACCOUNTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_FASTLY_ACCOUNTS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, LIST_FASTLY_ACCOUNTS_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_FASTLY_ACCOUNTS_ERROR_429, id="429"),
    ],
)
def test_list_fastly_accounts_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_fastly_accounts()
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_fastly_services(api, contract):
    """GET /api/v2/integrations/fastly/accounts/{account_id}/services with no request body goes over the
    wire as documented; the 200 example at docs_input/pages/fastly-integration.md:1976 comes back
    parsed."""
    result = api.list_fastly_services(
        account_id="account_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2/services",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.FastlyServicesResponse, LIST_FASTLY_SERVICES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_FASTLY_SERVICES_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_FASTLY_SERVICES_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, LIST_FASTLY_SERVICES_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_FASTLY_SERVICES_ERROR_429, id="429"),
    ],
)
def test_list_fastly_services_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_fastly_services(
            account_id="account_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_fastly_account(api, contract):
    """PATCH /api/v2/integrations/fastly/accounts/{account_id} with the request example at
    docs_input/pages/fastly-integration.md:1213 goes over the wire as documented; the 200 example at
    docs_input/pages/fastly-integration.md:1248 comes back parsed."""
    result = api.update_fastly_account(
        account_id="account_id #1/2",
        body=models.FastlyAccountUpdateRequest.model_validate(UPDATE_FASTLY_ACCOUNT_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_FASTLY_ACCOUNT_REQUEST,
    )
    contract.assert_parsed(result, models.FastlyAccountResponse, UPDATE_FASTLY_ACCOUNT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_FASTLY_ACCOUNT_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_FASTLY_ACCOUNT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_FASTLY_ACCOUNT_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_FASTLY_ACCOUNT_ERROR_429, id="429"
        ),
    ],
)
def test_update_fastly_account_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_fastly_account(
            account_id="account_id #1/2",
            body=models.FastlyAccountUpdateRequest.model_validate(UPDATE_FASTLY_ACCOUNT_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_fastly_service(api, contract):
    """PATCH /api/v2/integrations/fastly/accounts/{account_id}/services/{service_id} with the request
    example at docs_input/pages/fastly-integration.md:3119 goes over the wire as documented; the 200
    example at docs_input/pages/fastly-integration.md:3155 comes back parsed."""
    result = api.update_fastly_service(
        account_id="account_id #1/2",
        service_id="service_id #1/2",
        body=models.FastlyServiceRequest.model_validate(UPDATE_FASTLY_SERVICE_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/integrations/fastly/accounts/account_id%20%231%2F2/services/service_id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_FASTLY_SERVICE_REQUEST,
    )
    contract.assert_parsed(result, models.FastlyServiceResponse, UPDATE_FASTLY_SERVICE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_FASTLY_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_FASTLY_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_FASTLY_SERVICE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_FASTLY_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_update_fastly_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_fastly_service(
            account_id="account_id #1/2",
            service_id="service_id #1/2",
            body=models.FastlyServiceRequest.model_validate(UPDATE_FASTLY_SERVICE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
