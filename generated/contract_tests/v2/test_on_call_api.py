"""Contract tests of OnCallApi (v2), generated from the docs with the SDK.

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
from datadog_api_client.v2.api.on_call_api import OnCallApi

CREATE_ON_CALL_ESCALATION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_ESCALATION_POLICY_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_ESCALATION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_ESCALATION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_ESCALATION_POLICY_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Example-On-Call",
      "resolve_page_on_policy_end": true,
      "retries": 2,
      "steps": [
        {
          "assignment": "default",
          "escalate_after_seconds": 3600,
          "targets": [
            {
              "id": "string",
              "type": "users"
            },
            {
              "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
              "type": "schedules"
            },
            {
              "config": {
                "schedule": {
                  "position": "previous"
                }
              },
              "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
              "type": "schedules"
            },
            {
              "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
              "type": "teams"
            }
          ]
        },
        {
          "assignment": "round-robin",
          "escalate_after_seconds": 3600,
          "targets": [
            {
              "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
              "type": "teams"
            }
          ]
        }
      ]
    },
    "relationships": {
      "teams": {
        "data": [
          {
            "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
            "type": "teams"
          }
        ]
      }
    },
    "type": "policies"
  }
}
""")
CREATE_ON_CALL_ESCALATION_POLICY_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Escalation Policy 1",
      "resolve_page_on_policy_end": true,
      "retries": 2
    },
    "id": "00000000-aba1-0000-0000-000000000000",
    "relationships": {
      "steps": {
        "data": [
          {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "steps"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "policies"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "assignment": "default",
        "escalate_after_seconds": 3600
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "relationships": {
        "targets": {
          "data": [
            {
              "id": "00000000-aba1-0000-0000-000000000000",
              "type": "users"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000",
              "type": "schedules"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000_previous",
              "type": "schedule_target"
            },
            {
              "id": "00000000-aba3-0000-0000-000000000000",
              "type": "teams"
            }
          ]
        }
      },
      "type": "steps"
    },
    {
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    },
    {
      "id": "00000000-aba2-0000-0000-000000000000",
      "type": "schedules"
    },
    {
      "attributes": {
        "position": "previous"
      },
      "id": "00000000-aba2-0000-0000-000000000000_previous",
      "relationships": {
        "schedule": {
          "data": {
            "id": "00000000-aba2-0000-0000-000000000000",
            "type": "schedules"
          }
        }
      },
      "type": "schedule_target"
    },
    {
      "id": "00000000-aba3-0000-0000-000000000000",
      "type": "teams"
    }
  ]
}
""")
CREATE_ON_CALL_SCHEDULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_SCHEDULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_SCHEDULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_SCHEDULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_ON_CALL_SCHEDULE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "layers": [
        {
          "effective_date": "2021-11-01T11:11:11+00:00",
          "end_date": "2021-11-21T11:11:11+00:00",
          "interval": {
            "days": 1
          },
          "members": [
            {
              "user": {
                "id": "string"
              }
            }
          ],
          "name": "Layer 1",
          "restrictions": [
            {
              "end_day": "friday",
              "end_time": "17:00:00",
              "start_day": "monday",
              "start_time": "09:00:00"
            }
          ],
          "rotation_start": "2021-11-06T11:11:11+00:00"
        }
      ],
      "name": "Example-On-Call",
      "time_zone": "America/New_York"
    },
    "relationships": {
      "teams": {
        "data": [
          {
            "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
            "type": "teams"
          }
        ]
      }
    },
    "type": "schedules"
  }
}
""")
CREATE_ON_CALL_SCHEDULE_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "On-Call Schedule",
      "time_zone": "America/New_York"
    },
    "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
    "relationships": {
      "layers": {
        "data": [
          {
            "id": "00000000-0000-0000-0000-000000000001",
            "type": "layers"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "schedules"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "effective_date": "2025-02-03T05:00:00Z",
        "end_date": "2025-12-31T00:00:00Z",
        "interval": {
          "days": 1
        },
        "name": "Layer 1",
        "restrictions": [
          {
            "end_day": "friday",
            "end_time": "17:00:00",
            "start_day": "monday",
            "start_time": "09:00:00"
          }
        ],
        "rotation_start": "2025-02-01T00:00:00Z"
      },
      "id": "00000000-0000-0000-0000-000000000001",
      "relationships": {
        "members": {
          "data": [
            {
              "id": "00000000-0000-0000-0000-000000000002",
              "type": "members"
            }
          ]
        }
      },
      "type": "layers"
    },
    {
      "id": "00000000-0000-0000-0000-000000000002",
      "relationships": {
        "user": {
          "data": {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "users"
          }
        }
      },
      "type": "members"
    },
    {
      "attributes": {
        "email": "foo@bar.com",
        "name": "User 1"
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    }
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "config": {
        "address": "foo@bar.com",
        "formats": [
          "html"
        ],
        "type": "email"
      }
    },
    "type": "notification_channels"
  }
}
""")
CREATE_USER_NOTIFICATION_CHANNEL_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "config": {
        "address": "foo@bar.com",
        "formats": [
          "html"
        ],
        "type": "email"
      }
    },
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "type": "notification_channels"
  }
}
""")
CREATE_USER_NOTIFICATION_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
CREATE_USER_NOTIFICATION_RULE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "category": "high_urgency",
      "delay_minutes": 0
    },
    "relationships": {
      "channel": {
        "data": {
          "id": "7c1ce93f-30a5-596a-0f7b-06bfe153704c",
          "type": "notification_channels"
        }
      }
    },
    "type": "notification_rules"
  }
}
""")
CREATE_USER_NOTIFICATION_RULE_RESPONSE_201 = json.loads(r"""
{
  "data": {
    "attributes": {
      "category": "high_urgency",
      "channel_settings": {
        "method": "sms",
        "type": "phone"
      },
      "delay_minutes": 1
    },
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "relationships": {
      "channel": {
        "data": {
          "id": "1562fab3-a8c2-49e2-8f3a-28dcda2405e2",
          "type": "notification_channels"
        }
      }
    },
    "type": "notification_rules"
  }
}
""")
DELETE_ON_CALL_ESCALATION_POLICY_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_ESCALATION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_ESCALATION_POLICY_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_ESCALATION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_SCHEDULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_SCHEDULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_SCHEDULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_ON_CALL_SCHEDULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_CHANNEL_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
DELETE_USER_NOTIFICATION_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_ESCALATION_POLICY_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Escalation Policy 1",
      "resolve_page_on_policy_end": true,
      "retries": 2
    },
    "id": "00000000-aba1-0000-0000-000000000000",
    "relationships": {
      "steps": {
        "data": [
          {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "steps"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "policies"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "assignment": "default",
        "escalate_after_seconds": 3600
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "relationships": {
        "targets": {
          "data": [
            {
              "id": "00000000-aba1-0000-0000-000000000000",
              "type": "users"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000",
              "type": "schedules"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000_previous",
              "type": "schedule_target"
            },
            {
              "id": "00000000-aba3-0000-0000-000000000000",
              "type": "teams"
            }
          ]
        }
      },
      "type": "steps"
    },
    {
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    },
    {
      "id": "00000000-aba2-0000-0000-000000000000",
      "type": "schedules"
    },
    {
      "attributes": {
        "position": "previous"
      },
      "id": "00000000-aba2-0000-0000-000000000000_previous",
      "relationships": {
        "schedule": {
          "data": {
            "id": "00000000-aba2-0000-0000-000000000000",
            "type": "schedules"
          }
        }
      },
      "type": "schedule_target"
    },
    {
      "id": "00000000-aba3-0000-0000-000000000000",
      "type": "teams"
    }
  ]
}
""")
GET_ON_CALL_SCHEDULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_SCHEDULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_SCHEDULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_SCHEDULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_SCHEDULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "On-Call Schedule",
      "time_zone": "America/New_York"
    },
    "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
    "relationships": {
      "layers": {
        "data": [
          {
            "id": "00000000-0000-0000-0000-000000000001",
            "type": "layers"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "schedules"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "effective_date": "2025-02-03T05:00:00Z",
        "end_date": "2025-12-31T00:00:00Z",
        "interval": {
          "days": 1
        },
        "name": "Layer 1",
        "restrictions": [
          {
            "end_day": "friday",
            "end_time": "17:00:00",
            "start_day": "monday",
            "start_time": "09:00:00"
          }
        ],
        "rotation_start": "2025-02-01T00:00:00Z"
      },
      "id": "00000000-0000-0000-0000-000000000001",
      "relationships": {
        "members": {
          "data": [
            {
              "id": "00000000-0000-0000-0000-000000000002",
              "type": "members"
            }
          ]
        }
      },
      "type": "layers"
    },
    {
      "id": "00000000-0000-0000-0000-000000000002",
      "relationships": {
        "user": {
          "data": {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "users"
          }
        }
      },
      "type": "members"
    },
    {
      "attributes": {
        "email": "foo@bar.com",
        "name": "User 1"
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    }
  ]
}
""")
GET_ON_CALL_TEAM_ROUTING_RULES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_ON_CALL_TEAM_ROUTING_RULES_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "relationships": {
      "rules": {
        "data": [
          {
            "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
            "type": "team_routing_rules"
          },
          {
            "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
            "type": "team_routing_rules"
          }
        ]
      }
    },
    "type": "team_routing_rules"
  },
  "included": [
    {
      "attributes": {
        "actions": null,
        "query": "tags.service:test",
        "time_restriction": {
          "restrictions": [
            {
              "end_day": "monday",
              "end_time": "17:00:00",
              "start_day": "monday",
              "start_time": "09:00:00"
            },
            {
              "end_day": "tuesday",
              "end_time": "17:00:00",
              "start_day": "tuesday",
              "start_time": "09:00:00"
            }
          ],
          "time_zone": ""
        },
        "urgency": "high"
      },
      "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
      "relationships": {
        "policy": {
          "data": null
        }
      },
      "type": "team_routing_rules"
    }
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_SCHEDULE_ON_CALL_USER_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "end": "2025-05-07T03:53:01.206662873Z",
      "start": "2025-05-07T02:53:01.206662814Z"
    },
    "id": "00000000-0000-0000-0000-000000000000",
    "relationships": {
      "user": {
        "data": {
          "id": "00000000-aba1-0000-0000-000000000000",
          "type": "users"
        }
      }
    },
    "type": "shifts"
  },
  "included": [
    {
      "attributes": {
        "email": "foo@bar.com",
        "name": "User 1",
        "status": ""
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    }
  ]
}
""")
GET_TEAM_ON_CALL_USERS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_TEAM_ON_CALL_USERS_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_TEAM_ON_CALL_USERS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_TEAM_ON_CALL_USERS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_TEAM_ON_CALL_USERS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_TEAM_ON_CALL_USERS_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
    "relationships": {
      "escalations": {
        "data": [
          {
            "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
            "type": "escalation_policy_steps"
          }
        ]
      },
      "responders": {
        "data": [
          {
            "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
            "type": "users"
          }
        ]
      }
    },
    "type": "team_oncall_responders"
  },
  "included": [
    {
      "attributes": {
        "email": "test@test.com",
        "name": "Test User",
        "status": "active"
      },
      "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
      "type": "users"
    },
    {
      "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
      "relationships": {
        "responders": {
          "data": [
            {
              "id": "111ee23r-aaaaa-aaaa-aaww-1234wertsd23",
              "type": "users"
            }
          ]
        }
      },
      "type": "escalation_policy_steps"
    }
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_CHANNEL_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "config": {
        "address": "foo@bar.com",
        "formats": [
          "html"
        ],
        "type": "email"
      }
    },
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "type": "notification_channels"
  }
}
""")
GET_USER_NOTIFICATION_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
GET_USER_NOTIFICATION_RULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "category": "high_urgency",
      "channel_settings": {
        "method": "sms",
        "type": "phone"
      },
      "delay_minutes": 1
    },
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "relationships": {
      "channel": {
        "data": {
          "id": "1562fab3-a8c2-49e2-8f3a-28dcda2405e2",
          "type": "notification_channels"
        }
      }
    },
    "type": "notification_rules"
  }
}
""")
LIST_USER_NOTIFICATION_CHANNELS_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_CHANNELS_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_CHANNELS_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_CHANNELS_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_CHANNELS_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_CHANNELS_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "active": false,
        "config": {
          "formatted_number": "",
          "number": "",
          "region": "",
          "sms_subscribed_at": "2019-09-19T10:00:00.000Z",
          "type": "phone",
          "verified": false
        }
      },
      "id": "string",
      "type": "notification_channels"
    }
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
LIST_USER_NOTIFICATION_RULES_RESPONSE_200 = json.loads(r"""
{
  "data": [
    {
      "attributes": {
        "category": "string",
        "channel_settings": {
          "method": "sms",
          "type": "phone"
        },
        "delay_minutes": "integer"
      },
      "id": "string",
      "relationships": {
        "channel": {
          "data": {
            "id": "string",
            "type": "notification_channels"
          }
        }
      },
      "type": "notification_rules"
    }
  ],
  "included": [
    {
      "attributes": {
        "active": false,
        "config": {
          "formatted_number": "",
          "number": "",
          "region": "",
          "sms_subscribed_at": "2019-09-19T10:00:00.000Z",
          "type": "phone",
          "verified": false
        }
      },
      "id": "string",
      "type": "notification_channels"
    }
  ]
}
""")
SET_ON_CALL_TEAM_ROUTING_RULES_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
SET_ON_CALL_TEAM_ROUTING_RULES_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "rules": [
        {
          "actions": [
            {
              "channel": "channel",
              "type": "send_slack_message",
              "workspace": "workspace"
            }
          ],
          "query": "tags.service:test",
          "time_restriction": {
            "time_zone": "Europe/Paris",
            "restrictions": [
              {
                "end_day": "monday",
                "end_time": "17:00:00",
                "start_day": "monday",
                "start_time": "09:00:00"
              },
              {
                "end_day": "tuesday",
                "end_time": "17:00:00",
                "start_day": "tuesday",
                "start_time": "09:00:00"
              }
            ]
          }
        },
        {
          "policy_id": "ab000000-0000-0000-0000-000000000000",
          "query": "",
          "urgency": "low"
        }
      ]
    },
    "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
    "type": "team_routing_rules"
  }
}
""")
SET_ON_CALL_TEAM_ROUTING_RULES_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "relationships": {
      "rules": {
        "data": [
          {
            "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
            "type": "team_routing_rules"
          },
          {
            "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
            "type": "team_routing_rules"
          }
        ]
      }
    },
    "type": "team_routing_rules"
  },
  "included": [
    {
      "attributes": {
        "actions": null,
        "query": "tags.service:test",
        "time_restriction": {
          "restrictions": [
            {
              "end_day": "monday",
              "end_time": "17:00:00",
              "start_day": "monday",
              "start_time": "09:00:00"
            },
            {
              "end_day": "tuesday",
              "end_time": "17:00:00",
              "start_day": "tuesday",
              "start_time": "09:00:00"
            }
          ],
          "time_zone": ""
        },
        "urgency": "high"
      },
      "id": "03aff2d6-6cbf-496c-997f-a857bbe9a94a",
      "relationships": {
        "policy": {
          "data": null
        }
      },
      "type": "team_routing_rules"
    }
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Example-On-Call-updated",
      "resolve_page_on_policy_end": false,
      "retries": 0,
      "steps": [
        {
          "assignment": "default",
          "escalate_after_seconds": 3600,
          "id": "00000000-aba1-0000-0000-000000000000",
          "targets": [
            {
              "id": "string",
              "type": "users"
            }
          ]
        }
      ]
    },
    "id": "ab000000-0000-0000-0000-000000000000",
    "relationships": {
      "teams": {
        "data": [
          {
            "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
            "type": "teams"
          }
        ]
      }
    },
    "type": "policies"
  }
}
""")
UPDATE_ON_CALL_ESCALATION_POLICY_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "Escalation Policy 1",
      "resolve_page_on_policy_end": true,
      "retries": 2
    },
    "id": "00000000-aba1-0000-0000-000000000000",
    "relationships": {
      "steps": {
        "data": [
          {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "steps"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "policies"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "assignment": "default",
        "escalate_after_seconds": 3600
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "relationships": {
        "targets": {
          "data": [
            {
              "id": "00000000-aba1-0000-0000-000000000000",
              "type": "users"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000",
              "type": "schedules"
            },
            {
              "id": "00000000-aba2-0000-0000-000000000000_previous",
              "type": "schedule_target"
            },
            {
              "id": "00000000-aba3-0000-0000-000000000000",
              "type": "teams"
            }
          ]
        }
      },
      "type": "steps"
    },
    {
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    },
    {
      "id": "00000000-aba2-0000-0000-000000000000",
      "type": "schedules"
    },
    {
      "attributes": {
        "position": "previous"
      },
      "id": "00000000-aba2-0000-0000-000000000000_previous",
      "relationships": {
        "schedule": {
          "data": {
            "id": "00000000-aba2-0000-0000-000000000000",
            "type": "schedules"
          }
        }
      },
      "type": "schedule_target"
    },
    {
      "id": "00000000-aba3-0000-0000-000000000000",
      "type": "teams"
    }
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_ON_CALL_SCHEDULE_REQUEST = json.loads(r"""
{
  "data": {
    "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
    "attributes": {
      "layers": [
        {
          "id": "00000000-0000-0000-0000-000000000001",
          "effective_date": "2021-11-01T11:11:11+00:00",
          "end_date": "2021-11-21T11:11:11+00:00",
          "interval": {
            "seconds": 3600
          },
          "members": [
            {
              "user": {
                "id": "string"
              }
            }
          ],
          "name": "Layer 1",
          "restrictions": [
            {
              "end_day": "friday",
              "end_time": "17:00:00",
              "start_day": "monday",
              "start_time": "09:00:00"
            }
          ],
          "rotation_start": "2021-11-06T11:11:11+00:00"
        }
      ],
      "name": "Example-On-Call",
      "time_zone": "America/New_York"
    },
    "relationships": {
      "teams": {
        "data": [
          {
            "id": "aeadc05e-98a8-11ec-ac2c-da7ad0900001",
            "type": "teams"
          }
        ]
      }
    },
    "type": "schedules"
  }
}
""")
UPDATE_ON_CALL_SCHEDULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "name": "On-Call Schedule",
      "time_zone": "America/New_York"
    },
    "id": "3653d3c6-0c75-11ea-ad28-fb5701eabc7d",
    "relationships": {
      "layers": {
        "data": [
          {
            "id": "00000000-0000-0000-0000-000000000001",
            "type": "layers"
          }
        ]
      },
      "teams": {
        "data": [
          {
            "id": "00000000-da3a-0000-0000-000000000000",
            "type": "teams"
          }
        ]
      }
    },
    "type": "schedules"
  },
  "included": [
    {
      "attributes": {
        "avatar": "",
        "description": "Team 1 description",
        "handle": "team1",
        "name": "Team 1"
      },
      "id": "00000000-da3a-0000-0000-000000000000",
      "type": "teams"
    },
    {
      "attributes": {
        "effective_date": "2025-02-03T05:00:00Z",
        "end_date": "2025-12-31T00:00:00Z",
        "interval": {
          "days": 1
        },
        "name": "Layer 1",
        "restrictions": [
          {
            "end_day": "friday",
            "end_time": "17:00:00",
            "start_day": "monday",
            "start_time": "09:00:00"
          }
        ],
        "rotation_start": "2025-02-01T00:00:00Z"
      },
      "id": "00000000-0000-0000-0000-000000000001",
      "relationships": {
        "members": {
          "data": [
            {
              "id": "00000000-0000-0000-0000-000000000002",
              "type": "members"
            }
          ]
        }
      },
      "type": "layers"
    },
    {
      "id": "00000000-0000-0000-0000-000000000002",
      "relationships": {
        "user": {
          "data": {
            "id": "00000000-aba1-0000-0000-000000000000",
            "type": "users"
          }
        }
      },
      "type": "members"
    },
    {
      "attributes": {
        "email": "foo@bar.com",
        "name": "User 1"
      },
      "id": "00000000-aba1-0000-0000-000000000000",
      "type": "users"
    }
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_ERROR_400 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_ERROR_401 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_ERROR_403 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_ERROR_404 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_ERROR_429 = json.loads(r"""
{
  "errors": [
    "Bad Request"
  ]
}
""")
UPDATE_USER_NOTIFICATION_RULE_REQUEST = json.loads(r"""
{
  "data": {
    "attributes": {
      "category": "high_urgency",
      "delay_minutes": 1
    },
    "id": "4d00de6b-e1c1-e5fa-b238-57acec728d0d",
    "relationships": {
      "channel": {
        "data": {
          "id": "7c1ce93f-30a5-596a-0f7b-06bfe153704c",
          "type": "notification_channels"
        }
      }
    },
    "type": "notification_rules"
  }
}
""")
UPDATE_USER_NOTIFICATION_RULE_RESPONSE_200 = json.loads(r"""
{
  "data": {
    "attributes": {
      "category": "high_urgency",
      "channel_settings": {
        "method": "sms",
        "type": "phone"
      },
      "delay_minutes": 1
    },
    "id": "27590dae-47be-4a7d-9abf-8f4e45124020",
    "relationships": {
      "channel": {
        "data": {
          "id": "1562fab3-a8c2-49e2-8f3a-28dcda2405e2",
          "type": "notification_channels"
        }
      }
    },
    "type": "notification_rules"
  }
}
""")


@pytest.fixture
def api(contract):
    return OnCallApi(contract.client)


def test_create_on_call_escalation_policy(api, contract):
    """POST /api/v2/on-call/escalation-policies with the request example at
    docs_input/pages/on-call.md:2910 goes over the wire as documented; the 201 example at
    docs_input/pages/on-call.md:3066 comes back parsed."""
    result = api.create_on_call_escalation_policy(
        include="teams",
        body=models.EscalationPolicyCreateRequest.model_validate(CREATE_ON_CALL_ESCALATION_POLICY_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/on-call/escalation-policies",
        query={"include": ["teams"]},
        headers={},
        content_type="application/json",
        body=CREATE_ON_CALL_ESCALATION_POLICY_REQUEST,
    )
    contract.assert_parsed(result, models.PolicyResponse, CREATE_ON_CALL_ESCALATION_POLICY_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, CREATE_ON_CALL_ESCALATION_POLICY_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, CREATE_ON_CALL_ESCALATION_POLICY_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, CREATE_ON_CALL_ESCALATION_POLICY_ERROR_403, id="403"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            CREATE_ON_CALL_ESCALATION_POLICY_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_on_call_escalation_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_on_call_escalation_policy(
            include="teams",
            body=models.EscalationPolicyCreateRequest.model_validate(CREATE_ON_CALL_ESCALATION_POLICY_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_on_call_schedule(api, contract):
    """POST /api/v2/on-call/schedules with the request example at docs_input/pages/on-call.md:88 goes over
    the wire as documented; the 201 example at docs_input/pages/on-call.md:213 comes back parsed."""
    result = api.create_on_call_schedule(
        include="teams",
        body=models.ScheduleCreateRequest.model_validate(CREATE_ON_CALL_SCHEDULE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/on-call/schedules",
        query={"include": ["teams"]},
        headers={},
        content_type="application/json",
        body=CREATE_ON_CALL_SCHEDULE_REQUEST,
    )
    contract.assert_parsed(result, models.ScheduleResponse, CREATE_ON_CALL_SCHEDULE_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, CREATE_ON_CALL_SCHEDULE_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, CREATE_ON_CALL_SCHEDULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, CREATE_ON_CALL_SCHEDULE_ERROR_403, id="403"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_ON_CALL_SCHEDULE_ERROR_429, id="429"
        ),
    ],
)
def test_create_on_call_schedule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_on_call_schedule(
            include="teams",
            body=models.ScheduleCreateRequest.model_validate(CREATE_ON_CALL_SCHEDULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_user_notification_channel(api, contract):
    """POST /api/v2/on-call/users/{user_id}/notification-channels with the request example at
    docs_input/pages/on-call.md:9134 goes over the wire as documented; the 201 example at
    docs_input/pages/on-call.md:9188 comes back parsed."""
    result = api.create_user_notification_channel(
        user_id="user_id #1/2",
        body=models.CreateUserNotificationChannelRequest.model_validate(CREATE_USER_NOTIFICATION_CHANNEL_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-channels",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_USER_NOTIFICATION_CHANNEL_REQUEST,
    )
    contract.assert_parsed(result, models.NotificationChannelResponse, CREATE_USER_NOTIFICATION_CHANNEL_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_CHANNEL_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_CHANNEL_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_CHANNEL_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_CHANNEL_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            CREATE_USER_NOTIFICATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_create_user_notification_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_user_notification_channel(
            user_id="user_id #1/2",
            body=models.CreateUserNotificationChannelRequest.model_validate(CREATE_USER_NOTIFICATION_CHANNEL_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_create_user_notification_rule(api, contract):
    """POST /api/v2/on-call/users/{user_id}/notification-rules with the request example at
    docs_input/pages/on-call.md:9707 goes over the wire as documented; the 201 example at
    docs_input/pages/on-call.md:9780 comes back parsed."""
    result = api.create_user_notification_rule(
        user_id="user_id #1/2",
        body=models.CreateOnCallNotificationRuleRequest.model_validate(CREATE_USER_NOTIFICATION_RULE_REQUEST),
    )
    contract.assert_request(
        method="POST",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-rules",
        query={},
        headers={},
        content_type="application/json",
        body=CREATE_USER_NOTIFICATION_RULE_REQUEST,
    )
    contract.assert_parsed(result, models.NotificationRuleResponse, CREATE_USER_NOTIFICATION_RULE_RESPONSE_201)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_RULE_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_RULE_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_RULE_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_RULE_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, CREATE_USER_NOTIFICATION_RULE_ERROR_429, id="429"
        ),
    ],
)
def test_create_user_notification_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.create_user_notification_rule(
            user_id="user_id #1/2",
            body=models.CreateOnCallNotificationRuleRequest.model_validate(CREATE_USER_NOTIFICATION_RULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_on_call_escalation_policy(api, contract):
    """DELETE /api/v2/on-call/escalation-policies/{policy_id} with no request body goes over the wire as
    documented; no content comes back."""
    result = api.delete_on_call_escalation_policy(
        policy_id="policy_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/on-call/escalation-policies/policy_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, DELETE_ON_CALL_ESCALATION_POLICY_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, DELETE_ON_CALL_ESCALATION_POLICY_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, DELETE_ON_CALL_ESCALATION_POLICY_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            DELETE_ON_CALL_ESCALATION_POLICY_ERROR_429,
            id="429",
        ),
    ],
)
def test_delete_on_call_escalation_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_on_call_escalation_policy(
            policy_id="policy_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_on_call_schedule(api, contract):
    """DELETE /api/v2/on-call/schedules/{schedule_id} with no request body goes over the wire as
    documented; no content comes back."""
    result = api.delete_on_call_schedule(
        schedule_id="schedule_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/on-call/schedules/schedule_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, DELETE_ON_CALL_SCHEDULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, DELETE_ON_CALL_SCHEDULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, DELETE_ON_CALL_SCHEDULE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_ON_CALL_SCHEDULE_ERROR_429, id="429"
        ),
    ],
)
def test_delete_on_call_schedule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_on_call_schedule(
            schedule_id="schedule_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_user_notification_channel(api, contract):
    """DELETE /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} with no request body goes
    over the wire as documented; no content comes back."""
    result = api.delete_user_notification_channel(
        user_id="user_id #1/2",
        channel_id="channel_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-channels/channel_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_CHANNEL_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_CHANNEL_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_CHANNEL_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_CHANNEL_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            DELETE_USER_NOTIFICATION_CHANNEL_ERROR_429,
            id="429",
        ),
    ],
)
def test_delete_user_notification_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_user_notification_channel(
            user_id="user_id #1/2",
            channel_id="channel_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_delete_user_notification_rule(api, contract):
    """DELETE /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} with no request body goes over
    the wire as documented; no content comes back."""
    result = api.delete_user_notification_rule(
        user_id="user_id #1/2",
        rule_id="rule_id #1/2",
    )
    contract.assert_request(
        method="DELETE",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-rules/rule_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, None, None)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_RULE_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_RULE_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_RULE_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_RULE_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, DELETE_USER_NOTIFICATION_RULE_ERROR_429, id="429"
        ),
    ],
)
def test_delete_user_notification_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.delete_user_notification_rule(
            user_id="user_id #1/2",
            rule_id="rule_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_on_call_escalation_policy(api, contract):
    """GET /api/v2/on-call/escalation-policies/{policy_id} with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/on-call.md:5046 comes back parsed."""
    result = api.get_on_call_escalation_policy(
        policy_id="policy_id #1/2",
        include="teams",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/escalation-policies/policy_id%20%231%2F2",
        query={"include": ["teams"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.PolicyResponse, GET_ON_CALL_ESCALATION_POLICY_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, GET_ON_CALL_ESCALATION_POLICY_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, GET_ON_CALL_ESCALATION_POLICY_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, GET_ON_CALL_ESCALATION_POLICY_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, GET_ON_CALL_ESCALATION_POLICY_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_ON_CALL_ESCALATION_POLICY_ERROR_429, id="429"
        ),
    ],
)
def test_get_on_call_escalation_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_on_call_escalation_policy(
            policy_id="policy_id #1/2",
            include="teams",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_on_call_schedule(api, contract):
    """GET /api/v2/on-call/schedules/{schedule_id} with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/on-call.md:1093 comes back parsed."""
    result = api.get_on_call_schedule(
        schedule_id="schedule_id #1/2",
        include="teams",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/schedules/schedule_id%20%231%2F2",
        query={"include": ["teams"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ScheduleResponse, GET_ON_CALL_SCHEDULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_ON_CALL_SCHEDULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_ON_CALL_SCHEDULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_ON_CALL_SCHEDULE_ERROR_404, id="404"),
        pytest.param(429, TooManyRequestsException, models.APIErrorResponse2, GET_ON_CALL_SCHEDULE_ERROR_429, id="429"),
    ],
)
def test_get_on_call_schedule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_on_call_schedule(
            schedule_id="schedule_id #1/2",
            include="teams",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_on_call_team_routing_rules(api, contract):
    """GET /api/v2/on-call/teams/{team_id}/routing-rules with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/on-call.md:5883 comes back parsed."""
    result = api.get_on_call_team_routing_rules(
        team_id="team_id #1/2",
        include="rules",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/teams/team_id%20%231%2F2/routing-rules",
        query={"include": ["rules"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(
        result, models.GetOnCallTeamRoutingRulesResponse, GET_ON_CALL_TEAM_ROUTING_RULES_RESPONSE_200
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_ON_CALL_TEAM_ROUTING_RULES_ERROR_429, id="429"
        ),
    ],
)
def test_get_on_call_team_routing_rules_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_on_call_team_routing_rules(
            team_id="team_id #1/2",
            include="rules",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/on-call.md:7029: warning: example of response 200 contradicts its model at /included/0: fits none of the 1 options",
)
def test_get_schedule_on_call_user(api, contract):
    """GET /api/v2/on-call/schedules/{schedule_id}/on-call with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/on-call.md:7029 comes back parsed."""
    result = api.get_schedule_on_call_user(
        schedule_id="schedule_id #1/2",
        include="include #1&x=y+z",
        filter_at_ts="filter[at_ts] #1&x=y+z",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/schedules/schedule_id%20%231%2F2/on-call",
        query={"include": ["include #1&x=y+z"], "filter[at_ts]": ["filter[at_ts] #1&x=y+z"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.ShiftResponse, GET_SCHEDULE_ON_CALL_USER_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_SCHEDULE_ON_CALL_USER_ERROR_400, id="400"),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, GET_SCHEDULE_ON_CALL_USER_ERROR_401, id="401"
        ),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_SCHEDULE_ON_CALL_USER_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_SCHEDULE_ON_CALL_USER_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_SCHEDULE_ON_CALL_USER_ERROR_429, id="429"
        ),
    ],
)
def test_get_schedule_on_call_user_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_schedule_on_call_user(
            schedule_id="schedule_id #1/2",
            include="include #1&x=y+z",
            filter_at_ts="filter[at_ts] #1&x=y+z",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_team_on_call_users(api, contract):
    """GET /api/v2/on-call/teams/{team_id}/on-call with no request body goes over the wire as documented;
    the 200 example at docs_input/pages/on-call.md:7488 comes back parsed."""
    result = api.get_team_on_call_users(
        team_id="team_id #1/2",
        include="responders",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/teams/team_id%20%231%2F2/on-call",
        query={"include": ["responders"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.GetTeamOnCallUsersResponse, GET_TEAM_ON_CALL_USERS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, GET_TEAM_ON_CALL_USERS_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, GET_TEAM_ON_CALL_USERS_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_TEAM_ON_CALL_USERS_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_TEAM_ON_CALL_USERS_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_TEAM_ON_CALL_USERS_ERROR_429, id="429"
        ),
    ],
)
def test_get_team_on_call_users_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_team_on_call_users(
            team_id="team_id #1/2",
            include="responders",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_user_notification_channel(api, contract):
    """GET /api/v2/on-call/users/{user_id}/notification-channels/{channel_id} with no request body goes
    over the wire as documented; the 200 example at docs_input/pages/on-call.md:8308 comes back parsed."""
    result = api.get_user_notification_channel(
        user_id="user_id #1/2",
        channel_id="channel_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-channels/channel_id%20%231%2F2",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.NotificationChannelResponse, GET_USER_NOTIFICATION_CHANNEL_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, GET_USER_NOTIFICATION_CHANNEL_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, GET_USER_NOTIFICATION_CHANNEL_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, GET_USER_NOTIFICATION_CHANNEL_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, GET_USER_NOTIFICATION_CHANNEL_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_USER_NOTIFICATION_CHANNEL_ERROR_429, id="429"
        ),
    ],
)
def test_get_user_notification_channel_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_user_notification_channel(
            user_id="user_id #1/2",
            channel_id="channel_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_get_user_notification_rule(api, contract):
    """GET /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} with no request body goes over the
    wire as documented; the 200 example at docs_input/pages/on-call.md:11221 comes back parsed."""
    result = api.get_user_notification_rule(
        user_id="user_id #1/2",
        rule_id="rule_id #1/2",
        include="channel",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-rules/rule_id%20%231%2F2",
        query={"include": ["channel"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.NotificationRuleResponse, GET_USER_NOTIFICATION_RULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, GET_USER_NOTIFICATION_RULE_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, GET_USER_NOTIFICATION_RULE_ERROR_401, id="401"
        ),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, GET_USER_NOTIFICATION_RULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, GET_USER_NOTIFICATION_RULE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, GET_USER_NOTIFICATION_RULE_ERROR_429, id="429"
        ),
    ],
)
def test_get_user_notification_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.get_user_notification_rule(
            user_id="user_id #1/2",
            rule_id="rule_id #1/2",
            include="channel",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_list_user_notification_channels(api, contract):
    """GET /api/v2/on-call/users/{user_id}/notification-channels with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/on-call.md:8737 comes back parsed."""
    result = api.list_user_notification_channels(
        user_id="user_id #1/2",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-channels",
        query={},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.NotificationChannelsResponse, LIST_USER_NOTIFICATION_CHANNELS_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_CHANNELS_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_CHANNELS_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_CHANNELS_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_CHANNELS_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_CHANNELS_ERROR_429, id="429"
        ),
    ],
)
def test_list_user_notification_channels_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_user_notification_channels(
            user_id="user_id #1/2",
        )
    contract.assert_error(raised.value, exception, status, model, example)


@pytest.mark.xfail(
    strict=True,
    reason="the docs contradict themselves: docs_input/pages/on-call.md:10391: warning: example of response 200 contradicts its model at /data/0/attributes/category: 'string' is not one of the allowed values ['high_urgency', 'low_urgency'] (and 1 more)",
)
def test_list_user_notification_rules(api, contract):
    """GET /api/v2/on-call/users/{user_id}/notification-rules with no request body goes over the wire as
    documented; the 200 example at docs_input/pages/on-call.md:10391 comes back parsed."""
    result = api.list_user_notification_rules(
        user_id="user_id #1/2",
        include="channel",
    )
    contract.assert_request(
        method="GET",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-rules",
        query={"include": ["channel"]},
        headers={},
        content_type=None,
    )
    contract.assert_parsed(result, models.NotificationRulesResponse, LIST_USER_NOTIFICATION_RULES_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_RULES_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_RULES_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_RULES_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_RULES_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, LIST_USER_NOTIFICATION_RULES_ERROR_429, id="429"
        ),
    ],
)
def test_list_user_notification_rules_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.list_user_notification_rules(
            user_id="user_id #1/2",
            include="channel",
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_set_on_call_team_routing_rules(api, contract):
    """PUT /api/v2/on-call/teams/{team_id}/routing-rules with the request example at
    docs_input/pages/on-call.md:6220 goes over the wire as documented; the 200 example at
    docs_input/pages/on-call.md:6318 comes back parsed."""
    result = api.set_on_call_team_routing_rules(
        team_id="team_id #1/2",
        include="rules",
        body=models.TeamRoutingRulesRequest.model_validate(SET_ON_CALL_TEAM_ROUTING_RULES_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/on-call/teams/team_id%20%231%2F2/routing-rules",
        query={"include": ["rules"]},
        headers={},
        content_type="application/json",
        body=SET_ON_CALL_TEAM_ROUTING_RULES_REQUEST,
    )
    contract.assert_parsed(
        result, models.GetOnCallTeamRoutingRulesResponse, SET_ON_CALL_TEAM_ROUTING_RULES_RESPONSE_200
    )


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, SET_ON_CALL_TEAM_ROUTING_RULES_ERROR_429, id="429"
        ),
    ],
)
def test_set_on_call_team_routing_rules_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.set_on_call_team_routing_rules(
            team_id="team_id #1/2",
            include="rules",
            body=models.TeamRoutingRulesRequest.model_validate(SET_ON_CALL_TEAM_ROUTING_RULES_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_on_call_escalation_policy(api, contract):
    """PUT /api/v2/on-call/escalation-policies/{policy_id} with the request example at
    docs_input/pages/on-call.md:4038 goes over the wire as documented; the 200 example at
    docs_input/pages/on-call.md:4169 comes back parsed."""
    result = api.update_on_call_escalation_policy(
        policy_id="policy_id #1/2",
        include="teams",
        body=models.EscalationPolicyUpdateRequest.model_validate(UPDATE_ON_CALL_ESCALATION_POLICY_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/on-call/escalation-policies/policy_id%20%231%2F2",
        query={"include": ["teams"]},
        headers={},
        content_type="application/json",
        body=UPDATE_ON_CALL_ESCALATION_POLICY_REQUEST,
    )
    contract.assert_parsed(result, models.PolicyResponse, UPDATE_ON_CALL_ESCALATION_POLICY_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_404, id="404"
        ),
        pytest.param(
            429,
            TooManyRequestsException,
            models.APIErrorResponse2,
            UPDATE_ON_CALL_ESCALATION_POLICY_ERROR_429,
            id="429",
        ),
    ],
)
def test_update_on_call_escalation_policy_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_on_call_escalation_policy(
            policy_id="policy_id #1/2",
            include="teams",
            body=models.EscalationPolicyUpdateRequest.model_validate(UPDATE_ON_CALL_ESCALATION_POLICY_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_on_call_schedule(api, contract):
    """PUT /api/v2/on-call/schedules/{schedule_id} with the request example at
    docs_input/pages/on-call.md:1878 goes over the wire as documented; the 200 example at
    docs_input/pages/on-call.md:2005 comes back parsed."""
    result = api.update_on_call_schedule(
        schedule_id="schedule_id #1/2",
        include="teams",
        body=models.ScheduleUpdateRequest.model_validate(UPDATE_ON_CALL_SCHEDULE_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/on-call/schedules/schedule_id%20%231%2F2",
        query={"include": ["teams"]},
        headers={},
        content_type="application/json",
        body=UPDATE_ON_CALL_SCHEDULE_REQUEST,
    )
    contract.assert_parsed(result, models.ScheduleResponse, UPDATE_ON_CALL_SCHEDULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(400, BadRequestException, models.APIErrorResponse2, UPDATE_ON_CALL_SCHEDULE_ERROR_400, id="400"),
        pytest.param(401, UnauthorizedException, models.APIErrorResponse2, UPDATE_ON_CALL_SCHEDULE_ERROR_401, id="401"),
        pytest.param(403, ForbiddenException, models.APIErrorResponse2, UPDATE_ON_CALL_SCHEDULE_ERROR_403, id="403"),
        pytest.param(404, NotFoundException, models.APIErrorResponse2, UPDATE_ON_CALL_SCHEDULE_ERROR_404, id="404"),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_ON_CALL_SCHEDULE_ERROR_429, id="429"
        ),
    ],
)
def test_update_on_call_schedule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_on_call_schedule(
            schedule_id="schedule_id #1/2",
            include="teams",
            body=models.ScheduleUpdateRequest.model_validate(UPDATE_ON_CALL_SCHEDULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)


def test_update_user_notification_rule(api, contract):
    """PUT /api/v2/on-call/users/{user_id}/notification-rules/{rule_id} with the request example at
    docs_input/pages/on-call.md:11669 goes over the wire as documented; the 200 example at
    docs_input/pages/on-call.md:11743 comes back parsed."""
    result = api.update_user_notification_rule(
        user_id="user_id #1/2",
        rule_id="rule_id #1/2",
        include="channel",
        body=models.UpdateOnCallNotificationRuleRequest.model_validate(UPDATE_USER_NOTIFICATION_RULE_REQUEST),
    )
    contract.assert_request(
        method="PUT",
        path="/api/v2/on-call/users/user_id%20%231%2F2/notification-rules/rule_id%20%231%2F2",
        query={"include": ["channel"]},
        headers={},
        content_type="application/json",
        body=UPDATE_USER_NOTIFICATION_RULE_REQUEST,
    )
    contract.assert_parsed(result, models.NotificationRuleResponse, UPDATE_USER_NOTIFICATION_RULE_RESPONSE_200)


@pytest.mark.parametrize(
    "status, exception, model, example",
    [
        pytest.param(
            400, BadRequestException, models.APIErrorResponse2, UPDATE_USER_NOTIFICATION_RULE_ERROR_400, id="400"
        ),
        pytest.param(
            401, UnauthorizedException, models.APIErrorResponse2, UPDATE_USER_NOTIFICATION_RULE_ERROR_401, id="401"
        ),
        pytest.param(
            403, ForbiddenException, models.APIErrorResponse2, UPDATE_USER_NOTIFICATION_RULE_ERROR_403, id="403"
        ),
        pytest.param(
            404, NotFoundException, models.APIErrorResponse2, UPDATE_USER_NOTIFICATION_RULE_ERROR_404, id="404"
        ),
        pytest.param(
            429, TooManyRequestsException, models.APIErrorResponse2, UPDATE_USER_NOTIFICATION_RULE_ERROR_429, id="429"
        ),
    ],
)
def test_update_user_notification_rule_raises_documented_errors(api, contract, status, exception, model, example):
    """Each documented error status raises its exception, carrying the documented body parsed."""
    with contract.forced_status(status), pytest.raises(exception) as raised:
        api.update_user_notification_rule(
            user_id="user_id #1/2",
            rule_id="rule_id #1/2",
            include="channel",
            body=models.UpdateOnCallNotificationRuleRequest.model_validate(UPDATE_USER_NOTIFICATION_RULE_REQUEST),
        )
    contract.assert_error(raised.value, exception, status, model, example)
