from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_child_org_response_api_key,
        create_child_org_response_application_key,
        create_child_org_response_org,
        create_child_org_response_user,
    )

_REFERENCES = {
    "create_child_org_response_api_key": "create_child_org_response_api_key",
    "create_child_org_response_application_key": "create_child_org_response_application_key",
    "create_child_org_response_org": "create_child_org_response_org",
    "create_child_org_response_user": "create_child_org_response_user",
}


class CreateChildOrgResponse(OpenApiModel):
    api_key: create_child_org_response_api_key.CreateChildOrgResponseApiKey | None = None
    application_key: create_child_org_response_application_key.CreateChildOrgResponseApplicationKey | None = None
    org: create_child_org_response_org.CreateChildOrgResponseOrg | None = None
    user: create_child_org_response_user.CreateChildOrgResponseUser | None = None
