"""Contract tests of RUMApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    ApiException,
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.rum_api import RUMApi

AGGREGATE_RUM_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_RUM_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_RUM_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_RUM_EVENTS_REQUEST = json.loads(r"""
{
  "compute": [
    {
      "aggregation": "pc90",
      "metric": "@view.time_spent",
      "type": "total"
    }
  ],
  "filter": {
    "from": "now-15m",
    "query": "@type:view AND @session.type:user",
    "to": "now"
  },
  "group_by": [
    {
      "facet": "@view.time_spent",
      "limit": 10,
      "total": false
    }
  ],
  "options": {
    "timezone": "GMT"
  },
  "page": {
    "limit": 25
  }
}
""")
AGGREGATE_RUM_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "buckets": [
      {
        "by": {
          "<any-key>": "string"
        },
        "computes": {
          "<any-key>": {
            "description": "undefined",
            "type": "undefined"
          }
        }
      }
    ]
  },
  "links": {
    "next": "https://app.datadoghq.com/api/v2/rum/event?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
    "page": {
      "after": "eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
    },
    "request_id": "MWlFUjVaWGZTTTZPYzM0VXp1OXU2d3xLSVpEMjZKQ0VKUTI0dEYtM3RSOFVR",
    "status": "done",
    "warnings": [
      {
        "code": "unknown_index",
        "detail": "indexes: foo, bar",
        "title": "One or several indexes are missing or invalid, results hold data from the other indexes"
      }
    ]
  }
}
""")
CREATE_RUM_APPLICATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_RUM_APPLICATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_RUM_APPLICATION_REQUEST_1 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "test-rum-5c67ebb32077e1d9",
      "type": "ios"
    },
    "type": "rum_application_create"
  }
}
""")
CREATE_RUM_APPLICATION_REQUEST_2 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "test-rum-with-product-scales-5c67ebb32077e1d9",
      "type": "browser",
      "rum_event_processing_state": "ERROR_FOCUSED_MODE",
      "product_analytics_retention_state": "NONE"
    },
    "type": "rum_application_create"
  }
}
""")
CREATE_RUM_APPLICATION_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "api_key_id": 123456789,
      "application_id": "abcd1234-0000-0000-abcd-1234abcd5678",
      "client_token": "abcd1234efgh5678ijkl90abcd1234efgh0",
      "created_at": 1659479836169,
      "created_by_handle": "john.doe",
      "hash": "string",
      "is_active": true,
      "name": "my_rum_application",
      "org_id": 999,
      "product_scales": {
        "product_analytics_retention_scale": {
          "last_modified_at": 1747922145974,
          "state": "MAX"
        },
        "rum_event_processing_scale": {
          "last_modified_at": 1721897494108,
          "state": "ALL"
        }
      },
      "type": "browser",
      "updated_at": 1659479836169,
      "updated_by_handle": "jane.doe"
    },
    "id": "abcd1234-0000-0000-abcd-1234abcd5678",
    "type": "rum_application"
  }
}
""")
DELETE_RUM_APPLICATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_RUM_APPLICATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RUM_APPLICATIONS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RUM_APPLICATIONS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RUM_APPLICATIONS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "application_id": "abcd1234-0000-0000-abcd-1234abcd5678",
        "created_at": 1659479836169,
        "created_by_handle": "john.doe",
        "hash": "string",
        "is_active": true,
        "name": "my_rum_application",
        "org_id": 999,
        "product_scales": {
          "product_analytics_retention_scale": {
            "last_modified_at": 1747922145974,
            "state": "MAX"
          },
          "rum_event_processing_scale": {
            "last_modified_at": 1721897494108,
            "state": "ALL"
          }
        },
        "type": "browser",
        "updated_at": 1659479836169,
        "updated_by_handle": "jane.doe"
      },
      "id": "abcd1234-0000-0000-abcd-1234abcd5678",
      "type": "rum_application"
    }
  ]
}
""")
GET_RUM_APPLICATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RUM_APPLICATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_RUM_APPLICATION_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "api_key_id": 123456789,
      "application_id": "abcd1234-0000-0000-abcd-1234abcd5678",
      "client_token": "abcd1234efgh5678ijkl90abcd1234efgh0",
      "created_at": 1659479836169,
      "created_by_handle": "john.doe",
      "hash": "string",
      "is_active": true,
      "name": "my_rum_application",
      "org_id": 999,
      "product_scales": {
        "product_analytics_retention_scale": {
          "last_modified_at": 1747922145974,
          "state": "MAX"
        },
        "rum_event_processing_scale": {
          "last_modified_at": 1721897494108,
          "state": "ALL"
        }
      },
      "type": "browser",
      "updated_at": 1659479836169,
      "updated_by_handle": "jane.doe"
    },
    "id": "abcd1234-0000-0000-abcd-1234abcd5678",
    "type": "rum_application"
  }
}
""")
LIST_RUM_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_RUM_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_RUM_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_RUM_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "service": "web-app",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "rum"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/rum/event?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
    "page": {
      "after": "eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
    },
    "request_id": "MWlFUjVaWGZTTTZPYzM0VXp1OXU2d3xLSVpEMjZKQ0VKUTI0dEYtM3RSOFVR",
    "status": "done",
    "warnings": [
      {
        "code": "unknown_index",
        "detail": "indexes: foo, bar",
        "title": "One or several indexes are missing or invalid, results hold data from the other indexes"
      }
    ]
  }
}
""")
SEARCH_RUM_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_RUM_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_RUM_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_RUM_EVENTS_REQUEST_1 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "query": "@type:session AND @session.type:user",
    "to": "now"
  },
  "options": {
    "time_offset": 0,
    "timezone": "GMT"
  },
  "page": {
    "limit": 25
  },
  "sort": "timestamp"
}
""")
SEARCH_RUM_EVENTS_REQUEST_2 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "query": "@type:session AND @session.type:user",
    "to": "now"
  },
  "options": {
    "time_offset": 0,
    "timezone": "GMT"
  },
  "page": {
    "limit": 2
  },
  "sort": "timestamp"
}
""")
SEARCH_RUM_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "service": "web-app",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "rum"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/rum/event?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
    "page": {
      "after": "eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
    },
    "request_id": "MWlFUjVaWGZTTTZPYzM0VXp1OXU2d3xLSVpEMjZKQ0VKUTI0dEYtM3RSOFVR",
    "status": "done",
    "warnings": [
      {
        "code": "unknown_index",
        "detail": "indexes: foo, bar",
        "title": "One or several indexes are missing or invalid, results hold data from the other indexes"
      }
    ]
  }
}
""")
UPDATE_RUM_APPLICATION_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RUM_APPLICATION_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RUM_APPLICATION_ERROR_422 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RUM_APPLICATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_RUM_APPLICATION_REQUEST_1 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "updated_name_for_my_existing_rum_application",
      "type": "browser"
    },
    "id": "abcd1234-0000-0000-abcd-1234abcd5678",
    "type": "rum_application_update"
  }
}
""")
UPDATE_RUM_APPLICATION_REQUEST_2 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "updated_rum_with_product_scales",
      "rum_event_processing_state": "ALL",
      "product_analytics_retention_state": "MAX"
    },
    "id": "abcd1234-0000-0000-abcd-1234abcd5678",
    "type": "rum_application_update"
  }
}
""")
UPDATE_RUM_APPLICATION_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "api_key_id": 123456789,
      "application_id": "abcd1234-0000-0000-abcd-1234abcd5678",
      "client_token": "abcd1234efgh5678ijkl90abcd1234efgh0",
      "created_at": 1659479836169,
      "created_by_handle": "john.doe",
      "hash": "string",
      "is_active": true,
      "name": "my_rum_application",
      "org_id": 999,
      "product_scales": {
        "product_analytics_retention_scale": {
          "last_modified_at": 1747922145974,
          "state": "MAX"
        },
        "rum_event_processing_scale": {
          "last_modified_at": 1721897494108,
          "state": "ALL"
        }
      },
      "type": "browser",
      "updated_at": 1659479836169,
      "updated_by_handle": "jane.doe"
    },
    "id": "abcd1234-0000-0000-abcd-1234abcd5678",
    "type": "rum_application"
  }
}
""")


@pytest.fixture
def api(contract):
    return RUMApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/rum.md:1312: warning: example of response 200 contradicts its model at /data/buckets/0/computes/<any-key>: fits none of the 3 options",
)
def test_aggregate_rum_events(api, contract):
    """POST /api/v2/rum/analytics/aggregate with the request example at docs_input/pages/rum.md:1243 goes
    over the wire as documented; the 200 example at docs_input/pages/rum.md:1312 comes back parsed."""
    result = api.aggregate_rum_events(
        body=models.RUMAggregateRequest.model_validate(AGGREGATE_RUM_EVENTS_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/rum/analytics/aggregate",
        query={},
        headers={},
        content_type="application/json",
        body=AGGREGATE_RUM_EVENTS_REQUEST,
    )
    contract.assert_parsed(result, models.AggregateRUMEventsResponse, AGGREGATE_RUM_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, AGGREGATE_RUM_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, AGGREGATE_RUM_EVENTS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, AGGREGATE_RUM_EVENTS_ERROR_429, id="429"),
    ],
)
def test_aggregate_rum_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.aggregate_rum_events(
            body=models.RUMAggregateRequest.model_validate(AGGREGATE_RUM_EVENTS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_rum_application_example_1(api, contract):
    """POST /api/v2/rum/applications with the request example at docs_input/pages/rum.md:3256 goes over the
    wire as documented; the 200 example at docs_input/pages/rum.md:3323 comes back parsed."""
    result = api.create_rum_application(
        body=models.RUMApplicationCreateRequest.model_validate(CREATE_RUM_APPLICATION_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/rum/applications",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_RUM_APPLICATION_REQUEST_1,
    )
    contract.assert_parsed(result, models.RumApplicationResponse, CREATE_RUM_APPLICATION_RESPONSE_200)


def test_create_rum_application_example_2(api, contract):
    """POST /api/v2/rum/applications with the request example at docs_input/pages/rum.md:3270 goes over the
    wire as documented; the 200 example at docs_input/pages/rum.md:3323 comes back parsed."""
    result = api.create_rum_application(
        body=models.RUMApplicationCreateRequest.model_validate(CREATE_RUM_APPLICATION_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/rum/applications",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_RUM_APPLICATION_REQUEST_2,
    )
    contract.assert_parsed(result, models.RumApplicationResponse, CREATE_RUM_APPLICATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, CREATE_RUM_APPLICATION_ERROR_400, id="400"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_RUM_APPLICATION_ERROR_429, id="429"
        ),
    ],
)
def test_create_rum_application_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_rum_application(
            body=models.RUMApplicationCreateRequest.model_validate(CREATE_RUM_APPLICATION_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_rum_application(api, contract):
    """DELETE /api/v2/rum/applications/{id} with no request body goes over the wire as documented; no
    content comes back."""
    result = api.delete_rum_application(
        id="id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/rum/applications/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_RUM_APPLICATION_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_RUM_APPLICATION_ERROR_429, id="429"
        ),
    ],
)
def test_delete_rum_application_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_rum_application(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_rum_application(api, contract):
    """GET /api/v2/rum/applications/{id} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/rum.md:2669 comes back parsed."""
    result = api.get_rum_application(
        id="id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/rum/applications/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RumApplicationResponse, GET_RUM_APPLICATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_RUM_APPLICATION_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_RUM_APPLICATION_ERROR_429, id="429"),
    ],
)
def test_get_rum_application_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_rum_application(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_rum_applications(api, contract):
    """GET /api/v2/rum/applications with no request body goes over the wire as documented; the 200 example
    at docs_input/pages/rum.md:3951 comes back parsed."""
    result = api.get_rum_applications()
    contract.assert_request(
        method="GET",
        path="/api/v2/rum/applications",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RumApplicationsResponse, GET_RUM_APPLICATIONS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_RUM_APPLICATIONS_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_RUM_APPLICATIONS_ERROR_429, id="429"),
    ],
)
def test_get_rum_applications_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_rum_applications()
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_rum_events(api, contract):
    """GET /api/v2/rum/events with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/rum.md:887 comes back parsed."""
    result = api.list_rum_events(
        filter_query="filter[query] #1&x=y+z",
        filter_from="filter[from] #1&x=y+z",
        filter_to="filter[to] #1&x=y+z",
        sort="timestamp",
        page_cursor="page[cursor] #1&x=y+z",
        page_limit=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/rum/events",
        query={
            "filter[query]": ["filter[query] #1&x=y+z"],
            "filter[from]": ["filter[from] #1&x=y+z"],
            "filter[to]": ["filter[to] #1&x=y+z"],
            "sort": ["timestamp"],
            "page[cursor]": ["page[cursor] #1&x=y+z"],
            "page[limit]": ["42"],
        },
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RumsResponse, LIST_RUM_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_RUM_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_RUM_EVENTS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_RUM_EVENTS_ERROR_429, id="429"),
    ],
)
def test_list_rum_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_rum_events(
            filter_query="filter[query] #1&x=y+z",
            filter_from="filter[from] #1&x=y+z",
            filter_to="filter[to] #1&x=y+z",
            sort="timestamp",
            page_cursor="page[cursor] #1&x=y+z",
            page_limit=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_search_rum_events_example_1(api, contract):
    """POST /api/v2/rum/events/search with the request example at docs_input/pages/rum.md:62 goes over the
    wire as documented; the 200 example at docs_input/pages/rum.md:136 comes back parsed."""
    result = api.search_rum_events(
        body=models.RUMSearchEventsRequest.model_validate(SEARCH_RUM_EVENTS_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/rum/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_RUM_EVENTS_REQUEST_1,
    )
    contract.assert_parsed(result, models.RumsResponse, SEARCH_RUM_EVENTS_RESPONSE_200)


def test_search_rum_events_example_2(api, contract):
    """POST /api/v2/rum/events/search with the request example at docs_input/pages/rum.md:82 goes over the
    wire as documented; the 200 example at docs_input/pages/rum.md:136 comes back parsed."""
    result = api.search_rum_events(
        body=models.RUMSearchEventsRequest.model_validate(SEARCH_RUM_EVENTS_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/rum/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_RUM_EVENTS_REQUEST_2,
    )
    contract.assert_parsed(result, models.RumsResponse, SEARCH_RUM_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, SEARCH_RUM_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, SEARCH_RUM_EVENTS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, SEARCH_RUM_EVENTS_ERROR_429, id="429"),
    ],
)
def test_search_rum_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.search_rum_events(
            body=models.RUMSearchEventsRequest.model_validate(SEARCH_RUM_EVENTS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_rum_application_example_1(api, contract):
    """PATCH /api/v2/rum/applications/{id} with the request example at docs_input/pages/rum.md:1854 goes
    over the wire as documented; the 200 example at docs_input/pages/rum.md:1922 comes back parsed."""
    result = api.update_rum_application(
        id="id #1/2",
        body=models.RUMApplicationUpdateRequest.model_validate(UPDATE_RUM_APPLICATION_REQUEST_1),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/rum/applications/id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_RUM_APPLICATION_REQUEST_1,
    )
    contract.assert_parsed(result, models.RumApplicationResponse, UPDATE_RUM_APPLICATION_RESPONSE_200)


def test_update_rum_application_example_2(api, contract):
    """PATCH /api/v2/rum/applications/{id} with the request example at docs_input/pages/rum.md:1869 goes
    over the wire as documented; the 200 example at docs_input/pages/rum.md:1922 comes back parsed."""
    result = api.update_rum_application(
        id="id #1/2",
        body=models.RUMApplicationUpdateRequest.model_validate(UPDATE_RUM_APPLICATION_REQUEST_2),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/rum/applications/id%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_RUM_APPLICATION_REQUEST_2,
    )
    contract.assert_parsed(result, models.RumApplicationResponse, UPDATE_RUM_APPLICATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_RUM_APPLICATION_ERROR_400, id="400"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_RUM_APPLICATION_ERROR_404, id="404"),
        pytest.param(422, ApiException, models.APIErrorResponse2, UPDATE_RUM_APPLICATION_ERROR_422, id="422"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_RUM_APPLICATION_ERROR_429, id="429"
        ),
    ],
)
def test_update_rum_application_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_rum_application(
            id="id #1/2",
            body=models.RUMApplicationUpdateRequest.model_validate(UPDATE_RUM_APPLICATION_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)
