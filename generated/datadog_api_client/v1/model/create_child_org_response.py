from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_child_org_response_api_key,
        create_child_org_response_application_key,
        organization,
        user as user_1,
    )

_REFERENCES = {
    "create_child_org_response_api_key": "create_child_org_response_api_key",
    "create_child_org_response_application_key": "create_child_org_response_application_key",
    "organization": "organization",
    "user_1": "user",
}


class CreateChildOrgResponse(OpenApiModel):
    api_key: create_child_org_response_api_key.CreateChildOrgResponseApiKey | None = None
    application_key: create_child_org_response_application_key.CreateChildOrgResponseApplicationKey | None = None
    org: organization.Organization | None = None
    user: user_1.User | None = None
