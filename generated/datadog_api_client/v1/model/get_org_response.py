from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_child_org_response_org

_REFERENCES = {"create_child_org_response_org": "create_child_org_response_org"}


class GetOrgResponse(OpenApiModel):
    org: create_child_org_response_org.CreateChildOrgResponseOrg | None = None
