"""Contract tests of SpaApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ForbiddenException,
    TooManyRequestsException,
    UnstableOperationDisabledError,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.spa_api import SpaApi

GET_SPA_RECOMMENDATIONS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "confidence_level": "number",
      "driver": {
        "estimation": {
          "cpu": {
            "max": "integer",
            "p75": "integer",
            "p95": "integer"
          },
          "ephemeral_storage": "integer",
          "heap": "integer",
          "memory": "integer",
          "overhead": "integer"
        }
      },
      "executor": {
        "estimation": {
          "cpu": {
            "max": "integer",
            "p75": "integer",
            "p95": "integer"
          },
          "ephemeral_storage": "integer",
          "heap": "integer",
          "memory": "integer",
          "overhead": "integer"
        }
      }
    },
    "id": "string",
    "type": "recommendation"
  }
}
""")
GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SPA_RECOMMENDATIONS_WITH_SHARD_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "confidence_level": "number",
      "driver": {
        "estimation": {
          "cpu": {
            "max": "integer",
            "p75": "integer",
            "p95": "integer"
          },
          "ephemeral_storage": "integer",
          "heap": "integer",
          "memory": "integer",
          "overhead": "integer"
        }
      },
      "executor": {
        "estimation": {
          "cpu": {
            "max": "integer",
            "p75": "integer",
            "p95": "integer"
          },
          "ephemeral_storage": "integer",
          "heap": "integer",
          "memory": "integer",
          "overhead": "integer"
        }
      }
    },
    "id": "string",
    "type": "recommendation"
  }
}
""")


@pytest.fixture
def api(contract):
    return SpaApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/spa.md:530: warning: example of response 200 contradicts its model at /data/attributes/confidence_level: expected number, found string (and 14 more)",
)
def test_get_spa_recommendations(api, contract):
    """GET /api/v2/spa/recommendations/{service} with no request body goes over the wire as documented; the
    200 example at docs_input/pages/spa.md:530 comes back parsed."""
    contract.enable("get_spa_recommendations")
    result = api.get_spa_recommendations(
        service="service #1/2",
        bypass_cache="bypass_cache #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/spa/recommendations/service%20%231%2F2",
        query={"bypass_cache": ["bypass_cache #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RecommendationResponse, GET_SPA_RECOMMENDATIONS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_SPA_RECOMMENDATIONS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_SPA_RECOMMENDATIONS_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_SPA_RECOMMENDATIONS_ERROR_429, id="429"
        ),
    ],
)
def test_get_spa_recommendations_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_spa_recommendations")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_spa_recommendations(
            service="service #1/2",
            bypass_cache="bypass_cache #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_spa_recommendations_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_spa_recommendations(
            service="service #1/2",
            bypass_cache="bypass_cache #1&x=y+z",
        )
    contract.assert_nothing_sent()
    contract.enable("get_spa_recommendations")
    api.get_spa_recommendations(
        service="service #1/2",
        bypass_cache="bypass_cache #1&x=y+z",
    )
    contract.sent()  # once enabled, the request goes out


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/spa.md:80: warning: example of response 200 contradicts its model at /data/attributes/confidence_level: expected number, found string (and 14 more)",
)
def test_get_spa_recommendations_with_shard(api, contract):
    """GET /api/v2/spa/recommendations/{service}/{shard} with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/spa.md:80 comes back parsed."""
    contract.enable("get_spa_recommendations_with_shard")
    result = api.get_spa_recommendations_with_shard(
        shard="shard #1/2",
        service="service #1/2",
        bypass_cache="bypass_cache #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/spa/recommendations/service%20%231%2F2/shard%20%231%2F2",
        query={"bypass_cache": ["bypass_cache #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.RecommendationResponse, GET_SPA_RECOMMENDATIONS_WITH_SHARD_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_400, id="400"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            GET_SPA_RECOMMENDATIONS_WITH_SHARD_ERROR_429,
            id="429",
        ),
    ],
)
def test_get_spa_recommendations_with_shard_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_spa_recommendations_with_shard")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_spa_recommendations_with_shard(
            shard="shard #1/2",
            service="service #1/2",
            bypass_cache="bypass_cache #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_spa_recommendations_with_shard_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_spa_recommendations_with_shard(
            shard="shard #1/2",
            service="service #1/2",
            bypass_cache="bypass_cache #1&x=y+z",
        )
    contract.assert_nothing_sent()
    contract.enable("get_spa_recommendations_with_shard")
    api.get_spa_recommendations_with_shard(
        shard="shard #1/2",
        service="service #1/2",
        bypass_cache="bypass_cache #1&x=y+z",
    )
    contract.sent()  # once enabled, the request goes out
