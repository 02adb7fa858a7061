"""Contract tests of DashboardListsApi (v2), generated from the docs with the SDK.

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
from datadog_api_client.v2.api.dashboard_lists_api import DashboardListsApi

CREATE_DASHBOARD_LIST_ITEMS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_REQUEST_1 = json.loads(r"""
{
  "dashboards": [
    {
      "id": "123-abc-456",
      "type": "custom_screenboard"
    }
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_REQUEST_2 = json.loads(r"""
{
  "dashboards": [
    {
      "id": "123-abc-456",
      "type": "custom_timeboard"
    }
  ]
}
""")
CREATE_DASHBOARD_LIST_ITEMS_RESPONSE_200 = json.loads(r"""
{
  "added_dashboards_to_list": [
    {
      "id": "q5j-nti-fv6",
      "type": "host_timeboard"
    }
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_REQUEST_1 = json.loads(r"""
{
  "dashboards": [
    {
      "id": "123-abc-456",
      "type": "custom_screenboard"
    }
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_REQUEST_2 = json.loads(r"""
{
  "dashboards": [
    {
      "id": "123-abc-456",
      "type": "custom_timeboard"
    }
  ]
}
""")
DELETE_DASHBOARD_LIST_ITEMS_RESPONSE_200 = json.loads(r"""
{
  "deleted_dashboards_from_list": [
    {
      "id": "q5j-nti-fv6",
      "type": "host_timeboard"
    }
  ]
}
""")
GET_DASHBOARD_LIST_ITEMS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_ITEMS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_ITEMS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_ITEMS_RESPONSE_200 = json.loads(r"""
{
  "dashboards": [
    {
      "author": {
        "email": "string",
        "handle": "string",
        "name": "string"
      },
      "created": "2019-09-19T10:00:00.000Z",
      "icon": "string",
      "id": "q5j-nti-fv6",
      "integration_id": "string",
      "is_favorite": false,
      "is_read_only": false,
      "is_shared": false,
      "modified": "2019-09-19T10:00:00.000Z",
      "popularity": "integer",
      "tags": [],
      "title": "string",
      "type": "host_timeboard",
      "url": "string"
    }
  ],
  "total": "integer"
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_REQUEST = json.loads(r"""
{
  "dashboards": [
    {
      "id": "123-abc-456",
      "type": "custom_screenboard"
    }
  ]
}
""")
UPDATE_DASHBOARD_LIST_ITEMS_RESPONSE_200 = json.loads(r"""
{
  "dashboards": [
    {
      "id": "q5j-nti-fv6",
      "type": "host_timeboard"
    }
  ]
}
""")


@pytest.fixture
def api(contract):
    return DashboardListsApi(contract.client)


def test_create_dashboard_list_items_example_1(api, contract):
    """POST /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with the request example at
    docs_input/pages/dashboard-lists.md:784 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:827 comes back parsed."""
    result = api.create_dashboard_list_items(
        dashboard_list_id=42,
        body=models.DashboardListAddItemsRequest.model_validate(CREATE_DASHBOARD_LIST_ITEMS_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_DASHBOARD_LIST_ITEMS_REQUEST_1,
    )
    contract.assert_parsed(result, models.CreateDashboardListItemsResponse, CREATE_DASHBOARD_LIST_ITEMS_RESPONSE_200)


def test_create_dashboard_list_items_example_2(api, contract):
    """POST /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with the request example at
    docs_input/pages/dashboard-lists.md:797 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:827 comes back parsed."""
    result = api.create_dashboard_list_items(
        dashboard_list_id=42,
        body=models.DashboardListAddItemsRequest.model_validate(CREATE_DASHBOARD_LIST_ITEMS_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_DASHBOARD_LIST_ITEMS_REQUEST_2,
    )
    contract.assert_parsed(result, models.CreateDashboardListItemsResponse, CREATE_DASHBOARD_LIST_ITEMS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, CREATE_DASHBOARD_LIST_ITEMS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, CREATE_DASHBOARD_LIST_ITEMS_ERROR_403, id="403"
        ),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, CREATE_DASHBOARD_LIST_ITEMS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_DASHBOARD_LIST_ITEMS_ERROR_429, id="429"
        ),
    ],
)
def test_create_dashboard_list_items_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_dashboard_list_items(
            dashboard_list_id=42,
            body=models.DashboardListAddItemsRequest.model_validate(CREATE_DASHBOARD_LIST_ITEMS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_dashboard_list_items_example_1(api, contract):
    """DELETE /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with the request example at
    docs_input/pages/dashboard-lists.md:2778 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:2821 comes back parsed."""
    result = api.delete_dashboard_list_items(
        dashboard_list_id=42,
        body=models.DashboardListDeleteItemsRequest.model_validate(DELETE_DASHBOARD_LIST_ITEMS_REQUEST_1),
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type="application/json",
        body=DELETE_DASHBOARD_LIST_ITEMS_REQUEST_1,
    )
    contract.assert_parsed(result, models.DeleteDashboardListItemsResponse, DELETE_DASHBOARD_LIST_ITEMS_RESPONSE_200)


def test_delete_dashboard_list_items_example_2(api, contract):
    """DELETE /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with the request example at
    docs_input/pages/dashboard-lists.md:2791 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:2821 comes back parsed."""
    result = api.delete_dashboard_list_items(
        dashboard_list_id=42,
        body=models.DashboardListDeleteItemsRequest.model_validate(DELETE_DASHBOARD_LIST_ITEMS_REQUEST_2),
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type="application/json",
        body=DELETE_DASHBOARD_LIST_ITEMS_REQUEST_2,
    )
    contract.assert_parsed(result, models.DeleteDashboardListItemsResponse, DELETE_DASHBOARD_LIST_ITEMS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, DELETE_DASHBOARD_LIST_ITEMS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, DELETE_DASHBOARD_LIST_ITEMS_ERROR_403, id="403"
        ),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_DASHBOARD_LIST_ITEMS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_DASHBOARD_LIST_ITEMS_ERROR_429, id="429"
        ),
    ],
)
def test_delete_dashboard_list_items_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_dashboard_list_items(
            dashboard_list_id=42,
            body=models.DashboardListDeleteItemsRequest.model_validate(DELETE_DASHBOARD_LIST_ITEMS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:401: warning: example of response 200 contradicts its model at /dashboards/0/popularity: expected integer, found string (and 1 more)",
)
def test_get_dashboard_list_items(api, contract):
    """GET /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with no request body goes over the
    wire as documented; the 200 example at docs_input/pages/dashboard-lists.md:401 comes back parsed."""
    result = api.get_dashboard_list_items(
        dashboard_list_id=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetDashboardListItemsResponse, GET_DASHBOARD_LIST_ITEMS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_DASHBOARD_LIST_ITEMS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_DASHBOARD_LIST_ITEMS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_DASHBOARD_LIST_ITEMS_ERROR_429, id="429"
        ),
    ],
)
def test_get_dashboard_list_items_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_dashboard_list_items(
            dashboard_list_id=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_dashboard_list_items(api, contract):
    """PUT /api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards with the request example at
    docs_input/pages/dashboard-lists.md:2309 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:2339 comes back parsed."""
    result = api.update_dashboard_list_items(
        dashboard_list_id=42,
        body=models.DashboardListUpdateItemsRequest.model_validate(UPDATE_DASHBOARD_LIST_ITEMS_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/dashboard/lists/manual/42/dashboards",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_DASHBOARD_LIST_ITEMS_REQUEST,
    )
    contract.assert_parsed(result, models.DashboardListDeleteItemsRequest, UPDATE_DASHBOARD_LIST_ITEMS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, UPDATE_DASHBOARD_LIST_ITEMS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, UPDATE_DASHBOARD_LIST_ITEMS_ERROR_403, id="403"
        ),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_DASHBOARD_LIST_ITEMS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_DASHBOARD_LIST_ITEMS_ERROR_429, id="429"
        ),
    ],
)
def test_update_dashboard_list_items_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_dashboard_list_items(
            dashboard_list_id=42,
            body=models.DashboardListUpdateItemsRequest.model_validate(UPDATE_DASHBOARD_LIST_ITEMS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
