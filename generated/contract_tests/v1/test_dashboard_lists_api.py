"""Contract tests of DashboardListsApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1.api.dashboard_lists_api import DashboardListsApi

CREATE_DASHBOARD_LIST_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DASHBOARD_LIST_REQUEST = json.loads(r"""
{
  "name": "Example-Dashboard-List"
}
""")
CREATE_DASHBOARD_LIST_RESPONSE_200 = json.loads(r"""
{
  "author": {
    "email": "string",
    "handle": "string",
    "name": "string"
  },
  "created": "2019-09-19T10:00:00.000Z",
  "dashboard_count": "integer",
  "id": "integer",
  "is_favorite": false,
  "modified": "2019-09-19T10:00:00.000Z",
  "name": "My Dashboard",
  "type": "manual_dashboard_list"
}
""")
DELETE_DASHBOARD_LIST_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DASHBOARD_LIST_RESPONSE_200 = json.loads(r"""
{
  "deleted_dashboard_list_id": "integer"
}
""")
GET_DASHBOARD_LIST_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DASHBOARD_LIST_RESPONSE_200 = json.loads(r"""
{
  "author": {
    "email": "string",
    "handle": "string",
    "name": "string"
  },
  "created": "2019-09-19T10:00:00.000Z",
  "dashboard_count": "integer",
  "id": "integer",
  "is_favorite": false,
  "modified": "2019-09-19T10:00:00.000Z",
  "name": "My Dashboard",
  "type": "manual_dashboard_list"
}
""")
LIST_DASHBOARD_LISTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_DASHBOARD_LISTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_DASHBOARD_LISTS_RESPONSE_200 = json.loads(r"""
{
  "dashboard_lists": [
    {
      "author": {
        "email": "string",
        "handle": "string",
        "name": "string"
      },
      "created": "2019-09-19T10:00:00.000Z",
      "dashboard_count": "integer",
      "id": "integer",
      "is_favorite": false,
      "modified": "2019-09-19T10:00:00.000Z",
      "name": "My Dashboard",
      "type": "manual_dashboard_list"
    }
  ]
}
""")
UPDATE_DASHBOARD_LIST_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DASHBOARD_LIST_REQUEST = json.loads(r"""
{
  "name": "updated Example-Dashboard-List"
}
""")
UPDATE_DASHBOARD_LIST_RESPONSE_200 = json.loads(r"""
{
  "author": {
    "email": "string",
    "handle": "string",
    "name": "string"
  },
  "created": "2019-09-19T10:00:00.000Z",
  "dashboard_count": "integer",
  "id": "integer",
  "is_favorite": false,
  "modified": "2019-09-19T10:00:00.000Z",
  "name": "My Dashboard",
  "type": "manual_dashboard_list"
}
""")


@pytest.fixture
def api(contract):
    return DashboardListsApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:1553: warning: example of response 200 contradicts its model at /dashboard_count: expected integer, found string (and 1 more)",
)
def test_create_dashboard_list(api, contract):
    """POST /api/v1/dashboard/lists/manual with the request example at
    docs_input/pages/dashboard-lists.md:1520 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:1553 comes back parsed."""
    result = api.create_dashboard_list(
        body=models.DashboardList.model_validate(CREATE_DASHBOARD_LIST_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/dashboard/lists/manual",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_DASHBOARD_LIST_REQUEST,
    )
    contract.assert_parsed(result, models.DashboardList, CREATE_DASHBOARD_LIST_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, CREATE_DASHBOARD_LIST_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_DASHBOARD_LIST_ERROR_403, id="403"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_DASHBOARD_LIST_ERROR_429, id="429"
        ),
    ],
)
def test_create_dashboard_list_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_dashboard_list(
            body=models.DashboardList.model_validate(CREATE_DASHBOARD_LIST_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:3940: warning: example of response 200 contradicts its model at /deleted_dashboard_list_id: expected integer, found string",
)
def test_delete_dashboard_list(api, contract):
    """DELETE /api/v1/dashboard/lists/manual/{list_id} with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/dashboard-lists.md:3940 comes back parsed."""
    result = api.delete_dashboard_list(
        list_id=42,
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/dashboard/lists/manual/42",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DeleteDashboardListResponse, DELETE_DASHBOARD_LIST_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, DELETE_DASHBOARD_LIST_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, DELETE_DASHBOARD_LIST_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, DELETE_DASHBOARD_LIST_ERROR_429, id="429"
        ),
    ],
)
def test_delete_dashboard_list_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_dashboard_list(
            list_id=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:1940: warning: example of response 200 contradicts its model at /dashboard_count: expected integer, found string (and 1 more)",
)
def test_get_dashboard_list(api, contract):
    """GET /api/v1/dashboard/lists/manual/{list_id} with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/dashboard-lists.md:1940 comes back parsed."""
    result = api.get_dashboard_list(
        list_id=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/dashboard/lists/manual/42",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DashboardList, GET_DASHBOARD_LIST_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, GET_DASHBOARD_LIST_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, GET_DASHBOARD_LIST_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_DASHBOARD_LIST_ERROR_429, id="429"
        ),
    ],
)
def test_get_dashboard_list_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_dashboard_list(
            list_id=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:59: warning: example of response 200 contradicts its model at /dashboard_lists/0/dashboard_count: expected integer, found string (and 1 more)",
)
def test_list_dashboard_lists(api, contract):
    """GET /api/v1/dashboard/lists/manual with no request body goes over the wire as documented; the 200
    example at docs_input/pages/dashboard-lists.md:59 comes back parsed."""
    result = api.list_dashboard_lists()
    contract.assert_request(
        method="GET",
        path="/api/v1/dashboard/lists/manual",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListDashboardListsResponse, LIST_DASHBOARD_LISTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_DASHBOARD_LISTS_ERROR_403, id="403"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_DASHBOARD_LISTS_ERROR_429, id="429"
        ),
    ],
)
def test_list_dashboard_lists_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_dashboard_lists()
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/dashboard-lists.md:3557: warning: example of response 200 contradicts its model at /dashboard_count: expected integer, found string (and 1 more)",
)
def test_update_dashboard_list(api, contract):
    """PUT /api/v1/dashboard/lists/manual/{list_id} with the request example at
    docs_input/pages/dashboard-lists.md:3524 goes over the wire as documented; the 200 example at
    docs_input/pages/dashboard-lists.md:3557 comes back parsed."""
    result = api.update_dashboard_list(
        list_id=42,
        body=models.DashboardList.model_validate(UPDATE_DASHBOARD_LIST_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/dashboard/lists/manual/42",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_DASHBOARD_LIST_REQUEST,
    )
    contract.assert_parsed(result, models.DashboardList, UPDATE_DASHBOARD_LIST_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorResponseObjectResponse, UPDATE_DASHBOARD_LIST_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_DASHBOARD_LIST_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.ErrorResponseObjectResponse, UPDATE_DASHBOARD_LIST_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, UPDATE_DASHBOARD_LIST_ERROR_429, id="429"
        ),
    ],
)
def test_update_dashboard_list_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_dashboard_list(
            list_id=42,
            body=models.DashboardList.model_validate(UPDATE_DASHBOARD_LIST_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
