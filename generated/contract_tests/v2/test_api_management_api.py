"""Contract tests of APIManagementApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import io
import json

import pytest

from datadog_api_client.exceptions import (
    BadRequestException,
    ForbiddenException,
    NotFoundException,
    TooManyRequestsException,
    UnstableOperationDisabledError,
)
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.api_management_api import APIManagementApi

CREATE_OPEN_API_ERROR_400 = json.loads(r"""
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
CREATE_OPEN_API_ERROR_403 = json.loads(r"""
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
CREATE_OPEN_API_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_OPEN_API_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "failed_endpoints": [
        {
          "method": "string",
          "path": "string"
        }
      ]
    },
    "id": "90646597-5fdb-4a17-a240-647003f8c028"
  }
}
""")
DELETE_OPEN_API_ERROR_400 = json.loads(r"""
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
DELETE_OPEN_API_ERROR_403 = json.loads(r"""
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
DELETE_OPEN_API_ERROR_404 = json.loads(r"""
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
DELETE_OPEN_API_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPEN_API_ERROR_400 = json.loads(r"""
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
GET_OPEN_API_ERROR_403 = json.loads(r"""
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
GET_OPEN_API_ERROR_404 = json.loads(r"""
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
GET_OPEN_API_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_OPEN_API_RESPONSE_200 = json.loads(r"""
{}
""")
LIST_APIS_ERROR_400 = json.loads(r"""
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
LIST_APIS_ERROR_403 = json.loads(r"""
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
LIST_APIS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_APIS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "name": "Payments API"
      },
      "id": "90646597-5fdb-4a17-a240-647003f8c028"
    }
  ],
  "meta": {
    "pagination": {
      "limit": 20,
      "offset": 0,
      "total_count": 35
    }
  }
}
""")
UPDATE_OPEN_API_ERROR_400 = json.loads(r"""
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
UPDATE_OPEN_API_ERROR_403 = json.loads(r"""
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
UPDATE_OPEN_API_ERROR_404 = json.loads(r"""
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
UPDATE_OPEN_API_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_OPEN_API_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "failed_endpoints": [
        {
          "method": "string",
          "path": "string"
        }
      ]
    },
    "id": "90646597-5fdb-4a17-a240-647003f8c028"
  }
}
""")


@pytest.fixture
def api(contract):
    return APIManagementApi(contract.client)


def test_create_open_api(api, contract):
    """POST /api/v2/apicatalog/openapi with the form's fields as files and values goes over the wire as
    documented; the 201 example at docs_input/pages/api-management.md:72 comes back parsed."""
    contract.enable("create_open_api")
    result = api.create_open_api(
        openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/apicatalog/openapi",
        query={},
        headers={},
        content_type="multipart/form-data",
        form={"openapi_spec_file": b"contract test file for openapi_spec_file"},
    )
    contract.assert_parsed(result, models.UpdateOpenAPIResponse, CREATE_OPEN_API_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, CREATE_OPEN_API_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, CREATE_OPEN_API_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, CREATE_OPEN_API_ERROR_429, id="429"),
    ],
)
def test_create_open_api_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("create_open_api")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_open_api(
            openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_open_api_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the form's fields as files and
    values."""
    with pytest.raises(UnstableOperationDisabledError):
        api.create_open_api(
            openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
        )
    contract.assert_nothing_sent()
    contract.enable("create_open_api")
    api.create_open_api(
        openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
    )
    contract.sent()  # once enabled, the request goes out


def test_delete_open_api(api, contract):
    """DELETE /api/v2/apicatalog/api/{id} with no request body goes over the wire as documented; no content
    comes back."""
    contract.enable("delete_open_api")
    result = api.delete_open_api(
        id="id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/apicatalog/api/id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, DELETE_OPEN_API_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, DELETE_OPEN_API_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse, DELETE_OPEN_API_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, DELETE_OPEN_API_ERROR_429, id="429"),
    ],
)
def test_delete_open_api_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("delete_open_api")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_open_api(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_open_api_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.delete_open_api(
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("delete_open_api")
    api.delete_open_api(
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_get_open_api(api, contract):
    """GET /api/v2/apicatalog/api/{id}/openapi with no request body goes over the wire as documented; the
    200 example at docs_input/pages/api-management.md:918 comes back parsed."""
    contract.enable("get_open_api")
    result = api.get_open_api(
        id="id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/apicatalog/api/id%20%231%2F2/openapi",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetOpenAPIResponse, GET_OPEN_API_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, GET_OPEN_API_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, GET_OPEN_API_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse, GET_OPEN_API_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_OPEN_API_ERROR_429, id="429"),
    ],
)
def test_get_open_api_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("get_open_api")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_open_api(
            id="id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_open_api_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.get_open_api(
            id="id #1/2",
        )
    contract.assert_nothing_sent()
    contract.enable("get_open_api")
    api.get_open_api(
        id="id #1/2",
    )
    contract.sent()  # once enabled, the request goes out


def test_list_apis(api, contract):
    """GET /api/v2/apicatalog/api with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/api-management.md:1339 comes back parsed."""
    contract.enable("list_apis")
    result = api.list_apis(
        query="query #1&x=y+z",
        page_limit=42,
        page_offset=42,
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/apicatalog/api",
        query={"query": ["query #1&x=y+z"], "page[limit]": ["42"], "page[offset]": ["42"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ListAPIsResponse, LIST_APIS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, LIST_APIS_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, LIST_APIS_ERROR_403, id="403"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_APIS_ERROR_429, id="429"),
    ],
)
def test_list_apis_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("list_apis")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_apis(
            query="query #1&x=y+z",
            page_limit=42,
            page_offset=42,
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_apis_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with no request body."""
    with pytest.raises(UnstableOperationDisabledError):
        api.list_apis(
            query="query #1&x=y+z",
            page_limit=42,
            page_offset=42,
        )
    contract.assert_nothing_sent()
    contract.enable("list_apis")
    api.list_apis(
        query="query #1&x=y+z",
        page_limit=42,
        page_offset=42,
    )
    contract.sent()  # once enabled, the request goes out


def test_update_open_api(api, contract):
    """PUT /api/v2/apicatalog/api/{id}/openapi with the form's fields as files and values goes over the
    wire as documented; the 200 example at docs_input/pages/api-management.md:474 comes back parsed."""
    contract.enable("update_open_api")
    result = api.update_open_api(
        id="id #1/2",
        openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/apicatalog/api/id%20%231%2F2/openapi",
        query={},
        headers={},
        content_type="multipart/form-data",
        form={"openapi_spec_file": b"contract test file for openapi_spec_file"},
    )
    contract.assert_parsed(result, models.UpdateOpenAPIResponse, UPDATE_OPEN_API_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse, UPDATE_OPEN_API_ERROR_400, id="400"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse, UPDATE_OPEN_API_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse, UPDATE_OPEN_API_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_OPEN_API_ERROR_429, id="429"),
    ],
)
def test_update_open_api_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    contract.enable("update_open_api")
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_open_api(
            id="id #1/2",
            openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_open_api_is_refused_until_enabled(api, contract):
    """Refused before anything is sent until enabled, then sent, with the form's fields as files and
    values."""
    with pytest.raises(UnstableOperationDisabledError):
        api.update_open_api(
            id="id #1/2",
            openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
        )
    contract.assert_nothing_sent()
    contract.enable("update_open_api")
    api.update_open_api(
        id="id #1/2",
        openapi_spec_file=io.BytesIO(b"contract test file for openapi_spec_file"),
    )
    contract.sent()  # once enabled, the request goes out
