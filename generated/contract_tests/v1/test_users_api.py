"""Contract tests of UsersApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.users_api import UsersApi

CREATE_USER_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_ERROR_409 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_REQUEST = json.loads(r"""
{
  "access_role": null,
  "disabled": false,
  "email": "test@datadoghq.com",
  "handle": "test@datadoghq.com",
  "name": "test user"
}
""")
CREATE_USER_RESPONSE_200 = json.loads(r"""
{
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
DISABLE_USER_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DISABLE_USER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DISABLE_USER_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DISABLE_USER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DISABLE_USER_RESPONSE_200 = json.loads(r"""
{
  "message": "string"
}
""")
GET_USER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_RESPONSE_200 = json.loads(r"""
{
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
LIST_USERS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USERS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USERS_RESPONSE_200 = json.loads(r"""
{
  "users": [
    {
      "access_role": "ro",
      "disabled": false,
      "email": "test@datadoghq.com",
      "handle": "test@datadoghq.com",
      "icon": "/path/to/matching/gravatar/icon",
      "name": "test user",
      "verified": true
    }
  ]
}
""")
UPDATE_USER_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_REQUEST = json.loads(r"""
{
  "access_role": "ro",
  "disabled": false,
  "email": "test@datadoghq.com",
  "handle": "test@datadoghq.com",
  "name": "test user"
}
""")
UPDATE_USER_RESPONSE_200 = json.loads(r"""
{
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


@pytest.fixture
def api(contract):
    return UsersApi(contract.client)


def test_create_user(api, contract):
    """POST /api/v1/user with the request example at docs_input/pages/users.md:52 goes over the wire as
    documented; the 200 example at docs_input/pages/users.md:86 comes back parsed."""
    result = api.create_user(
        body=models.User.model_validate(CREATE_USER_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/user",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_USER_REQUEST,
    )
    contract.assert_parsed(result, models.CreateUserResponse, CREATE_USER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, CREATE_USER_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_USER_ERROR_403, id="403"),
        pytest.param(409, ConflictException, models.ErrorResponseObjectResponse, CREATE_USER_ERROR_409, id="409"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_USER_ERROR_429, id="429"
        ),
    ],
)
def test_create_user_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_user(
            body=models.User.model_validate(CREATE_USER_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_disable_user(api, contract):
    """DELETE /api/v1/user/{user_handle} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/users.md:3589 comes back parsed."""
    result = api.disable_user(
        user_handle="user_handle #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/user/user_handle%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DowngradeOrgResponse, DISABLE_USER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, DISABLE_USER_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, DISABLE_USER_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, DISABLE_USER_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, DISABLE_USER_ERROR_429, id="429"
        ),
    ],
)
def test_disable_user_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.disable_user(
            user_handle="user_handle #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_user(api, contract):
    """GET /api/v1/user/{user_handle} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/users.md:1777 comes back parsed."""
    result = api.get_user(
        user_handle="user_handle #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/user/user_handle%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.CreateUserResponse, GET_USER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, GET_USER_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, GET_USER_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_USER_ERROR_429, id="429"),
    ],
)
def test_get_user_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_user(
            user_handle="user_handle #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_users(api, contract):
    """GET /api/v1/user with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/users.md:1013 comes back parsed."""
    result = api.list_users()
    contract.assert_request(
        method="GET",
        path="/api/v1/user",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListUsersResponse, LIST_USERS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_USERS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_USERS_ERROR_429, id="429"),
    ],
)
def test_list_users_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_users()
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_user(api, contract):
    """PUT /api/v1/user/{user_handle} with the request example at docs_input/pages/users.md:2547 goes over
    the wire as documented; the 200 example at docs_input/pages/users.md:2581 comes back parsed."""
    result = api.update_user(
        user_handle="user_handle #1/2",
        body=models.User.model_validate(UPDATE_USER_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/user/user_handle%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_USER_REQUEST,
    )
    contract.assert_parsed(result, models.CreateUserResponse, UPDATE_USER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, UPDATE_USER_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_USER_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, UPDATE_USER_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, UPDATE_USER_ERROR_429, id="429"
        ),
    ],
)
def test_update_user_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_user(
            user_handle="user_handle #1/2",
            body=models.User.model_validate(UPDATE_USER_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
