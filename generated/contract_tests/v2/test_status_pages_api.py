"""Contract tests of StatusPagesApi (v2), generated from the docs with the SDK.

Generated with the SDK: regenerate, do not edit. The checks and the mock server are in ../conftest.py.
"""

from __future__ import annotations

import json

import pytest

from datadog_api_client.exceptions import TooManyRequestsException
from datadog_api_client.v2 import model as models
from datadog_api_client.v2.api.status_pages_api import StatusPagesApi

CREATE_COMPONENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_COMPONENT_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Logs",
      "position": 0,
      "type": "component"
    },
    "type": "components"
  }
}
""")
CREATE_COMPONENT_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components": [
        {
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "position": "integer",
      "status": "operational",
      "type": "component"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "group": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "components"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "components"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
CREATE_DEGRADATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_DEGRADATION_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "components_affected": [
        {
          "id": "4e9d3726-bdd7-0079-613c-e9aaba89eb01",
          "status": "major_outage"
        }
      ],
      "description": "Our API is experiencing elevated latency. We are investigating the issue.",
      "status": "investigating",
      "title": "Elevated API Latency"
    },
    "type": "degradations"
  }
}
""")
CREATE_DEGRADATION_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components_affected": [
        {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "name": "string",
          "status": "operational"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "description": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "status": "investigating",
      "title": "string",
      "updates": [
        {
          "components_affected": [
            {
              "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
              "name": "string",
              "status": "operational"
            }
          ],
          "created_at": "2019-09-19T10:00:00.000Z",
          "description": "string",
          "id": "string",
          "modified_at": "2019-09-19T10:00:00.000Z",
          "status": "investigating"
        }
      ]
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "degradations"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
CREATE_STATUS_PAGE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_STATUS_PAGE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "A Status Page",
      "domain_prefix": "5e2fd69be33e79aa",
      "components": [
        {
          "name": "Login",
          "type": "component",
          "position": 0
        },
        {
          "name": "Settings",
          "type": "component",
          "position": 1
        }
      ],
      "enabled": true,
      "type": "internal",
      "visualization_type": "bars_and_uptime_percentage"
    },
    "type": "status_pages"
  }
}
""")
CREATE_STATUS_PAGE_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "company_logo": "string",
      "components": [
        {
          "components": [
            {
              "id": "string",
              "name": "string",
              "position": "integer",
              "status": "string",
              "type": "component"
            }
          ],
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "custom_domain": "string",
      "custom_domain_enabled": false,
      "domain_prefix": "string",
      "email_header_image": "string",
      "enabled": false,
      "favicon": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "page_url": "string",
      "subscriptions_enabled": false,
      "type": "public",
      "visualization_type": "bars_and_uptime_percentage"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      }
    },
    "type": "status_pages"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
DELETE_COMPONENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_DEGRADATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_STATUS_PAGE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_COMPONENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_COMPONENT_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components": [
        {
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "position": "integer",
      "status": "operational",
      "type": "component"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "group": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "components"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "components"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
GET_DEGRADATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_DEGRADATION_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components_affected": [
        {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "name": "string",
          "status": "operational"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "description": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "status": "investigating",
      "title": "string",
      "updates": [
        {
          "components_affected": [
            {
              "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
              "name": "string",
              "status": "operational"
            }
          ],
          "created_at": "2019-09-19T10:00:00.000Z",
          "description": "string",
          "id": "string",
          "modified_at": "2019-09-19T10:00:00.000Z",
          "status": "investigating"
        }
      ]
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "degradations"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
GET_STATUS_PAGE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_STATUS_PAGE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "company_logo": "string",
      "components": [
        {
          "components": [
            {
              "id": "string",
              "name": "string",
              "position": "integer",
              "status": "string",
              "type": "component"
            }
          ],
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "custom_domain": "string",
      "custom_domain_enabled": false,
      "domain_prefix": "string",
      "email_header_image": "string",
      "enabled": false,
      "favicon": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "page_url": "string",
      "subscriptions_enabled": false,
      "type": "public",
      "visualization_type": "bars_and_uptime_percentage"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      }
    },
    "type": "status_pages"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
LIST_COMPONENTS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_COMPONENTS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "components": [
          {
            "id": "string",
            "name": "string",
            "position": "integer",
            "status": "string",
            "type": "component"
          }
        ],
        "created_at": "2019-09-19T10:00:00.000Z",
        "modified_at": "2019-09-19T10:00:00.000Z",
        "name": "string",
        "position": "integer",
        "status": "operational",
        "type": "component"
      },
      "id": "string",
      "relationships": {
        "created_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        },
        "group": {
          "data": {
            "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
            "type": "components"
          }
        },
        "last_modified_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        },
        "status_page": {
          "data": {
            "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
            "type": "status_pages"
          }
        }
      },
      "type": "components"
    }
  ],
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
LIST_DEGRADATIONS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_DEGRADATIONS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "components_affected": [
          {
            "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
            "name": "string",
            "status": "operational"
          }
        ],
        "created_at": "2019-09-19T10:00:00.000Z",
        "description": "string",
        "modified_at": "2019-09-19T10:00:00.000Z",
        "status": "investigating",
        "title": "string",
        "updates": [
          {
            "components_affected": [
              {
                "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
                "name": "string",
                "status": "operational"
              }
            ],
            "created_at": "2019-09-19T10:00:00.000Z",
            "description": "string",
            "id": "string",
            "modified_at": "2019-09-19T10:00:00.000Z",
            "status": "investigating"
          }
        ]
      },
      "id": "string",
      "relationships": {
        "created_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        },
        "last_modified_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        },
        "status_page": {
          "data": {
            "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
            "type": "status_pages"
          }
        }
      },
      "type": "degradations"
    }
  ],
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ],
  "meta": {
    "page": {
      "first_offset": 0,
      "last_offset": 900,
      "limit": 100,
      "next_offset": 100,
      "offset": 0,
      "prev_offset": 100,
      "total": 1000,
      "type": "offset_limit"
    }
  }
}
""")
LIST_STATUS_PAGES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_STATUS_PAGES_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "company_logo": "string",
        "components": [
          {
            "components": [
              {
                "id": "string",
                "name": "string",
                "position": "integer",
                "status": "string",
                "type": "component"
              }
            ],
            "id": "string",
            "name": "string",
            "position": "integer",
            "status": "string",
            "type": "component"
          }
        ],
        "created_at": "2019-09-19T10:00:00.000Z",
        "custom_domain": "string",
        "custom_domain_enabled": false,
        "domain_prefix": "string",
        "email_header_image": "string",
        "enabled": false,
        "favicon": "string",
        "modified_at": "2019-09-19T10:00:00.000Z",
        "name": "string",
        "page_url": "string",
        "subscriptions_enabled": false,
        "type": "public",
        "visualization_type": "bars_and_uptime_percentage"
      },
      "id": "string",
      "relationships": {
        "created_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        },
        "last_modified_by_user": {
          "data": {
            "id": "",
            "type": "users"
          }
        }
      },
      "type": "status_pages"
    }
  ],
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ],
  "meta": {
    "page": {
      "first_offset": 0,
      "last_offset": 900,
      "limit": 100,
      "next_offset": 100,
      "offset": 0,
      "prev_offset": 100,
      "total": 1000,
      "type": "offset_limit"
    }
  }
}
""")
UPDATE_COMPONENT_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_COMPONENT_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Logs Indexing"
    },
    "id": "c34e5b83-90fe-4de2-087b-ea1f64387277",
    "type": "components"
  }
}
""")
UPDATE_COMPONENT_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components": [
        {
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "position": "integer",
      "status": "operational",
      "type": "component"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "group": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "components"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "components"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
UPDATE_DEGRADATION_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_DEGRADATION_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "title": "Elevated API Latency in US1"
    },
    "id": "81335836-b858-2e64-43d6-5b27ba1e6d8e",
    "type": "degradations"
  }
}
""")
UPDATE_DEGRADATION_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "components_affected": [
        {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "name": "string",
          "status": "operational"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "description": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "status": "investigating",
      "title": "string",
      "updates": [
        {
          "components_affected": [
            {
              "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
              "name": "string",
              "status": "operational"
            }
          ],
          "created_at": "2019-09-19T10:00:00.000Z",
          "description": "string",
          "id": "string",
          "modified_at": "2019-09-19T10:00:00.000Z",
          "status": "investigating"
        }
      ]
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "status_page": {
        "data": {
          "id": "1234abcd-12ab-34cd-56ef-123456abcdef",
          "type": "status_pages"
        }
      }
    },
    "type": "degradations"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")
UPDATE_STATUS_PAGE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_STATUS_PAGE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "A Status Page in US1"
    },
    "id": "string",
    "type": "status_pages"
  }
}
""")
UPDATE_STATUS_PAGE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "company_logo": "string",
      "components": [
        {
          "components": [
            {
              "id": "string",
              "name": "string",
              "position": "integer",
              "status": "string",
              "type": "component"
            }
          ],
          "id": "string",
          "name": "string",
          "position": "integer",
          "status": "string",
          "type": "component"
        }
      ],
      "created_at": "2019-09-19T10:00:00.000Z",
      "custom_domain": "string",
      "custom_domain_enabled": false,
      "domain_prefix": "string",
      "email_header_image": "string",
      "enabled": false,
      "favicon": "string",
      "modified_at": "2019-09-19T10:00:00.000Z",
      "name": "string",
      "page_url": "string",
      "subscriptions_enabled": false,
      "type": "public",
      "visualization_type": "bars_and_uptime_percentage"
    },
    "id": "string",
    "relationships": {
      "created_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      },
      "last_modified_by_user": {
        "data": {
          "id": "",
          "type": "users"
        }
      }
    },
    "type": "status_pages"
  },
  "included": [
    {
      "attributes": {
        "email": "string",
        "handle": "string",
        "icon": "string",
        "name": "string",
        "uuid": "string"
      },
      "id": "string",
      "type": "users"
    }
  ]
}
""")


@pytest.fixture
def api(contract):
    return StatusPagesApi(contract.client)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:1258: warning: example of response 201 contradicts its model at /data/attributes/components/0/id: 'string' is not a valid uuid (and 5 more)",
)
def test_create_component(api, contract):
    """POST /api/v2/statuspages/{page_id}/components with the request example at
    docs_input/pages/status-pages.md:1115 goes over the wire as documented; the 201 example at
    docs_input/pages/status-pages.md:1258 comes back parsed."""
    result = api.create_component(
        page_id="page_id #1/2",
        include="include #1&x=y+z",
        body=models.CreateComponentRequest.model_validate(CREATE_COMPONENT_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/statuspages/page_id%20%231%2F2/components",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=CREATE_COMPONENT_REQUEST,
    )
    contract.assert_parsed(result, models.ComponentResponse, CREATE_COMPONENT_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, CREATE_COMPONENT_ERROR_429, id="429"),
    ],
)
def test_create_component_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_component(
            page_id="page_id #1/2",
            include="include #1&x=y+z",
            body=models.CreateComponentRequest.model_validate(CREATE_COMPONENT_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:2462: warning: example of response 201 contradicts its model at /data/attributes/updates/0/id: 'string' is not a valid uuid (and 2 more)",
)
def test_create_degradation(api, contract):
    """POST /api/v2/statuspages/{page_id}/degradations with the request example at
    docs_input/pages/status-pages.md:2343 goes over the wire as documented; the 201 example at
    docs_input/pages/status-pages.md:2462 comes back parsed."""
    result = api.create_degradation(
        page_id="page_id #1/2",
        notify_subscribers=True,
        include="include #1&x=y+z",
        body=models.CreateDegradationRequest.model_validate(CREATE_DEGRADATION_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/statuspages/page_id%20%231%2F2/degradations",
        query={"notify_subscribers": ["true"], "include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=CREATE_DEGRADATION_REQUEST,
    )
    contract.assert_parsed(result, models.DegradationResponse, CREATE_DEGRADATION_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, CREATE_DEGRADATION_ERROR_429, id="429"),
    ],
)
def test_create_degradation_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_degradation(
            page_id="page_id #1/2",
            notify_subscribers=True,
            include="include #1&x=y+z",
            body=models.CreateDegradationRequest.model_validate(CREATE_DEGRADATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:167: warning: example of response 201 contradicts its model at /data/attributes/components/0/components/0/id: 'string' is not a valid uuid (and 7 more)",
)
def test_create_status_page(api, contract):
    """POST /api/v2/statuspages with the request example at docs_input/pages/status-pages.md:76 goes over
    the wire as documented; the 201 example at docs_input/pages/status-pages.md:167 comes back parsed."""
    result = api.create_status_page(
        include="include #1&x=y+z",
        body=models.CreateStatusPageRequest.model_validate(CREATE_STATUS_PAGE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/statuspages",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=CREATE_STATUS_PAGE_REQUEST,
    )
    contract.assert_parsed(result, models.StatusPageResponse, CREATE_STATUS_PAGE_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, CREATE_STATUS_PAGE_ERROR_429, id="429"),
    ],
)
def test_create_status_page_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_status_page(
            include="include #1&x=y+z",
            body=models.CreateStatusPageRequest.model_validate(CREATE_STATUS_PAGE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_component(api, contract):
    """DELETE /api/v2/statuspages/{page_id}/components/{component_id} with no request body goes over the
    wire as documented; no content comes back."""
    result = api.delete_component(
        page_id="page_id #1/2",
        component_id="component_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/statuspages/page_id%20%231%2F2/components/component_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, DELETE_COMPONENT_ERROR_429, id="429"),
    ],
)
def test_delete_component_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_component(
            page_id="page_id #1/2",
            component_id="component_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_degradation(api, contract):
    """DELETE /api/v2/statuspages/{page_id}/degradations/{degradation_id} with no request body goes over
    the wire as documented; no content comes back."""
    result = api.delete_degradation(
        page_id="page_id #1/2",
        degradation_id="degradation_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/statuspages/page_id%20%231%2F2/degradations/degradation_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, DELETE_DEGRADATION_ERROR_429, id="429"),
    ],
)
def test_delete_degradation_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_degradation(
            page_id="page_id #1/2",
            degradation_id="degradation_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_status_page(api, contract):
    """DELETE /api/v2/statuspages/{page_id} with no request body goes over the wire as documented; no
    content comes back."""
    result = api.delete_status_page(
        page_id="page_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/statuspages/page_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, DELETE_STATUS_PAGE_ERROR_429, id="429"),
    ],
)
def test_delete_status_page_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_status_page(
            page_id="page_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:2114: warning: example of response 200 contradicts its model at /data/attributes/components/0/id: 'string' is not a valid uuid (and 5 more)",
)
def test_get_component(api, contract):
    """GET /api/v2/statuspages/{page_id}/components/{component_id} with no request body goes over the wire
    as documented; the 200 example at docs_input/pages/status-pages.md:2114 comes back parsed."""
    result = api.get_component(
        page_id="page_id #1/2",
        component_id="component_id #1/2",
        include="include #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages/page_id%20%231%2F2/components/component_id%20%231%2F2",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ComponentResponse, GET_COMPONENT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_COMPONENT_ERROR_429, id="429"),
    ],
)
def test_get_component_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_component(
            page_id="page_id #1/2",
            component_id="component_id #1/2",
            include="include #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:3281: warning: example of response 200 contradicts its model at /data/attributes/updates/0/id: 'string' is not a valid uuid (and 2 more)",
)
def test_get_degradation(api, contract):
    """GET /api/v2/statuspages/{page_id}/degradations/{degradation_id} with no request body goes over the
    wire as documented; the 200 example at docs_input/pages/status-pages.md:3281 comes back parsed."""
    result = api.get_degradation(
        page_id="page_id #1/2",
        degradation_id="degradation_id #1/2",
        include="include #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages/page_id%20%231%2F2/degradations/degradation_id%20%231%2F2",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DegradationResponse, GET_DEGRADATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_DEGRADATION_ERROR_429, id="429"),
    ],
)
def test_get_degradation_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_degradation(
            page_id="page_id #1/2",
            degradation_id="degradation_id #1/2",
            include="include #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:878: warning: example of response 200 contradicts its model at /data/attributes/components/0/components/0/id: 'string' is not a valid uuid (and 7 more)",
)
def test_get_status_page(api, contract):
    """GET /api/v2/statuspages/{page_id} with no request body goes over the wire as documented; the 200
    example at docs_input/pages/status-pages.md:878 comes back parsed."""
    result = api.get_status_page(
        page_id="page_id #1/2",
        include="include #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages/page_id%20%231%2F2",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.StatusPageResponse, GET_STATUS_PAGE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_STATUS_PAGE_ERROR_429, id="429"),
    ],
)
def test_get_status_page_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_status_page(
            page_id="page_id #1/2",
            include="include #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:1847: warning: example of response 200 contradicts its model at /data/0/attributes/components/0/id: 'string' is not a valid uuid (and 5 more)",
)
def test_list_components(api, contract):
    """GET /api/v2/statuspages/{page_id}/components with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/status-pages.md:1847 comes back parsed."""
    result = api.list_components(
        page_id="page_id #1/2",
        include="include #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages/page_id%20%231%2F2/components",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ComponentsResponse, LIST_COMPONENTS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_COMPONENTS_ERROR_429, id="429"),
    ],
)
def test_list_components_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_components(
            page_id="page_id #1/2",
            include="include #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:3025: warning: example of response 200 contradicts its model at /data/0/attributes/updates/0/id: 'string' is not a valid uuid (and 2 more)",
)
def test_list_degradations(api, contract):
    """GET /api/v2/statuspages/degradations with no request body goes over the wire as documented; the 200
    example at docs_input/pages/status-pages.md:3025 comes back parsed."""
    result = api.list_degradations(
        filter_page_id="filter[page_id] #1&x=y+z",
        page_offset=42,
        page_limit=42,
        include="include #1&x=y+z",
        filter_status="filter[status] #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages/degradations",
        query={
            "filter[page_id]": ["filter[page_id] #1&x=y+z"],
            "page[offset]": ["42"],
            "page[limit]": ["42"],
            "include": ["include #1&x=y+z"],
            "filter[status]": ["filter[status] #1&x=y+z"],
        },
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.DegradationsResponse, LIST_DEGRADATIONS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_DEGRADATIONS_ERROR_429, id="429"),
    ],
)
def test_list_degradations_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_degradations(
            filter_page_id="filter[page_id] #1&x=y+z",
            page_offset=42,
            page_limit=42,
            include="include #1&x=y+z",
            filter_status="filter[status] #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:661: warning: example of response 200 contradicts its model at /data/0/attributes/components/0/components/0/id: 'string' is not a valid uuid (and 7 more)",
)
def test_list_status_pages(api, contract):
    """GET /api/v2/statuspages with no request body goes over the wire as documented; the 200 example at
    docs_input/pages/status-pages.md:661 comes back parsed."""
    result = api.list_status_pages(
        page_offset=42,
        page_limit=42,
        include="include #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/statuspages",
        query={"page[offset]": ["42"], "page[limit]": ["42"], "include": ["include #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.StatusPagesResponse, LIST_STATUS_PAGES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, LIST_STATUS_PAGES_ERROR_429, id="429"),
    ],
)
def test_list_status_pages_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_status_pages(
            page_offset=42,
            page_limit=42,
            include="include #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:1571: warning: example of response 200 contradicts its model at /data/attributes/components/0/id: 'string' is not a valid uuid (and 5 more)",
)
def test_update_component(api, contract):
    """PATCH /api/v2/statuspages/{page_id}/components/{component_id} with the request example at
    docs_input/pages/status-pages.md:1429 goes over the wire as documented; the 200 example at
    docs_input/pages/status-pages.md:1571 comes back parsed."""
    result = api.update_component(
        page_id="page_id #1/2",
        component_id="component_id #1/2",
        include="include #1&x=y+z",
        body=models.UpdateComponentRequest.model_validate(UPDATE_COMPONENT_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/statuspages/page_id%20%231%2F2/components/component_id%20%231%2F2",
        query={"include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=UPDATE_COMPONENT_REQUEST,
    )
    contract.assert_parsed(result, models.ComponentResponse, UPDATE_COMPONENT_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_COMPONENT_ERROR_429, id="429"),
    ],
)
def test_update_component_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_component(
            page_id="page_id #1/2",
            component_id="component_id #1/2",
            include="include #1&x=y+z",
            body=models.UpdateComponentRequest.model_validate(UPDATE_COMPONENT_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:2764: warning: example of response 200 contradicts its model at /data/attributes/updates/0/id: 'string' is not a valid uuid (and 2 more)",
)
def test_update_degradation(api, contract):
    """PATCH /api/v2/statuspages/{page_id}/degradations/{degradation_id} with the request example at
    docs_input/pages/status-pages.md:2652 goes over the wire as documented; the 200 example at
    docs_input/pages/status-pages.md:2764 comes back parsed."""
    result = api.update_degradation(
        page_id="page_id #1/2",
        degradation_id="degradation_id #1/2",
        notify_subscribers=True,
        include="include #1&x=y+z",
        body=models.UpdateDegradationRequest.model_validate(UPDATE_DEGRADATION_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/statuspages/page_id%20%231%2F2/degradations/degradation_id%20%231%2F2",
        query={"notify_subscribers": ["true"], "include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=UPDATE_DEGRADATION_REQUEST,
    )
    contract.assert_parsed(result, models.DegradationResponse, UPDATE_DEGRADATION_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_DEGRADATION_ERROR_429, id="429"),
    ],
)
def test_update_degradation_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_degradation(
            page_id="page_id #1/2",
            degradation_id="degradation_id #1/2",
            notify_subscribers=True,
            include="include #1&x=y+z",
            body=models.UpdateDegradationRequest.model_validate(UPDATE_DEGRADATION_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/status-pages.md:364: warning: request example contradicts its model at /data/id: 'string' is not a valid uuid (and 8 more)",
)
def test_update_status_page(api, contract):
    """PATCH /api/v2/statuspages/{page_id} with the request example at docs_input/pages/status-pages.md:364
    goes over the wire as documented; the 200 example at docs_input/pages/status-pages.md:440 comes back
    parsed."""
    result = api.update_status_page(
        page_id="page_id #1/2",
        delete_subscribers=True,
        include="include #1&x=y+z",
        body=models.UpdateStatusPageRequest.model_validate(UPDATE_STATUS_PAGE_REQUEST),
    )
    contract.assert_request(
        method="PATCH",
        path="/api/v2/statuspages/page_id%20%231%2F2",
        query={"delete_subscribers": ["true"], "include": ["include #1&x=y+z"]},
        headers={},
        content_type="application/json",
        body=UPDATE_STATUS_PAGE_REQUEST,
    )
    contract.assert_parsed(result, models.StatusPageResponse, UPDATE_STATUS_PAGE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            UPDATE_STATUS_PAGE_ERROR_429,
            id="429",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the docs contradict themselves: docs_input/pages/status-pages.md:364: warning: request example contradicts its model at /data/id: 'string' is not a valid uuid",
            ),
        ),
    ],
)
def test_update_status_page_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_status_page(
            page_id="page_id #1/2",
            delete_subscribers=True,
            include="include #1&x=y+z",
            body=models.UpdateStatusPageRequest.model_validate(UPDATE_STATUS_PAGE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
