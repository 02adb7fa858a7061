"""Contract tests of SlackIntegrationApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1.api.slack_integration_api import SlackIntegrationApi

ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
ADD_CHANNELS_TO_SLACK_INTEGRATION_REQUEST = json.loads(r"""
{
  "channels": [
    {
      "account": "jane.doe",
      "channel_name": "#general",
      "transfer_all_user_comments": false
    }
  ]
}
""")
CREATE_A_SLACK_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_A_SLACK_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_A_SLACK_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_A_SLACK_INTEGRATION_REQUEST = json.loads(r"""
{
  "service_hooks": [
    {
      "account": "joe.doe",
      "url": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    }
  ]
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_REQUEST = json.loads(r"""
{
  "display": {
    "message": false,
    "mute_buttons": false,
    "notified": false,
    "snapshot": false,
    "tags": false
  },
  "name": "#general"
}
""")
CREATE_SLACK_INTEGRATION_CHANNEL_RESPONSE_200 = json.loads(r"""
{
  "display": {
    "message": false,
    "mute_buttons": false,
    "notified": false,
    "snapshot": false,
    "tags": false
  },
  "name": "#general"
}
""")
DELETE_A_SLACK_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_A_SLACK_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_INFO_ABOUT_A_SLACK_INTEGRATION_RESPONSE_200 = json.loads(r"""
{}
""")
GET_SLACK_INTEGRATION_CHANNELS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNELS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNELS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNELS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNELS_RESPONSE_200 = json.loads(r"""
[
  {
    "display": {
      "message": true,
      "mute_buttons": true,
      "notified": true,
      "snapshot": true,
      "tags": true
    },
    "name": "#channel_name_main_account"
  },
  {
    "display": {
      "message": true,
      "mute_buttons": true,
      "notified": true,
      "snapshot": false,
      "tags": true
    },
    "name": "#channel_name_doghouse"
  }
]
""")
GET_SLACK_INTEGRATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SLACK_INTEGRATION_CHANNEL_RESPONSE_200 = json.loads(r"""
{
  "display": {
    "message": false,
    "mute_buttons": false,
    "notified": false,
    "snapshot": false,
    "tags": false
  },
  "name": "#general"
}
""")
REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_REQUEST = json.loads(r"""
{
  "display": {
    "message": false,
    "mute_buttons": false,
    "notified": false,
    "snapshot": false,
    "tags": false
  },
  "name": "#general"
}
""")
UPDATE_SLACK_INTEGRATION_CHANNEL_RESPONSE_200 = json.loads(r"""
{
  "display": {
    "message": false,
    "mute_buttons": false,
    "notified": false,
    "snapshot": false,
    "tags": false
  },
  "name": "#general"
}
""")


@pytest.fixture
def api(contract):
    return SlackIntegrationApi(contract.client)


def test_add_channels_to_slack_integration(api, contract):
    """PUT /api/v1/integration/slack with the request example at docs_input/pages/slack-integration.md:503
    goes over the wire as documented; no content comes back."""
    result = api.add_channels_to_slack_integration(
        body=models.AddChannelsToSlackIntegrationRequest.model_validate(ADD_CHANNELS_TO_SLACK_INTEGRATION_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/integration/slack",
        query={},
        headers={},
        content_type="application/json",
        body=ADD_CHANNELS_TO_SLACK_INTEGRATION_REQUEST,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_403,
            id="403",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            ADD_CHANNELS_TO_SLACK_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_add_channels_to_slack_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.add_channels_to_slack_integration(
            body=models.AddChannelsToSlackIntegrationRequest.model_validate(ADD_CHANNELS_TO_SLACK_INTEGRATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_a_slack_integration(api, contract):
    """POST /api/v1/integration/slack with the request example at
    docs_input/pages/slack-integration.md:1104 goes over the wire as documented; no content comes back."""
    result = api.create_a_slack_integration(
        body=models.CreateASlackIntegrationRequest.model_validate(CREATE_A_SLACK_INTEGRATION_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/integration/slack",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_A_SLACK_INTEGRATION_REQUEST,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, CREATE_A_SLACK_INTEGRATION_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_A_SLACK_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            CREATE_A_SLACK_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_a_slack_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_a_slack_integration(
            body=models.CreateASlackIntegrationRequest.model_validate(CREATE_A_SLACK_INTEGRATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_slack_integration_channel(api, contract):
    """POST /api/v1/integration/slack/configuration/accounts/{account_name}/channels with the request
    example at docs_input/pages/slack-integration.md:664 goes over the wire as documented; the 200
    example at docs_input/pages/slack-integration.md:700 comes back parsed."""
    result = api.create_slack_integration_channel(
        account_name="account_name #1/2",
        body=models.SlackIntegrationChannel.model_validate(CREATE_SLACK_INTEGRATION_CHANNEL_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/integration/slack/configuration/accounts/account_name%20%231%2F2/channels",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_SLACK_INTEGRATION_CHANNEL_REQUEST,
    )
    contract.assert_parsed(result, models.SlackIntegrationChannel, CREATE_SLACK_INTEGRATION_CHANNEL_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            CREATE_SLACK_INTEGRATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_slack_integration_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_slack_integration_channel(
            account_name="account_name #1/2",
            body=models.SlackIntegrationChannel.model_validate(CREATE_SLACK_INTEGRATION_CHANNEL_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_a_slack_integration(api, contract):
    """DELETE /api/v1/integration/slack with no request body goes over the wire as documented; no content
    comes back."""
    result = api.delete_a_slack_integration()
    contract.assert_request(
        method="DELETE",
        path="/api/v1/integration/slack",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, DELETE_A_SLACK_INTEGRATION_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            DELETE_A_SLACK_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_delete_a_slack_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_a_slack_integration()
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_info_about_a_slack_integration(api, contract):
    """GET /api/v1/integration/slack with no request body goes over the wire as documented; the 200 example
    at docs_input/pages/slack-integration.md:1619 comes back parsed."""
    result = api.get_info_about_a_slack_integration()
    contract.assert_request(
        method="GET",
        path="/api/v1/integration/slack",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(
        result, models.GetInfoAboutASlackIntegrationResponse, GET_INFO_ABOUT_A_SLACK_INTEGRATION_RESPONSE_200
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            GET_INFO_ABOUT_A_SLACK_INTEGRATION_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_info_about_a_slack_integration_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_info_about_a_slack_integration()
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_slack_integration_channel(api, contract):
    """GET /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} with no
    request body goes over the wire as documented; the 200 example at
    docs_input/pages/slack-integration.md:1295 comes back parsed."""
    result = api.get_slack_integration_channel(
        account_name="account_name #1/2",
        channel_name="channel_name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/integration/slack/configuration/accounts/account_name%20%231%2F2/channels/channel_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.SlackIntegrationChannel, GET_SLACK_INTEGRATION_CHANNEL_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNEL_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNEL_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNEL_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_slack_integration_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_slack_integration_channel(
            account_name="account_name #1/2",
            channel_name="channel_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_slack_integration_channels(api, contract):
    """GET /api/v1/integration/slack/configuration/accounts/{account_name}/channels with no request body
    goes over the wire as documented; the 200 example at docs_input/pages/slack-integration.md:156 comes
    back parsed."""
    result = api.get_slack_integration_channels(
        account_name="account_name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/integration/slack/configuration/accounts/account_name%20%231%2F2/channels",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(
        result, models.GetSlackIntegrationChannelsResponse, GET_SLACK_INTEGRATION_CHANNELS_RESPONSE_200
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNELS_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNELS_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNELS_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            GET_SLACK_INTEGRATION_CHANNELS_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_slack_integration_channels_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_slack_integration_channels(
            account_name="account_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_remove_slack_integration_channel(api, contract):
    """DELETE /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} with
    no request body goes over the wire as documented; no content comes back."""
    result = api.remove_slack_integration_channel(
        account_name="account_name #1/2",
        channel_name="channel_name #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/integration/slack/configuration/accounts/account_name%20%231%2F2/channels/channel_name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            REMOVE_SLACK_INTEGRATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_remove_slack_integration_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.remove_slack_integration_channel(
            account_name="account_name #1/2",
            channel_name="channel_name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_slack_integration_channel(api, contract):
    """PATCH /api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name} with
    the request example at docs_input/pages/slack-integration.md:1802 goes over the wire as documented;
    the 200 example at docs_input/pages/slack-integration.md:1838 comes back parsed."""
    result = api.update_slack_integration_channel(
        account_name="account_name #1/2",
        channel_name="channel_name #1/2",
        body=models.SlackIntegrationChannel.model_validate(UPDATE_SLACK_INTEGRATION_CHANNEL_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v1/integration/slack/configuration/accounts/account_name%20%231%2F2/channels/channel_name%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_SLACK_INTEGRATION_CHANNEL_REQUEST,
    )
    contract.assert_parsed(result, models.SlackIntegrationChannel, UPDATE_SLACK_INTEGRATION_CHANNEL_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400,
            BadRequestException,
            models.ErrorResponseObjectResponse,
            UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_400,
            id="400",
        ),
        pytest.param(
            403,
            ForbiddenException,
            models.ErrorResponseObjectResponse,
            UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_403,
            id="403",
        ),
        pytest.param(
            404,
            NotFoundException,
            models.ErrorResponseObjectResponse,
            UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_404,
            id="404",
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            UPDATE_SLACK_INTEGRATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_update_slack_integration_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_slack_integration_channel(
            account_name="account_name #1/2",
            channel_name="channel_name #1/2",
            body=models.SlackIntegrationChannel.model_validate(UPDATE_SLACK_INTEGRATION_CHANNEL_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
