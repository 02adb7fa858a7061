"""Contract tests of OpsgenieIntegrationApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.opsgenie_integration_api import OpsgenieIntegrationApi

CREATE_OPSGENIE_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_OPSGENIE_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_OPSGENIE_SERVICE_ERROR_409 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_OPSGENIE_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_OPSGENIE_SERVICE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Example-Opsgenie-Integration",
      "opsgenie_api_key": "00000000-0000-0000-0000-000000000000",
      "region": "us"
    },
    "type": "opsgenie-service"
  }
}
""")
CREATE_OPSGENIE_SERVICE_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "custom_url": null,
      "name": "fake-opsgenie-service-name",
      "region": "us"
    },
    "id": "596da4af-0563-4097-90ff-07230c3f9db3",
    "type": "opsgenie-service"
  }
}
""")
DELETE_OPSGENIE_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_OPSGENIE_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_OPSGENIE_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_OPSGENIE_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_ERROR_409 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPSGENIE_SERVICE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "custom_url": null,
      "name": "fake-opsgenie-service-name",
      "region": "us"
    },
    "id": "596da4af-0563-4097-90ff-07230c3f9db3",
    "type": "opsgenie-service"
  }
}
""")
LIST_OPSGENIE_SERVICES_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_OPSGENIE_SERVICES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_OPSGENIE_SERVICES_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "custom_url": null,
        "name": "fake-opsgenie-service-name",
        "region": "us"
      },
      "id": "596da4af-0563-4097-90ff-07230c3f9db3",
      "type": "opsgenie-service"
    }
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_ERROR_409 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPSGENIE_SERVICE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "fake-opsgenie-service-name--updated",
      "opsgenie_api_key": "00000000-0000-0000-0000-000000000000",
      "region": "eu"
    },
    "id": "596da4af-0563-4097-90ff-07230c3f9db3",
    "type": "opsgenie-service"
  }
}
""")
UPDATE_OPSGENIE_SERVICE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "custom_url": null,
      "name": "fake-opsgenie-service-name",
      "region": "us"
    },
    "id": "596da4af-0563-4097-90ff-07230c3f9db3",
    "type": "opsgenie-service"
  }
}
""")


@pytest.fixture
def api(contract):
    return OpsgenieIntegrationApi(contract.client)


def test_create_opsgenie_service(api, contract):
    """POST /api/v2/integration/opsgenie/services with the request example at
    docs_input/pages/opsgenie-integration.md:327 goes over the wire as documented; the 201 example at
    docs_input/pages/opsgenie-integration.md:363 comes back parsed."""
    result = api.create_opsgenie_service(
        body=models.OpsgenieServiceCreateRequest.model_validate(CREATE_OPSGENIE_SERVICE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/integration/opsgenie/services",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_OPSGENIE_SERVICE_REQUEST,
    )
    contract.assert_parsed(result, models.OpsgenieServiceResponse, CREATE_OPSGENIE_SERVICE_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, CREATE_OPSGENIE_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_OPSGENIE_SERVICE_ERROR_403, id="403"),
        pytest.param(409, ConflictException, models.APIErrorResponse2, CREATE_OPSGENIE_SERVICE_ERROR_409, id="409"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_OPSGENIE_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_create_opsgenie_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_opsgenie_service(
            body=models.OpsgenieServiceCreateRequest.model_validate(CREATE_OPSGENIE_SERVICE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_opsgenie_service(api, contract):
    """DELETE /api/v2/integration/opsgenie/services/{integration_service_id} with no request body goes over
    the wire as documented; no content comes back."""
    result = api.delete_opsgenie_service(
        integration_service_id="integration_service_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/integration/opsgenie/services/integration_service_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, DELETE_OPSGENIE_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_OPSGENIE_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_OPSGENIE_SERVICE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_OPSGENIE_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_delete_opsgenie_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_opsgenie_service(
            integration_service_id="integration_service_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_opsgenie_service(api, contract):
    """GET /api/v2/integration/opsgenie/services/{integration_service_id} with no request body goes over
    the wire as documented; the 200 example at docs_input/pages/opsgenie-integration.md:787 comes back
    parsed."""
    result = api.get_opsgenie_service(
        integration_service_id="integration_service_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/integration/opsgenie/services/integration_service_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.OpsgenieServiceResponse, GET_OPSGENIE_SERVICE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_OPSGENIE_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_OPSGENIE_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_OPSGENIE_SERVICE_ERROR_404, id="404"),
        pytest.param(409, ConflictException, models.APIErrorResponse2, GET_OPSGENIE_SERVICE_ERROR_409, id="409"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_OPSGENIE_SERVICE_ERROR_429, id="429"),
    ],
)
def test_get_opsgenie_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_opsgenie_service(
            integration_service_id="integration_service_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_opsgenie_services(api, contract):
    """GET /api/v2/integration/opsgenie/services with no request body goes over the wire as documented; the
    200 example at docs_input/pages/opsgenie-integration.md:50 comes back parsed."""
    result = api.list_opsgenie_services()
    contract.assert_request(
        method="GET",
        path="/api/v2/integration/opsgenie/services",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.OpsgenieServicesResponse, LIST_OPSGENIE_SERVICES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_OPSGENIE_SERVICES_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, LIST_OPSGENIE_SERVICES_ERROR_429, id="429"
        ),
    ],
)
def test_list_opsgenie_services_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_opsgenie_services()
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_opsgenie_service(api, contract):
    """PATCH /api/v2/integration/opsgenie/services/{integration_service_id} with the request example at
    docs_input/pages/opsgenie-integration.md:1172 goes over the wire as documented; the 200 example at
    docs_input/pages/opsgenie-integration.md:1209 comes back parsed."""
    result = api.update_opsgenie_service(
        integration_service_id="integration_service_id #1/2",
        body=models.OpsgenieServiceUpdateRequest.model_validate(UPDATE_OPSGENIE_SERVICE_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/integration/opsgenie/services/integration_service_id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_OPSGENIE_SERVICE_REQUEST,
    )
    contract.assert_parsed(result, models.OpsgenieServiceResponse, UPDATE_OPSGENIE_SERVICE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_OPSGENIE_SERVICE_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_OPSGENIE_SERVICE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_OPSGENIE_SERVICE_ERROR_404, id="404"),
        pytest.param(409, ConflictException, models.APIErrorResponse2, UPDATE_OPSGENIE_SERVICE_ERROR_409, id="409"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_OPSGENIE_SERVICE_ERROR_429, id="429"
        ),
    ],
)
def test_update_opsgenie_service_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_opsgenie_service(
            integration_service_id="integration_service_id #1/2",
            body=models.OpsgenieServiceUpdateRequest.model_validate(UPDATE_OPSGENIE_SERVICE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
