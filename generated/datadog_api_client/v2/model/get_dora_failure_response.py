from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_dora_failure_response_data


class GetDORAFailureResponse(OpenApiModel):
    data: get_dora_failure_response_data.GetDORAFailureResponseData | None = None
