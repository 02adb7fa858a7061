"""Contract tests of EventsApi (v2), generated from the docs with the SDK.

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
    UnauthorizedException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.events_api import EventsApi

CREATE_EVENT_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Missing required attribute in body",
      "meta": {},
      "source": {
        "header": "Authorization",
        "parameter": "limit",
        "pointer": "/data/attributes/title"
      },
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_EVENT_ERROR_403 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Missing required attribute in body",
      "meta": {},
      "source": {
        "header": "Authorization",
        "parameter": "limit",
        "pointer": "/data/attributes/title"
      },
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_EVENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_EVENT_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "aggregation_key": "aggregation_key_123",
      "attributes": {
        "author": {
          "name": "example@datadog.com",
          "type": "user"
        },
        "change_metadata": {
          "dd": {
            "team": "datadog_team",
            "user_email": "datadog@datadog.com",
            "user_id": "datadog_user_id",
            "user_name": "datadog_username"
          },
          "resource_link": "datadog.com/feature/fallback_payments_test"
        },
        "changed_resource": {
          "name": "fallback_payments_test",
          "type": "feature_flag"
        },
        "impacted_resources": [
          {
            "name": "payments_api",
            "type": "service"
          }
        ],
        "new_value": {
          "enabled": true,
          "percentage": "50%",
          "rule": {
            "datacenter": "devcycle.us1.prod"
          }
        },
        "prev_value": {
          "enabled": true,
          "percentage": "10%",
          "rule": {
            "datacenter": "devcycle.us1.prod"
          }
        }
      },
      "category": "change",
      "integration_id": "custom-events",
      "host": "test-host",
      "message": "payment_processed feature flag has been enabled",
      "tags": [
        "env:api_client_test"
      ],
      "title": "payment_processed feature flag updated"
    },
    "type": "event"
  }
}
""")
CREATE_EVENT_RESPONSE_202 = json.loads(r"""
{
  "data": {
    "attributes": {
      "attributes": {
        "evt": {
          "id": "string",
          "uid": "string"
        }
      }
    },
    "type": "event"
  },
  "links": {
    "self": "string"
  }
}
""")
GET_EVENT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_EVENT_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_EVENT_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_EVENT_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_EVENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_EVENT_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "attributes": {
        "aggregation_key": "aggregation-key",
        "author": {
          "name": "example@datadog.com",
          "type": "user"
        },
        "change_metadata": {
          "dd": {
            "team": "datadog_team",
            "user_email": "datadog@datadog.com",
            "user_id": "datadog_user_id",
            "user_name": "datadog_username"
          }
        },
        "changed_resource": {
          "name": "string",
          "type": "feature_flag"
        },
        "evt": {
          "category": "change",
          "id": "string",
          "integration_id": "custom-events",
          "source_id": "integer",
          "uid": "string"
        },
        "impacted_resources": [
          {
            "name": "service-name",
            "type": "service"
          }
        ],
        "new_value": {
          "enabled": true,
          "percentage": "50%",
          "rule": {
            "datacenter": "devcycle.us1.prod"
          }
        },
        "prev_value": {
          "enabled": true,
          "percentage": "10%",
          "rule": {
            "datacenter": "devcycle.us1.prod"
          }
        },
        "service": "service-name",
        "timestamp": 175019386627,
        "title": "The event title"
      },
      "message": "The event message",
      "tags": [
        "env:api_client_test"
      ],
      "timestamp": "2017-01-15T01:30:15.010000Z"
    },
    "id": "",
    "type": "event"
  }
}
""")
LIST_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "aggregation_key": "string",
          "date_happened": "integer",
          "device_name": "string",
          "duration": "integer",
          "event_object": "Did you hear the news today?",
          "evt": {
            "id": "6509751066204996294",
            "name": "string",
            "source_id": 36,
            "type": "error_tracking_alert"
          },
          "hostname": "string",
          "monitor": {
            "created_at": 1646318692000,
            "group_status": "integer",
            "groups": [],
            "id": "integer",
            "message": "string",
            "modified": "integer",
            "name": "string",
            "query": "string",
            "tags": [
              "environment:test"
            ],
            "templated_name": "string",
            "type": "string"
          },
          "monitor_groups": [],
          "monitor_id": "integer",
          "priority": "normal",
          "related_event_id": "integer",
          "service": "datadog-api",
          "source_type_name": "string",
          "sourcecategory": "string",
          "status": "info",
          "tags": [
            "environment:test"
          ],
          "timestamp": 1652274265000,
          "title": "Oh boy!"
        },
        "message": "string",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "event"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/events?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
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
        "title": "One or several indexes are missing or invalid. Results hold data from the other indexes."
      }
    ]
  }
}
""")
SEARCH_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_EVENTS_REQUEST_1 = json.loads(r"""
{
  "filter": {
    "query": "datadog-agent",
    "from": "2020-09-17T11:48:36+01:00",
    "to": "2020-09-17T12:48:36+01:00"
  },
  "sort": "timestamp",
  "page": {
    "limit": 5
  }
}
""")
SEARCH_EVENTS_REQUEST_2 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "to": "now"
  },
  "options": {
    "timezone": "GMT"
  },
  "page": {
    "limit": 2
  },
  "sort": "timestamp"
}
""")
SEARCH_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "aggregation_key": "string",
          "date_happened": "integer",
          "device_name": "string",
          "duration": "integer",
          "event_object": "Did you hear the news today?",
          "evt": {
            "id": "6509751066204996294",
            "name": "string",
            "source_id": 36,
            "type": "error_tracking_alert"
          },
          "hostname": "string",
          "monitor": {
            "created_at": 1646318692000,
            "group_status": "integer",
            "groups": [],
            "id": "integer",
            "message": "string",
            "modified": "integer",
            "name": "string",
            "query": "string",
            "tags": [
              "environment:test"
            ],
            "templated_name": "string",
            "type": "string"
          },
          "monitor_groups": [],
          "monitor_id": "integer",
          "priority": "normal",
          "related_event_id": "integer",
          "service": "datadog-api",
          "source_type_name": "string",
          "sourcecategory": "string",
          "status": "info",
          "tags": [
            "environment:test"
          ],
          "timestamp": 1652274265000,
          "title": "Oh boy!"
        },
        "message": "string",
        "tags": [
          "team:A"
        ],
        "timestamp": "2019-01-02T09:42:36.320Z"
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "event"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/events?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
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
        "title": "One or several indexes are missing or invalid. Results hold data from the other indexes."
      }
    ]
  }
}
""")


@pytest.fixture
def api(contract):
    return EventsApi(contract.client)


def test_create_event(api, contract):
    """POST /api/v2/events with the request example at docs_input/pages/events.md:1562 goes over the wire
    as documented; the 202 example at docs_input/pages/events.md:1645 comes back parsed."""
    result = api.create_event(
        body=models.EventCreateRequestPayload.model_validate(CREATE_EVENT_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/events",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_EVENT_REQUEST,
    )
    contract.assert_parsed(result, models.CreateEventResponse, CREATE_EVENT_RESPONSE_202)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, CREATE_EVENT_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, CREATE_EVENT_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, CREATE_EVENT_ERROR_429, id="429"),
    ],
)
def test_create_event_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_event(
            body=models.EventCreateRequestPayload.model_validate(CREATE_EVENT_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:2857: warning: example of response 200 contradicts its model at /data/attributes/attributes: fits none of the 2 options",
)
def test_get_event(api, contract):
    """GET /api/v2/events/{event_id} with no request body goes over the wire as documented; the 200 example
    at docs_input/pages/events.md:2857 comes back parsed."""
    result = api.get_event(
        event_id="event_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/events/event_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetEventResponse, GET_EVENT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_EVENT_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_EVENT_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_EVENT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_EVENT_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_EVENT_ERROR_429, id="429"),
    ],
)
def test_get_event_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_event(
            event_id="event_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:520: warning: example of response 200 contradicts its model at /data/0/attributes/attributes/date_happened: expected integer, found string (and 6 more)",
)
def test_list_events(api, contract):
    """GET /api/v2/events with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/events.md:520 comes back parsed."""
    result = api.list_events(
        filter_query="filter[query] #1&x=y+z",
        filter_from="filter[from] #1&x=y+z",
        filter_to="filter[to] #1&x=y+z",
        sort="timestamp",
        page_cursor="page[cursor] #1&x=y+z",
        page_limit=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/events",
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
    contract.assert_parsed(result, models.EventsResponse, LIST_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, LIST_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, LIST_EVENTS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_EVENTS_ERROR_429, id="429"),
    ],
)
def test_list_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_events(
            filter_query="filter[query] #1&x=y+z",
            filter_from="filter[from] #1&x=y+z",
            filter_to="filter[to] #1&x=y+z",
            sort="timestamp",
            page_cursor="page[cursor] #1&x=y+z",
            page_limit=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:3372: warning: example of response 200 contradicts its model at /data/0/attributes/attributes/date_happened: expected integer, found string (and 6 more)",
)
def test_search_events_example_1(api, contract):
    """POST /api/v2/events/search with the request example at docs_input/pages/events.md:3270 goes over the
    wire as documented; the 200 example at docs_input/pages/events.md:3372 comes back parsed."""
    result = api.search_events(
        body=models.EventsListRequest.model_validate(SEARCH_EVENTS_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_EVENTS_REQUEST_1,
    )
    contract.assert_parsed(result, models.EventsResponse, SEARCH_EVENTS_RESPONSE_200)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:3372: warning: example of response 200 contradicts its model at /data/0/attributes/attributes/date_happened: expected integer, found string (and 6 more)",
)
def test_search_events_example_2(api, contract):
    """POST /api/v2/events/search with the request example at docs_input/pages/events.md:3286 goes over the
    wire as documented; the 200 example at docs_input/pages/events.md:3372 comes back parsed."""
    result = api.search_events(
        body=models.EventsListRequest.model_validate(SEARCH_EVENTS_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_EVENTS_REQUEST_2,
    )
    contract.assert_parsed(result, models.EventsResponse, SEARCH_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, SEARCH_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, SEARCH_EVENTS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, SEARCH_EVENTS_ERROR_429, id="429"),
    ],
)
def test_search_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.search_events(
            body=models.EventsListRequest.model_validate(SEARCH_EVENTS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)
