"""Contract tests of TagsApi (v1), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import ForbiddenException, NotFoundException, TooManyRequestsException
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.tags_api import TagsApi

CREATE_HOST_TAGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_HOST_TAGS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_HOST_TAGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_HOST_TAGS_REQUEST = json.loads(r"""
{
  "host": "test.host",
  "tags": [
    "environment:production"
  ]
}
""")
CREATE_HOST_TAGS_RESPONSE_201 = json.loads(r"""
{
  "host": "test.host",
  "tags": [
    "environment:production"
  ]
}
""")
DELETE_HOST_TAGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_HOST_TAGS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_HOST_TAGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_HOST_TAGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_HOST_TAGS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_HOST_TAGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_HOST_TAGS_RESPONSE_200 = json.loads(r"""
{
  "host": "test.host",
  "tags": [
    "environment:production"
  ]
}
""")
LIST_HOST_TAGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_HOST_TAGS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_HOST_TAGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_HOST_TAGS_RESPONSE_200 = json.loads(r"""
{
  "tags": {
    "<any-key>": [
      "test.metric.host"
    ]
  }
}
""")
UPDATE_HOST_TAGS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_HOST_TAGS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_HOST_TAGS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_HOST_TAGS_REQUEST = json.loads(r"""
{
  "host": "test.host",
  "tags": [
    "environment:production"
  ]
}
""")
UPDATE_HOST_TAGS_RESPONSE_201 = json.loads(r"""
{
  "host": "test.host",
  "tags": [
    "environment:production"
  ]
}
""")


@pytest.fixture
def api(contract):
    return TagsApi(contract.client)


def test_create_host_tags(api, contract):
    """POST /api/v1/tags/hosts/{host_name} with the request example at docs_input/pages/tags.md:680 goes
    over the wire as documented; the 201 example at docs_input/pages/tags.md:707 comes back parsed."""
    result = api.create_host_tags(
        host_name="host_name #1/2",
        source="source #1&x=y+z",
        body=models.HostTags.model_validate(CREATE_HOST_TAGS_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/tags/hosts/host_name%20%231%2F2",
        query={"source": ["source #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=CREATE_HOST_TAGS_REQUEST,
    )
    contract.assert_parsed(result, models.HostTags, CREATE_HOST_TAGS_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_HOST_TAGS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, CREATE_HOST_TAGS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_HOST_TAGS_ERROR_429, id="429"
        ),
    ],
)
def test_create_host_tags_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_host_tags(
            host_name="host_name #1/2",
            source="source #1&x=y+z",
            body=models.HostTags.model_validate(CREATE_HOST_TAGS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_host_tags(api, contract):
    """DELETE /api/v1/tags/hosts/{host_name} with no request body goes over the wire as documented; no
    content comes back."""
    result = api.delete_host_tags(
        host_name="host_name #1/2",
        source="source #1&x=y+z",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/tags/hosts/host_name%20%231%2F2",
        query={"source": ["source #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, DELETE_HOST_TAGS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, DELETE_HOST_TAGS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, DELETE_HOST_TAGS_ERROR_429, id="429"
        ),
    ],
)
def test_delete_host_tags_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_host_tags(
            host_name="host_name #1/2",
            source="source #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_host_tags(api, contract):
    """GET /api/v1/tags/hosts/{host_name} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/tags.md:364 comes back parsed."""
    result = api.get_host_tags(
        host_name="host_name #1/2",
        source="source #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/tags/hosts/host_name%20%231%2F2",
        query={"source": ["source #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.HostTags, GET_HOST_TAGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, GET_HOST_TAGS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, GET_HOST_TAGS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_HOST_TAGS_ERROR_429, id="429"
        ),
    ],
)
def test_get_host_tags_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_host_tags(
            host_name="host_name #1/2",
            source="source #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_host_tags(api, contract):
    """GET /api/v1/tags/hosts with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/tags.md:57 comes back parsed."""
    result = api.list_host_tags(
        source="source #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/tags/hosts",
        query={"source": ["source #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListHostTagsResponse, LIST_HOST_TAGS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_HOST_TAGS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, LIST_HOST_TAGS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_HOST_TAGS_ERROR_429, id="429"
        ),
    ],
)
def test_list_host_tags_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_host_tags(
            source="source #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_host_tags(api, contract):
    """PUT /api/v1/tags/hosts/{host_name} with the request example at docs_input/pages/tags.md:1059 goes
    over the wire as documented; the 201 example at docs_input/pages/tags.md:1086 comes back parsed."""
    result = api.update_host_tags(
        host_name="host_name #1/2",
        source="source #1&x=y+z",
        body=models.HostTags.model_validate(UPDATE_HOST_TAGS_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/tags/hosts/host_name%20%231%2F2",
        query={"source": ["source #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=UPDATE_HOST_TAGS_REQUEST,
    )
    contract.assert_parsed(result, models.HostTags, UPDATE_HOST_TAGS_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_HOST_TAGS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, UPDATE_HOST_TAGS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, UPDATE_HOST_TAGS_ERROR_429, id="429"
        ),
    ],
)
def test_update_host_tags_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_host_tags(
            host_name="host_name #1/2",
            source="source #1&x=y+z",
            body=models.HostTags.model_validate(UPDATE_HOST_TAGS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
