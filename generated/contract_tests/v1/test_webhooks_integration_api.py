"""Contract tests of WebhooksIntegrationApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.webhooks_integration_api import WebhooksIntegrationApi

CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST = json.loads(r"""
{
  "is_secret": true,
  "name": "EXAMPLEWEBHOOKSINTEGRATION",
  "value": "CUSTOM_VARIABLE_VALUE"
}
""")
CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_201 = json.loads(r"""
{
  "is_secret": true,
  "name": "CUSTOM_VARIABLE_NAME",
  "value": "CUSTOM_VARIABLE_VALUE"
}
""")
CREATE_WEBHOOKS_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_WEBHOOKS_INTEGRATION_REQUEST = json.loads(r"""
{
  "name": "Example-Webhooks-Integration",
  "url": "https://example.com/webhook"
}
""")
CREATE_WEBHOOKS_INTEGRATION_RESPONSE_201 = json.loads(r"""
{
  "custom_headers": "string",
  "encode_as": "string",
  "name": "WEBHOOK_NAME",
  "payload": "string",
  "url": "https://example.com/webhook"
}
""")
DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_WEBHOOKS_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_WEBHOOKS_INTEGRATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_WEBHOOKS_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_200 = json.loads(r"""
{
  "is_secret": true,
  "name": "CUSTOM_VARIABLE_NAME",
  "value": "CUSTOM_VARIABLE_VALUE"
}
""")
GET_WEBHOOKS_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_WEBHOOKS_INTEGRATION_RESPONSE_200 = json.loads(r"""
{
  "custom_headers": "string",
  "encode_as": "string",
  "name": "WEBHOOK_NAME",
  "payload": "string",
  "url": "https://example.com/webhook"
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST = json.loads(r"""
{
  "value": "variable-updated"
}
""")
UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_200 = json.loads(r"""
{
  "is_secret": true,
  "name": "CUSTOM_VARIABLE_NAME",
  "value": "CUSTOM_VARIABLE_VALUE"
}
""")
UPDATE_WEBHOOKS_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_WEBHOOKS_INTEGRATION_REQUEST = json.loads(r"""
{
  "url": "https://example.com/webhook-updated"
}
""")
UPDATE_WEBHOOKS_INTEGRATION_RESPONSE_200 = json.loads(r"""
{
  "custom_headers": "string",
  "encode_as": "string",
  "name": "WEBHOOK_NAME",
  "payload": "string",
  "url": "https://example.com/webhook"
}
""")


@pytest.fixture
def api(contract):
    return WebhooksIntegrationApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/webhooks-integration.md:81: warning: example of response 201 contradicts its model at /encode_as: 'string' is not one of the allowed values ['json', 'form']",
)
def test_create_webhooks_integration(api, contract):
    """POST /api/v1/integration/webhooks/configuration/webhooks with the request example at
    docs_input/pages/webhooks-integration.md:53 goes over the wire as documented; the 201 example at
    docs_input/pages/webhooks-integration.md:81 comes back parsed."""
    result = api.create_webhooks_integration(
        body=models.WebhooksIntegration.model_validate(CREATE_WEBHOOKS_INTEGRATION_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/integration/webhooks/configuration/webhooks",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_WEBHOOKS_INTEGRATION_REQUEST,
    )
    contract.assert_parsed(result, models.WebhooksIntegration, CREATE_WEBHOOKS_INTEGRATION_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            CREATE_WEBHOOKS_INTEGRATION_ERROR_400,
            id="400",
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_WEBHOOKS_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            CREATE_WEBHOOKS_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_webhooks_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_webhooks_integration(
            body=models.WebhooksIntegration.model_validate(CREATE_WEBHOOKS_INTEGRATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_webhooks_integration_custom_variable(api, contract):
    """POST /api/v1/integration/webhooks/configuration/custom-variables with the request example at
    docs_input/pages/webhooks-integration.md:1458 goes over the wire as documented; the 201 example at
    docs_input/pages/webhooks-integration.md:1485 comes back parsed."""
    result = api.create_webhooks_integration_custom_variable(
        body=models.WebhooksIntegrationCustomVariable.model_validate(
            CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST
        ),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/integration/webhooks/configuration/custom-variables",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST,
    )
    contract.assert_parsed(
        result,
        models.CreateWebhooksIntegrationCustomVariableResponse,
        CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_201,
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403,
            id="403",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_webhooks_integration_custom_variable_raises_documented_errors(
    api, contract, status, exception, model, example
):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_webhooks_integration_custom_variable(
            body=models.WebhooksIntegrationCustomVariable.model_validate(
                CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST
            ),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_webhooks_integration(api, contract):
    """DELETE /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} with no request body goes
    over the wire as documented; no content comes back."""
    result = api.delete_webhooks_integration(
        webhook_name="webhook_name #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/integration/webhooks/configuration/webhooks/webhook_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, DELETE_WEBHOOKS_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, DELETE_WEBHOOKS_INTEGRATION_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            DELETE_WEBHOOKS_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_delete_webhooks_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_webhooks_integration(
            webhook_name="webhook_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_webhooks_integration_custom_variable(api, contract):
    """DELETE /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} with no
    request body goes over the wire as documented; no content comes back."""
    result = api.delete_webhooks_integration_custom_variable(
        custom_variable_name="custom_variable_name #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/integration/webhooks/configuration/custom-variables/custom_variable_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429,
            id="429",
        ),
    ],
)
def test_delete_webhooks_integration_custom_variable_raises_documented_errors(
    api, contract, status, exception, model, example
):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_webhooks_integration_custom_variable(
            custom_variable_name="custom_variable_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/webhooks-integration.md:421: warning: example of response 200 contradicts its model at /encode_as: 'string' is not one of the allowed values ['json', 'form']",
)
def test_get_webhooks_integration(api, contract):
    """GET /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} with no request body goes
    over the wire as documented; the 200 example at docs_input/pages/webhooks-integration.md:421 comes
    back parsed."""
    result = api.get_webhooks_integration(
        webhook_name="webhook_name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/integration/webhooks/configuration/webhooks/webhook_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.WebhooksIntegration, GET_WEBHOOKS_INTEGRATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, GET_WEBHOOKS_INTEGRATION_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, GET_WEBHOOKS_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, GET_WEBHOOKS_INTEGRATION_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            GET_WEBHOOKS_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_webhooks_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_webhooks_integration(
            webhook_name="webhook_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_webhooks_integration_custom_variable(api, contract):
    """GET /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} with no
    request body goes over the wire as documented; the 200 example at
    docs_input/pages/webhooks-integration.md:1838 comes back parsed."""
    result = api.get_webhooks_integration_custom_variable(
        custom_variable_name="custom_variable_name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/integration/webhooks/configuration/custom-variables/custom_variable_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(
        result,
        models.CreateWebhooksIntegrationCustomVariableResponse,
        GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_200,
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_webhooks_integration_custom_variable_raises_documented_errors(
    api, contract, status, exception, model, example
):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_webhooks_integration_custom_variable(
            custom_variable_name="custom_variable_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/webhooks-integration.md:799: warning: example of response 200 contradicts its model at /encode_as: 'string' is not one of the allowed values ['json', 'form']",
)
def test_update_webhooks_integration(api, contract):
    """PUT /api/v1/integration/webhooks/configuration/webhooks/{webhook_name} with the request example at
    docs_input/pages/webhooks-integration.md:772 goes over the wire as documented; the 200 example at
    docs_input/pages/webhooks-integration.md:799 comes back parsed."""
    result = api.update_webhooks_integration(
        webhook_name="webhook_name #1/2",
        body=models.WebhooksIntegrationUpdateRequest.model_validate(UPDATE_WEBHOOKS_INTEGRATION_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/integration/webhooks/configuration/webhooks/webhook_name%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_WEBHOOKS_INTEGRATION_REQUEST,
    )
    contract.assert_parsed(result, models.WebhooksIntegration, UPDATE_WEBHOOKS_INTEGRATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_ERROR_400,
            id="400",
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_WEBHOOKS_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, UPDATE_WEBHOOKS_INTEGRATION_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_update_webhooks_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_webhooks_integration(
            webhook_name="webhook_name #1/2",
            body=models.WebhooksIntegrationUpdateRequest.model_validate(UPDATE_WEBHOOKS_INTEGRATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_webhooks_integration_custom_variable(api, contract):
    """PUT /api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name} with the
    request example at docs_input/pages/webhooks-integration.md:2172 goes over the wire as documented;
    the 200 example at docs_input/pages/webhooks-integration.md:2197 comes back parsed."""
    result = api.update_webhooks_integration_custom_variable(
        custom_variable_name="custom_variable_name #1/2",
        body=models.WebhooksIntegrationCustomVariableUpdateRequest.model_validate(
            UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST
        ),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/integration/webhooks/configuration/custom-variables/custom_variable_name%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST,
    )
    contract.assert_parsed(
        result,
        models.CreateWebhooksIntegrationCustomVariableResponse,
        UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_RESPONSE_200,
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_ERROR_429,
            id="429",
        ),
    ],
)
def test_update_webhooks_integration_custom_variable_raises_documented_errors(
    api, contract, status, exception, model, example
):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_webhooks_integration_custom_variable(
            custom_variable_name="custom_variable_name #1/2",
            body=models.WebhooksIntegrationCustomVariableUpdateRequest.model_validate(
                UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE_REQUEST
            ),
        )
    contract.assert_error(raised.value, exception, status, model, example)
