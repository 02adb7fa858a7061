from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_org_config_response_data


class GetOrgConfigResponse(OpenApiModel):
    data: get_org_config_response_data.GetOrgConfigResponseData
