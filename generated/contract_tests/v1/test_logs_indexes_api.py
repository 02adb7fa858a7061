"""Contract tests of LogsIndexesApi (v1), generated from the docs with the SDK.

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
from datadog_api_client.v1 import model as models
from datadog_api_client.v1.api.logs_indexes_api import LogsIndexesApi

CREATE_LOGS_INDEX_ERROR_400 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
CREATE_LOGS_INDEX_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_LOGS_INDEX_ERROR_422 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
CREATE_LOGS_INDEX_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_LOGS_INDEX_REQUEST = json.loads(r"""
{
  "daily_limit": 300000000,
  "daily_limit_reset": {
    "reset_time": "14:00",
    "reset_utc_offset": "+02:00"
  },
  "daily_limit_warning_threshold_percentage": 70,
  "exclusion_filters": [
    {
      "filter": {
        "query": "*",
        "sample_rate": 1
      },
      "is_enabled": false,
      "name": "payment"
    }
  ],
  "filter": {
    "query": "source:python"
  },
  "name": "main",
  "num_flex_logs_retention_days": 360,
  "num_retention_days": 15,
  "tags": [
    "team:backend",
    "env:production"
  ]
}
""")
CREATE_LOGS_INDEX_RESPONSE_200 = json.loads(r"""
{
  "daily_limit": 300000000,
  "daily_limit_reset": {
    "reset_time": "14:00",
    "reset_utc_offset": "+02:00"
  },
  "daily_limit_warning_threshold_percentage": 70,
  "exclusion_filters": [
    {
      "filter": {
        "query": "*",
        "sample_rate": 1
      },
      "is_enabled": false,
      "name": "payment"
    }
  ],
  "filter": {
    "query": "source:python"
  },
  "is_rate_limited": false,
  "name": "main",
  "num_flex_logs_retention_days": 360,
  "num_retention_days": 15,
  "tags": [
    "team:backend",
    "env:production"
  ]
}
""")
DELETE_LOGS_INDEX_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_LOGS_INDEX_ERROR_404 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
DELETE_LOGS_INDEX_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_LOGS_INDEX_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_LOGS_INDEX_ERROR_404 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
GET_LOGS_INDEX_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_LOGS_INDEX_ORDER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_LOGS_INDEX_ORDER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_LOGS_INDEX_ORDER_RESPONSE_200 = json.loads(r"""
{
  "index_names": [
    "main",
    "payments",
    "web"
  ]
}
""")
GET_LOGS_INDEX_RESPONSE_200 = json.loads(r"""
{
  "daily_limit": 300000000,
  "daily_limit_reset": {
    "reset_time": "14:00",
    "reset_utc_offset": "+02:00"
  },
  "daily_limit_warning_threshold_percentage": 70,
  "exclusion_filters": [
    {
      "filter": {
        "query": "*",
        "sample_rate": 1
      },
      "is_enabled": false,
      "name": "payment"
    }
  ],
  "filter": {
    "query": "source:python"
  },
  "is_rate_limited": false,
  "name": "main",
  "num_flex_logs_retention_days": 360,
  "num_retention_days": 15,
  "tags": [
    "team:backend",
    "env:production"
  ]
}
""")
LIST_LOG_INDEXES_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_LOG_INDEXES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_LOG_INDEXES_RESPONSE_200 = json.loads(r"""
{
  "indexes": [
    {
      "daily_limit": 300000000,
      "daily_limit_reset": {
        "reset_time": "14:00",
        "reset_utc_offset": "+02:00"
      },
      "daily_limit_warning_threshold_percentage": 70,
      "exclusion_filters": [
        {
          "filter": {
            "query": "*",
            "sample_rate": 1
          },
          "is_enabled": false,
          "name": "payment"
        }
      ],
      "filter": {
        "query": "source:python"
      },
      "is_rate_limited": false,
      "name": "main",
      "num_flex_logs_retention_days": 360,
      "num_retention_days": 15,
      "tags": [
        "team:backend",
        "env:production"
      ]
    }
  ]
}
""")
UPDATE_LOGS_INDEX_ERROR_400 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
UPDATE_LOGS_INDEX_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_LOGS_INDEX_ERROR_429 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
UPDATE_LOGS_INDEX_ORDER_ERROR_400 = json.loads(r"""
{
  "error": {
    "code": "string",
    "details": [],
    "message": "string"
  }
}
""")
UPDATE_LOGS_INDEX_ORDER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_LOGS_INDEX_ORDER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_LOGS_INDEX_ORDER_REQUEST = json.loads(r"""
{
  "index_names": [
    "main",
    "payments",
    "web"
  ]
}
""")
UPDATE_LOGS_INDEX_ORDER_RESPONSE_200 = json.loads(r"""
{
  "index_names": [
    "main",
    "payments",
    "web"
  ]
}
""")
UPDATE_LOGS_INDEX_REQUEST = json.loads(r"""
{
  "daily_limit": 300000000,
  "daily_limit_reset": {
    "reset_time": "14:00",
    "reset_utc_offset": "+02:00"
  },
  "daily_limit_warning_threshold_percentage": 70,
  "disable_daily_limit": false,
  "exclusion_filters": [
    {
      "filter": {
        "query": "*",
        "sample_rate": 1
      },
      "is_enabled": false,
      "name": "payment"
    }
  ],
  "filter": {
    "query": "source:python"
  },
  "num_flex_logs_retention_days": 360,
  "num_retention_days": 15,
  "tags": [
    "team:backend",
    "env:production"
  ]
}
""")
UPDATE_LOGS_INDEX_RESPONSE_200 = json.loads(r"""
{
  "daily_limit": 300000000,
  "daily_limit_reset": {
    "reset_time": "14:00",
    "reset_utc_offset": "+02:00"
  },
  "daily_limit_warning_threshold_percentage": 70,
  "exclusion_filters": [
    {
      "filter": {
        "query": "*",
        "sample_rate": 1
      },
      "is_enabled": false,
      "name": "payment"
    }
  ],
  "filter": {
    "query": "source:python"
  },
  "is_rate_limited": false,
  "name": "main",
  "num_flex_logs_retention_days": 360,
  "num_retention_days": 15,
  "tags": [
    "team:backend",
    "env:production"
  ]
}
""")


@pytest.fixture
def api(contract):
    return LogsIndexesApi(contract.client)


def test_create_logs_index(api, contract):
    """POST /api/v1/logs/config/indexes with the request example at docs_input/pages/logs-indexes.md:717
    goes over the wire as documented; the 200 example at docs_input/pages/logs-indexes.md:782 comes back
    parsed."""
    result = api.create_logs_index(
        body=models.LogsIndex.model_validate(CREATE_LOGS_INDEX_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v1/logs/config/indexes",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_LOGS_INDEX_REQUEST,
    )
    contract.assert_parsed(result, models.LogsIndex, CREATE_LOGS_INDEX_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ListLogs400Response, CREATE_LOGS_INDEX_ERROR_400, id="400"),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, CREATE_LOGS_INDEX_ERROR_403, id="403"
        ),
        pytest.param(422, ApiException, models.ListLogs400Response, CREATE_LOGS_INDEX_ERROR_422, id="422"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, CREATE_LOGS_INDEX_ERROR_429, id="429"
        ),
    ],
)
def test_create_logs_index_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_logs_index(
            body=models.LogsIndex.model_validate(CREATE_LOGS_INDEX_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_logs_index(api, contract):
    """DELETE /api/v1/logs/config/indexes/{name} with no request body goes over the wire as documented; no
    content comes back."""
    result = api.delete_logs_index(
        name="name #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v1/logs/config/indexes/name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, DELETE_LOGS_INDEX_ERROR_403, id="403"
        ),
        pytest.param(404, NotFoundException, models.ListLogs400Response, DELETE_LOGS_INDEX_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, DELETE_LOGS_INDEX_ERROR_429, id="429"
        ),
    ],
)
def test_delete_logs_index_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_logs_index(
            name="name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_logs_index(api, contract):
    """GET /api/v1/logs/config/indexes/{name} with no request body goes over the wire as documented; the
    200 example at docs_input/pages/logs-indexes.md:377 comes back parsed."""
    result = api.get_logs_index(
        name="name #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v1/logs/config/indexes/name%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.LogsIndex, GET_LOGS_INDEX_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, GET_LOGS_INDEX_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.ListLogs400Response, GET_LOGS_INDEX_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_LOGS_INDEX_ERROR_429, id="429"
        ),
    ],
)
def test_get_logs_index_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_logs_index(
            name="name #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_logs_index_order(api, contract):
    """GET /api/v1/logs/config/index-order with no request body goes over the wire as documented; the 200
    example at docs_input/pages/logs-indexes.md:2135 comes back parsed."""
    result = api.get_logs_index_order()
    contract.assert_request(
        method="GET",
        path="/api/v1/logs/config/index-order",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.LogsIndexesOrder, GET_LOGS_INDEX_ORDER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, GET_LOGS_INDEX_ORDER_ERROR_403, id="403"
        ),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, GET_LOGS_INDEX_ORDER_ERROR_429, id="429"
        ),
    ],
)
def test_get_logs_index_order_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_logs_index_order()
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_log_indexes(api, contract):
    """GET /api/v1/logs/config/indexes with no request body goes over the wire as documented; the 200
    example at docs_input/pages/logs-indexes.md:62 comes back parsed."""
    result = api.list_log_indexes()
    contract.assert_request(
        method="GET",
        path="/api/v1/logs/config/indexes",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListLogIndexesResponse, LIST_LOG_INDEXES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(403, ForbiddenException, models.ErrorResponseObjectResponse, LIST_LOG_INDEXES_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.ErrorResponseObjectResponse, LIST_LOG_INDEXES_ERROR_429, id="429"
        ),
    ],
)
def test_list_log_indexes_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_log_indexes()
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_logs_index(api, contract):
    """PUT /api/v1/logs/config/indexes/{name} with the request example at
    docs_input/pages/logs-indexes.md:1316 goes over the wire as documented; the 200 example at
    docs_input/pages/logs-indexes.md:1381 comes back parsed."""
    result = api.update_logs_index(
        name="name #1/2",
        body=models.LogsIndexUpdateRequest.model_validate(UPDATE_LOGS_INDEX_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/logs/config/indexes/name%20%231%2F2",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_LOGS_INDEX_REQUEST,
    )
    contract.assert_parsed(result, models.LogsIndex, UPDATE_LOGS_INDEX_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ListLogs400Response, UPDATE_LOGS_INDEX_ERROR_400, id="400"),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_LOGS_INDEX_ERROR_403, id="403"
        ),
        pytest.param(429, TooManyRequestsException, models.ListLogs400Response, UPDATE_LOGS_INDEX_ERROR_429, id="429"),
    ],
)
def test_update_logs_index_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_logs_index(
            name="name #1/2",
            body=models.LogsIndexUpdateRequest.model_validate(UPDATE_LOGS_INDEX_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_logs_index_order(api, contract):
    """PUT /api/v1/logs/config/index-order with the request example at
    docs_input/pages/logs-indexes.md:2400 goes over the wire as documented; the 200 example at
    docs_input/pages/logs-indexes.md:2427 comes back parsed."""
    result = api.update_logs_index_order(
        body=models.LogsIndexesOrder.model_validate(UPDATE_LOGS_INDEX_ORDER_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v1/logs/config/index-order",
        query={},
        headers={},
        content_type="application/json",
        body=UPDATE_LOGS_INDEX_ORDER_REQUEST,
    )
    contract.assert_parsed(result, models.LogsIndexesOrder, UPDATE_LOGS_INDEX_ORDER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.ListLogs400Response, UPDATE_LOGS_INDEX_ORDER_ERROR_400, id="400"),
        pytest.param(
            403, ForbiddenException, models.ErrorResponseObjectResponse, UPDATE_LOGS_INDEX_ORDER_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.ErrorResponseObjectResponse,
            UPDATE_LOGS_INDEX_ORDER_ERROR_429,
            id="429",
        ),
    ],
)
def test_update_logs_index_order_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_logs_index_order(
            body=models.LogsIndexesOrder.model_validate(UPDATE_LOGS_INDEX_ORDER_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
