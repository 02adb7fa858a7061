"""Contract tests of OrganizationsApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import io
import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
    UnauthorizedException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.organizations_api import OrganizationsApi

GET_ORG_CONFIG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_CONFIG_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_CONFIG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_CONFIG_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_CONFIG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_CONFIG_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "description": "Frobulate the turbo encabulator manifold",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "monitor_timezone",
      "value": "undefined",
      "value_type": "bool"
    },
    "id": "abcd1234",
    "type": "org_configs"
  }
}
""")
LIST_ORG_CONFIGS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORG_CONFIGS_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORG_CONFIGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORG_CONFIGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORG_CONFIGS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "description": "Frobulate the turbo encabulator manifold",
        "modified_at": "2019-09-19T10:00:00.000Z",
        "name": "monitor_timezone",
        "value": "undefined",
        "value_type": "bool"
      },
      "id": "abcd1234",
      "type": "org_configs"
    }
  ]
}
""")
UPDATE_ORG_CONFIG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_CONFIG_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_CONFIG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_CONFIG_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_CONFIG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_CONFIG_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "value": "UTC"
    },
    "type": "org_configs"
  }
}
""")
UPDATE_ORG_CONFIG_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "description": "Frobulate the turbo encabulator manifold",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "monitor_timezone",
      "value": "undefined",
      "value_type": "bool"
    },
    "id": "abcd1234",
    "type": "org_configs"
  }
}
""")
UPLOAD_IDP_METADATA_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_METADATA_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_METADATA_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")


@pytest.fixture
def api(contract):
    return OrganizationsApi(contract.client)


def test_get_org_config(api, contract):
    """GET /api/v2/org_configs/{org_config_name} with no request body goes over the wire as documented; the
    200 example at docs_input/pages/organizations.md:3216 comes back parsed."""
    result = api.get_org_config(
        org_config_name="org_config_name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/org_configs/org_config_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.OrgConfigResponse, GET_ORG_CONFIG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_ORG_CONFIG_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_ORG_CONFIG_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_ORG_CONFIG_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_ORG_CONFIG_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_ORG_CONFIG_ERROR_429, id="429"),
    ],
)
def test_get_org_config_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_org_config(
            org_config_name="org_config_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_org_configs(api, contract):
    """GET /api/v2/org_configs with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/organizations.md:2878 comes back parsed."""
    result = api.list_org_configs()
    contract.assert_request(
        method="GET",
        path="/api/v2/org_configs",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.OrgConfigsResponse, LIST_ORG_CONFIGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_ORG_CONFIGS_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, LIST_ORG_CONFIGS_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_ORG_CONFIGS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_ORG_CONFIGS_ERROR_429, id="429"),
    ],
)
def test_list_org_configs_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_org_configs()
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_org_config(api, contract):
    """PATCH /api/v2/org_configs/{org_config_name} with the request example at
    docs_input/pages/organizations.md:3579 goes over the wire as documented; the 200 example at
    docs_input/pages/organizations.md:3615 comes back parsed."""
    result = api.update_org_config(
        org_config_name="org_config_name #1/2",
        body=models.OrgConfigWriteRequest.model_validate(UPDATE_ORG_CONFIG_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/org_configs/org_config_name%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_ORG_CONFIG_REQUEST,
    )
    contract.assert_parsed(result, models.OrgConfigResponse, UPDATE_ORG_CONFIG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_ORG_CONFIG_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, UPDATE_ORG_CONFIG_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_ORG_CONFIG_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_ORG_CONFIG_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_ORG_CONFIG_ERROR_429, id="429"),
    ],
)
def test_update_org_config_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_org_config(
            org_config_name="org_config_name #1/2",
            body=models.OrgConfigWriteRequest.model_validate(UPDATE_ORG_CONFIG_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_upload_idp_metadata(api, contract):
    """POST /api/v2/saml_configurations/idp_metadata with the form's fields as files and values goes over
    the wire as documented; no content comes back."""
    result = api.upload_idp_metadata(
        idp_file=io.BytesIO(b"contract test file for idp_file"),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/saml_configurations/idp_metadata",
        query={},
        headers={},
        content_type="multipart/form-data",
        form={"idp_file": b"contract test file for idp_file"},
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPLOAD_IDP_METADATA_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPLOAD_IDP_METADATA_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, UPLOAD_IDP_METADATA_ERROR_429, id="429"),
    ],
)
def test_upload_idp_metadata_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.upload_idp_metadata(
            idp_file=io.BytesIO(b"contract test file for idp_file"),
        )
    contract.assert_error(raised.value, exception, status, model, example)
