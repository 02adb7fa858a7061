"""Contract tests of OrganizationsApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import io
import json

import pytest

from datadog_api_client.exceptions import (
    ApiException,
    BadRequestException,
    ForbiddenException,
    TooManyRequestsException,
)
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.organizations_api import OrganizationsApi

CREATE_CHILD_ORG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_CHILD_ORG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_CHILD_ORG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_CHILD_ORG_REQUEST = json.loads(r"""
{
  "billing": {
    "type": "string"
  },
  "name": "New child org",
  "subscription": {
    "type": "string"
  }
}
""")
CREATE_CHILD_ORG_RESPONSE_200 = json.loads(r"""
{
  "api_key": {
    "created": "2019-08-02 15:31:07",
    "created_by": "john@example.com",
    "key": "1234512345123456abcabc912349abcd",
    "name": "example user"
  },
  "application_key": {
    "hash": "1234512345123459cda4eb9ced49a3d84fd0138c",
    "name": "example user",
    "owner": "example.com"
  },
  "org": {
    "billing": {
      "type": "string"
    },
    "created": "2019-09-26T17:28:28Z",
    "description": "some description",
    "name": "New child org",
    "public_id": "abcdef12345",
    "settings": {
      "private_widget_share": false,
      "saml": {
        "enabled": false
      },
      "saml_autocreate_access_role": "ro",
      "saml_autocreate_users_domains": {
        "domains": [
          "example.com"
        ],
        "enabled": false
      },
      "saml_can_be_enabled": false,
      "saml_idp_endpoint": "https://my.saml.endpoint",
      "saml_idp_initiated_login": {
        "enabled": false
      },
      "saml_idp_metadata_uploaded": false,
      "saml_login_url": "https://my.saml.login.url",
      "saml_strict_mode": {
        "enabled": false
      }
    },
    "subscription": {
      "type": "string"
    },
    "trial": false
  },
  "user": {
    "access_role": "ro",
    "disabled": false,
    "email": "test@datadoghq.com",
    "handle": "test@datadoghq.com",
    "icon": "/path/to/matching/gravatar/icon",
    "name": "test user",
    "verified": true
  }
}
""")
DOWNGRADE_ORG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DOWNGRADE_ORG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DOWNGRADE_ORG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DOWNGRADE_ORG_RESPONSE_200 = json.loads(r"""
{
  "message": "string"
}
""")
GET_ORG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ORG_RESPONSE_200 = json.loads(r"""
{
  "org": {
    "billing": {
      "type": "string"
    },
    "created": "2019-09-26T17:28:28Z",
    "description": "some description",
    "name": "New child org",
    "public_id": "abcdef12345",
    "settings": {
      "private_widget_share": false,
      "saml": {
        "enabled": false
      },
      "saml_autocreate_access_role": "ro",
      "saml_autocreate_users_domains": {
        "domains": [
          "example.com"
        ],
        "enabled": false
      },
      "saml_can_be_enabled": false,
      "saml_idp_endpoint": "https://my.saml.endpoint",
      "saml_idp_initiated_login": {
        "enabled": false
      },
      "saml_idp_metadata_uploaded": false,
      "saml_login_url": "https://my.saml.login.url",
      "saml_strict_mode": {
        "enabled": false
      }
    },
    "subscription": {
      "type": "string"
    },
    "trial": false
  }
}
""")
LIST_ORGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_ORGS_RESPONSE_200 = json.loads(r"""
{
  "orgs": [
    {
      "billing": {
        "type": "string"
      },
      "created": "2019-09-26T17:28:28Z",
      "description": "some description",
      "name": "New child org",
      "public_id": "abcdef12345",
      "settings": {
        "private_widget_share": false,
        "saml": {
          "enabled": false
        },
        "saml_autocreate_access_role": "ro",
        "saml_autocreate_users_domains": {
          "domains": [
            "example.com"
          ],
          "enabled": false
        },
        "saml_can_be_enabled": false,
        "saml_idp_endpoint": "https://my.saml.endpoint",
        "saml_idp_initiated_login": {
          "enabled": false
        },
        "saml_idp_metadata_uploaded": false,
        "saml_login_url": "https://my.saml.login.url",
        "saml_strict_mode": {
          "enabled": false
        }
      },
      "subscription": {
        "type": "string"
      },
      "trial": false
    }
  ]
}
""")
UPDATE_ORG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ORG_REQUEST = json.loads(r"""
{
  "billing": {
    "type": "string"
  },
  "description": "some description",
  "name": "New child org",
  "public_id": "abcdef12345",
  "settings": {
    "private_widget_share": false,
    "saml": {
      "enabled": false
    },
    "saml_autocreate_access_role": "ro",
    "saml_autocreate_users_domains": {
      "domains": [
        "example.com"
      ],
      "enabled": false
    },
    "saml_can_be_enabled": false,
    "saml_idp_endpoint": "https://my.saml.endpoint",
    "saml_idp_initiated_login": {
      "enabled": false
    },
    "saml_idp_metadata_uploaded": false,
    "saml_login_url": "https://my.saml.login.url",
    "saml_strict_mode": {
      "enabled": false
    }
  },
  "subscription": {
    "type": "string"
  },
  "trial": false
}
""")
UPDATE_ORG_RESPONSE_200 = json.loads(r"""
{
  "org": {
    "billing": {
      "type": "string"
    },
    "created": "2019-09-26T17:28:28Z",
    "description": "some description",
    "name": "New child org",
    "public_id": "abcdef12345",
    "settings": {
      "private_widget_share": false,
      "saml": {
        "enabled": false
      },
      "saml_autocreate_access_role": "ro",
      "saml_autocreate_users_domains": {
        "domains": [
          "example.com"
        ],
        "enabled": false
      },
      "saml_can_be_enabled": false,
      "saml_idp_endpoint": "https://my.saml.endpoint",
      "saml_idp_initiated_login": {
        "enabled": false
      },
      "saml_idp_metadata_uploaded": false,
      "saml_login_url": "https://my.saml.login.url",
      "saml_strict_mode": {
        "enabled": false
      }
    },
    "subscription": {
      "type": "string"
    },
    "trial": false
  }
}
""")
UPLOAD_IDP_FOR_ORG_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_FOR_ORG_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_FOR_ORG_ERROR_415 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_FOR_ORG_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPLOAD_IDP_FOR_ORG_RESPONSE_200 = json.loads(r"""
{
  "message": "IdP metadata successfully uploaded for example org"
}
""")


@pytest.fixture
def api(contract):
    return OrganizationsApi(contract.client)


def test_create_child_org(api, contract):
    """POST /api/v1/org with the request example at docs_input/pages/organizations.md:57 goes over the wire
    as documented; the 200 example at docs_input/pages/organizations.md:128 comes back parsed."""
    result = api.create_child_org(
        body=models.OrganizationCreateBody.model_validate(CREATE_CHILD_ORG_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/org",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_CHILD_ORG_REQUEST,
    )
    contract.assert_parsed(result, models.CreateChildOrgResponse, CREATE_CHILD_ORG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, CREATE_CHILD_ORG_ERROR_400, id="400"
        ),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_CHILD_ORG_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_CHILD_ORG_ERROR_429, id="429"
        ),
    ],
)
def test_create_child_org_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_child_org(
            body=models.OrganizationCreateBody.model_validate(CREATE_CHILD_ORG_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_downgrade_org(api, contract):
    """POST /api/v1/org/{public_id}/downgrade with no request body goes over the wire as documented; the
    200 example at docs_input/pages/organizations.md:2579 comes back parsed."""
    result = api.downgrade_org(
        public_id="public_id #1/2",
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/org/public_id%20%231%2F2/downgrade",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DowngradeOrgResponse, DOWNGRADE_ORG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, DOWNGRADE_ORG_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, DOWNGRADE_ORG_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, DOWNGRADE_ORG_ERROR_429, id="429"
        ),
    ],
)
def test_downgrade_org_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.downgrade_org(
            public_id="public_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_org(api, contract):
    """GET /api/v1/org/{public_id} with no request body goes over the wire as documented; the 200 example
    at docs_input/pages/organizations.md:888 comes back parsed."""
    result = api.get_org(
        public_id="public_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/org/public_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetOrgResponse, GET_ORG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, GET_ORG_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, GET_ORG_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_ORG_ERROR_429, id="429"),
    ],
)
def test_get_org_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_org(
            public_id="public_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_orgs(api, contract):
    """GET /api/v1/org with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/organizations.md:558 comes back parsed."""
    result = api.list_orgs()
    contract.assert_request(
        method="GET",
        path="/api/v1/org",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListOrgsResponse, LIST_ORGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_ORGS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_ORGS_ERROR_429, id="429"),
    ],
)
def test_list_orgs_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_orgs()
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_org(api, contract):
    """PUT /api/v1/org/{public_id} with the request example at docs_input/pages/organizations.md:1247 goes
    over the wire as documented; the 200 example at docs_input/pages/organizations.md:1327 comes back
    parsed."""
    result = api.update_org(
        public_id="public_id #1/2",
        body=models.Organization.model_validate(UPDATE_ORG_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/org/public_id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_ORG_REQUEST,
    )
    contract.assert_parsed(result, models.GetOrgResponse, UPDATE_ORG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, UPDATE_ORG_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_ORG_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, UPDATE_ORG_ERROR_429, id="429"),
    ],
)
def test_update_org_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_org(
            public_id="public_id #1/2",
            body=models.Organization.model_validate(UPDATE_ORG_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_upload_idp_for_org(api, contract):
    """POST /api/v1/org/{public_id}/idp_metadata with the form's fields as files and values goes over the
    wire as documented; the 200 example at docs_input/pages/organizations.md:1918 comes back parsed."""
    result = api.upload_idp_for_org(
        public_id="public_id #1/2",
        idp_file=io.BytesIO(b"contract test file for idp_file"),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/org/public_id%20%231%2F2/idp_metadata",
        query={},
        headers={},
        content_type="multipart/form-data",
        form={"idp_file": b"contract test file for idp_file"},
    )
    contract.assert_parsed(result, models.UploadIdPForOrgResponse, UPLOAD_IDP_FOR_ORG_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, UPLOAD_IDP_FOR_ORG_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, UPLOAD_IDP_FOR_ORG_ERROR_403, id="403"
        ),
        pytest.param(415, ApiException, models.ErrorResponseObjectResponse, UPLOAD_IDP_FOR_ORG_ERROR_415, id="415"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, UPLOAD_IDP_FOR_ORG_ERROR_429, id="429"
        ),
    ],
)
def test_upload_idp_for_org_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.upload_idp_for_org(
            public_id="public_id #1/2",
            idp_file=io.BytesIO(b"contract test file for idp_file"),
        )
    contract.assert_error(raised.value, exception, status, model, example)
