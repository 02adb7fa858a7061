from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_child_org_response_user


class CreateUserResponse(OpenApiModel):
    user: create_child_org_response_user.CreateChildOrgResponseUser | None = None
