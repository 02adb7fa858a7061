"""Contract tests of EventsApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1.api.events_api import EventsApi

CREATE_EVENT_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
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
CREATE_EVENT_REQUEST_1 = json.loads(r"""
{
  "title": "Example-Event",
  "text": "A text message.",
  "tags": [
    "test:ExampleEvent"
  ]
}
""")
CREATE_EVENT_REQUEST_2 = json.loads(r"""
{
  "title": "Example-Event very very very looooooooong looooooooooooong loooooooooooooooooooooong looooooooooooooooooooooooooong title with 100+ characters",
  "text": "A text message.",
  "tags": [
    "test:ExampleEvent"
  ]
}
""")
CREATE_EVENT_RESPONSE_202 = json.loads(r"""
{
  "event": {
    "alert_type": "info",
    "date_happened": "integer",
    "device_name": "string",
    "host": "string",
    "id": "integer",
    "id_str": "string",
    "payload": "{}",
    "priority": "normal",
    "source_type_name": "string",
    "tags": [
      "environment:test"
    ],
    "text": "Oh boy!",
    "title": "Did you hear the news today?",
    "url": "string"
  },
  "status": "string"
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
  "event": {
    "alert_type": "info",
    "date_happened": "integer",
    "device_name": "string",
    "host": "string",
    "id": "integer",
    "id_str": "string",
    "payload": "{}",
    "priority": "normal",
    "source_type_name": "string",
    "tags": [
      "environment:test"
    ],
    "text": "Oh boy!",
    "title": "Did you hear the news today?",
    "url": "string"
  },
  "status": "string"
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
  "events": [
    {
      "alert_type": "info",
      "date_happened": "integer",
      "device_name": "string",
      "host": "string",
      "id": "integer",
      "id_str": "string",
      "payload": "{}",
      "priority": "normal",
      "source_type_name": "string",
      "tags": [
        "environment:test"
      ],
      "text": "Oh boy!",
      "title": "Did you hear the news today?",
      "url": "string"
    }
  ],
  "status": "string"
}
""")


@pytest.fixture
def api(contract):
    return EventsApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:943: warning: example of response 202 contradicts its model at /event/date_happened: expected integer, found string (and 1 more)",
)
def test_create_event_example_1(api, contract):
    """POST /api/v1/events with the request example at docs_input/pages/events.md:890 goes over the wire as
    documented; the 202 example at docs_input/pages/events.md:943 comes back parsed."""
    result = api.create_event(
        body=models.EventCreateRequest.model_validate(CREATE_EVENT_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/events",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_EVENT_REQUEST_1,
    )
    contract.assert_parsed(result, models.CreateEventResponse, CREATE_EVENT_RESPONSE_202)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:943: warning: example of response 202 contradicts its model at /event/date_happened: expected integer, found string (and 1 more)",
)
def test_create_event_example_2(api, contract):
    """POST /api/v1/events with the request example at docs_input/pages/events.md:902 goes over the wire as
    documented; the 202 example at docs_input/pages/events.md:943 comes back parsed."""
    result = api.create_event(
        body=models.EventCreateRequest.model_validate(CREATE_EVENT_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/events",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_EVENT_REQUEST_2,
    )
    contract.assert_parsed(result, models.CreateEventResponse, CREATE_EVENT_RESPONSE_202)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, CREATE_EVENT_ERROR_400, id="400"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_EVENT_ERROR_429, id="429"
        ),
    ],
)
def test_create_event_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_event(
            body=models.EventCreateRequest.model_validate(CREATE_EVENT_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:2455: warning: example of response 200 contradicts its model at /event/date_happened: expected integer, found string (and 1 more)",
)
def test_get_event(api, contract):
    """GET /api/v1/events/{event_id} with no request body goes over the wire as documented; the 200 example
    at docs_input/pages/events.md:2455 comes back parsed."""
    result = api.get_event(
        event_id=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/events/42",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.CreateEventResponse, GET_EVENT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, GET_EVENT_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ErrorResponseObjectResponse, GET_EVENT_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_EVENT_ERROR_429, id="429"),
    ],
)
def test_get_event_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_event(
            event_id=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/events.md:83: warning: example of response 200 contradicts its model at /events/0/date_happened: expected integer, found string (and 1 more)",
)
def test_list_events(api, contract):
    """GET /api/v1/events with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/events.md:83 comes back parsed."""
    result = api.list_events(
        start=42,
        end=42,
        priority="normal",
        sources="sources #1&x=y+z",
        tags="tags #1&x=y+z",
        unaggregated=True,
        exclude_aggregate=True,
        page=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/events",
        query={
            "start": ["42"],
            "end": ["42"],
            "priority": ["normal"],
            "sources": ["sources #1&x=y+z"],
            "tags": ["tags #1&x=y+z"],
            "unaggregated": ["true"],
            "exclude_aggregate": ["true"],
            "page": ["42"],
        },
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListEventsResponse, LIST_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ErrorResponseObjectResponse, LIST_EVENTS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_EVENTS_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_EVENTS_ERROR_429, id="429"
        ),
    ],
)
def test_list_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_events(
            start=42,
            end=42,
            priority="normal",
            sources="sources #1&x=y+z",
            tags="tags #1&x=y+z",
            unaggregated=True,
            exclude_aggregate=True,
            page=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)
