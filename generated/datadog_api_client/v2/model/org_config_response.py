from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import org_config


class OrgConfigResponse(OpenApiModel):
    data: org_config.OrgConfig
