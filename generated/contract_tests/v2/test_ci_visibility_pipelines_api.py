"""Contract tests of CIVisibilityPipelinesApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    ApiException,
    BadRequestException,
    ForbiddenException,
    ServiceException,
    TooManyRequestsException,
    UnauthorizedException,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.ci_visibility_pipelines_api import CIVisibilityPipelinesApi

AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
AGGREGATE_CI_APP_PIPELINE_EVENTS_REQUEST = json.loads(r"""
{
  "compute": [
    {
      "aggregation": "pc90",
      "metric": "@duration",
      "type": "total"
    }
  ],
  "filter": {
    "from": "now-15m",
    "query": "@ci.provider.name:(gitlab OR github)",
    "to": "now"
  },
  "group_by": [
    {
      "facet": "@ci.status",
      "limit": 10,
      "total": false
    }
  ],
  "options": {
    "timezone": "GMT"
  }
}
""")
AGGREGATE_CI_APP_PIPELINE_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "buckets": [
      {
        "by": {
          "<any-key>": "undefined"
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
    "next": "https://app.datadoghq.com/api/v2/ci/tests/events?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
  },
  "meta": {
    "elapsed": 132,
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
CREATE_CI_APP_PIPELINE_EVENT_ERROR_400 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_401 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_403 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_408 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_413 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_500 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_ERROR_503 = json.loads(r"""
{
  "errors": [
    {
      "detail": "Malformed payload",
      "status": "400",
      "title": "Bad Request"
    }
  ]
}
""")
CREATE_CI_APP_PIPELINE_EVENT_REQUEST_1 = json.loads(r"""
{
  "data": {
    "attributes": {
      "resource": {
        "level": "pipeline",
        "unique_id": "3eacb6f3-ff04-4e10-8a9c-46e6d054024a",
        "name": "Deploy to AWS",
        "url": "https://my-ci-provider.example/pipelines/my-pipeline/run/1",
        "start": "2021-11-11T11:09:11+00:00",
        "end": "2021-11-11T11:10:41+00:00",
        "status": "success",
        "partial_retry": false,
        "git": {
          "repository_url": "https://github.com/DataDog/datadog-agent",
          "sha": "7f263865994b76066c4612fd1965215e7dcb4cd2",
          "author_email": "john.doe@email.com"
        }
      }
    },
    "type": "cipipeline_resource_request"
  }
}
""")
CREATE_CI_APP_PIPELINE_EVENT_REQUEST_2 = json.loads(r"""
{
  "data": {
    "attributes": {
      "provider_name": "example-provider",
      "resource": {
        "level": "pipeline",
        "unique_id": "3eacb6f3-ff04-4e10-8a9c-46e6d054024a",
        "name": "Deploy to AWS",
        "url": "https://my-ci-provider.example/pipelines/my-pipeline/run/1",
        "start": "2021-11-11T11:09:11+00:00",
        "end": "2021-11-11T11:10:41+00:00",
        "status": "success",
        "partial_retry": false,
        "git": {
          "repository_url": "https://github.com/DataDog/datadog-agent",
          "sha": "7f263865994b76066c4612fd1965215e7dcb4cd2",
          "author_email": "john.doe@email.com"
        }
      }
    },
    "type": "cipipeline_resource_request"
  }
}
""")
CREATE_CI_APP_PIPELINE_EVENT_REQUEST_3 = json.loads(r"""
{
  "data": {
    "attributes": {
      "resource": {
        "level": "pipeline",
        "unique_id": "3eacb6f3-ff04-4e10-8a9c-46e6d054024a",
        "name": "Deploy to AWS",
        "url": "https://my-ci-provider.example/pipelines/my-pipeline/run/1",
        "start": "2021-11-11T11:09:11+00:00",
        "status": "running",
        "partial_retry": false,
        "git": {
          "repository_url": "https://github.com/DataDog/datadog-agent",
          "sha": "7f263865994b76066c4612fd1965215e7dcb4cd2",
          "author_email": "john.doe@email.com"
        }
      }
    },
    "type": "cipipeline_resource_request"
  }
}
""")
CREATE_CI_APP_PIPELINE_EVENT_RESPONSE_202 = json.loads(r"""
{}
""")
LIST_CI_APP_PIPELINE_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_CI_APP_PIPELINE_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_CI_APP_PIPELINE_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_CI_APP_PIPELINE_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "ci_level": "pipeline",
        "tags": [
          "team:A"
        ]
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "cipipeline"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/ci/tests/events?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
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
SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_1 = json.loads(r"""
{
  "filter": {
    "from": "now-15m",
    "query": "@ci.provider.name:github AND @ci.status:error",
    "to": "now"
  },
  "options": {
    "timezone": "GMT"
  },
  "page": {
    "limit": 5
  },
  "sort": "timestamp"
}
""")
SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_2 = json.loads(r"""
{
  "filter": {
    "from": "now-30s",
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
SEARCH_CI_APP_PIPELINE_EVENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "attributes": {
          "customAttribute": 123,
          "duration": 2345
        },
        "ci_level": "pipeline",
        "tags": [
          "team:A"
        ]
      },
      "id": "AAAAAWgN8Xwgr1vKDQAAAABBV2dOOFh3ZzZobm1mWXJFYTR0OA",
      "type": "cipipeline"
    }
  ],
  "links": {
    "next": "https://app.datadoghq.com/api/v2/ci/tests/events?filter[query]=foo&page[cursor]=eyJzdGFydEF0IjoiQVFBQUFYS2tMS3pPbm40NGV3QUFBQUJCV0V0clRFdDZVbG8zY3pCRmNsbHJiVmxDWlEifQ=="
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


@pytest.fixture
def api(contract):
    return CIVisibilityPipelinesApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/ci-visibility-pipelines.md:3322: warning: example of response 200 contradicts its model at /data/buckets/0/computes/<any-key>: fits none of the 3 options",
)
def test_aggregate_ci_app_pipeline_events(api, contract):
    """POST /api/v2/ci/pipelines/analytics/aggregate with the request example at
    docs_input/pages/ci-visibility-pipelines.md:3258 goes over the wire as documented; the 200 example
    at docs_input/pages/ci-visibility-pipelines.md:3322 comes back parsed."""
    result = api.aggregate_ci_app_pipeline_events(
        body=models.CIAppPipelinesAggregateRequest.model_validate(AGGREGATE_CI_APP_PIPELINE_EVENTS_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipelines/analytics/aggregate",
        query={},
        headers={},
        content_type="application/json",
        body=AGGREGATE_CI_APP_PIPELINE_EVENTS_REQUEST,
    )
    contract.assert_parsed(
        result, models.AggregateCIAppPipelineEventsResponse, AGGREGATE_CI_APP_PIPELINE_EVENTS_RESPONSE_200
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            AGGREGATE_CI_APP_PIPELINE_EVENTS_ERROR_429,
            id="429",
        ),
    ],
)
def test_aggregate_ci_app_pipeline_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.aggregate_ci_app_pipeline_events(
            body=models.CIAppPipelinesAggregateRequest.model_validate(AGGREGATE_CI_APP_PIPELINE_EVENTS_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_ci_app_pipeline_event_example_1(api, contract):
    """POST /api/v2/ci/pipeline with the request example at docs_input/pages/ci-visibility-pipelines.md:492
    goes over the wire as documented; the 202 example at docs_input/pages/ci-visibility-pipelines.md:586
    comes back parsed."""
    result = api.create_ci_app_pipeline_event(
        body=models.CIAppCreatePipelineEventRequest.model_validate(CREATE_CI_APP_PIPELINE_EVENT_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipeline",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_CI_APP_PIPELINE_EVENT_REQUEST_1,
    )
    contract.assert_parsed(result, models.GetOpenAPIResponse, CREATE_CI_APP_PIPELINE_EVENT_RESPONSE_202)


def test_create_ci_app_pipeline_event_example_2(api, contract):
    """POST /api/v2/ci/pipeline with the request example at docs_input/pages/ci-visibility-pipelines.md:519
    goes over the wire as documented; the 202 example at docs_input/pages/ci-visibility-pipelines.md:586
    comes back parsed."""
    result = api.create_ci_app_pipeline_event(
        body=models.CIAppCreatePipelineEventRequest.model_validate(CREATE_CI_APP_PIPELINE_EVENT_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipeline",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_CI_APP_PIPELINE_EVENT_REQUEST_2,
    )
    contract.assert_parsed(result, models.GetOpenAPIResponse, CREATE_CI_APP_PIPELINE_EVENT_RESPONSE_202)


def test_create_ci_app_pipeline_event_example_3(api, contract):
    """POST /api/v2/ci/pipeline with the request example at docs_input/pages/ci-visibility-pipelines.md:547
    goes over the wire as documented; the 202 example at docs_input/pages/ci-visibility-pipelines.md:586
    comes back parsed."""
    result = api.create_ci_app_pipeline_event(
        body=models.CIAppCreatePipelineEventRequest.model_validate(CREATE_CI_APP_PIPELINE_EVENT_REQUEST_3),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipeline",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_CI_APP_PIPELINE_EVENT_REQUEST_3,
    )
    contract.assert_parsed(result, models.GetOpenAPIResponse, CREATE_CI_APP_PIPELINE_EVENT_RESPONSE_202)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_403, id="403"
        ),
        pytest.param(
            408, ApiException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_408, id="408"
        ),
        pytest.param(
            413, ApiException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_413, id="413"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorsOccurredResponse,
            CREATE_CI_APP_PIPELINE_EVENT_ERROR_429,
            id="429",
        ),
        pytest.param(
            500, ServiceException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_500, id="500"
        ),
        pytest.param(
            503, ServiceException, models.ErrorsOccurredResponse, CREATE_CI_APP_PIPELINE_EVENT_ERROR_503, id="503"
        ),
    ],
)
def test_create_ci_app_pipeline_event_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_ci_app_pipeline_event(
            body=models.CIAppCreatePipelineEventRequest.model_validate(CREATE_CI_APP_PIPELINE_EVENT_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_ci_app_pipeline_events(api, contract):
    """GET /api/v2/ci/pipelines/events with no request body goes over the wire as documented; the 200
    example at docs_input/pages/ci-visibility-pipelines.md:2062 comes back parsed."""
    result = api.list_ci_app_pipeline_events(
        filter_query="filter[query] #1&x=y+z",
        filter_from="filter[from] #1&x=y+z",
        filter_to="filter[to] #1&x=y+z",
        sort="timestamp",
        page_cursor="page[cursor] #1&x=y+z",
        page_limit=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/ci/pipelines/events",
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
    contract.assert_parsed(result, models.CipipelinesResponse, LIST_CI_APP_PIPELINE_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, LIST_CI_APP_PIPELINE_EVENTS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, LIST_CI_APP_PIPELINE_EVENTS_ERROR_403, id="403"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, LIST_CI_APP_PIPELINE_EVENTS_ERROR_429, id="429"
        ),
    ],
)
def test_list_ci_app_pipeline_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_ci_app_pipeline_events(
            filter_query="filter[query] #1&x=y+z",
            filter_from="filter[from] #1&x=y+z",
            filter_to="filter[to] #1&x=y+z",
            sort="timestamp",
            page_cursor="page[cursor] #1&x=y+z",
            page_limit=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_search_ci_app_pipeline_events_example_1(api, contract):
    """POST /api/v2/ci/pipelines/events/search with the request example at
    docs_input/pages/ci-visibility-pipelines.md:2446 goes over the wire as documented; the 200 example
    at docs_input/pages/ci-visibility-pipelines.md:2516 comes back parsed."""
    result = api.search_ci_app_pipeline_events(
        body=models.CIAppPipelineEventsRequest.model_validate(SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_1),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipelines/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_1,
    )
    contract.assert_parsed(result, models.CipipelinesResponse, SEARCH_CI_APP_PIPELINE_EVENTS_RESPONSE_200)


def test_search_ci_app_pipeline_events_example_2(api, contract):
    """POST /api/v2/ci/pipelines/events/search with the request example at
    docs_input/pages/ci-visibility-pipelines.md:2465 goes over the wire as documented; the 200 example
    at docs_input/pages/ci-visibility-pipelines.md:2516 comes back parsed."""
    result = api.search_ci_app_pipeline_events(
        body=models.CIAppPipelineEventsRequest.model_validate(SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_2),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/ci/pipelines/events/search",
        query={},
        headers={},
        content_type="application/json",
        body=SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_2,
    )
    contract.assert_parsed(result, models.CipipelinesResponse, SEARCH_CI_APP_PIPELINE_EVENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_403, id="403"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, SEARCH_CI_APP_PIPELINE_EVENTS_ERROR_429, id="429"
        ),
    ],
)
def test_search_ci_app_pipeline_events_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.search_ci_app_pipeline_events(
            body=models.CIAppPipelineEventsRequest.model_validate(SEARCH_CI_APP_PIPELINE_EVENTS_REQUEST_1),
        )
    contract.assert_error(raised.value, exception, status, model, example)
