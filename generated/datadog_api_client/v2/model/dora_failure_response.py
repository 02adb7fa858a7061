from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import dora_failure_response_data


class DoraFailureResponse(OpenApiModel):
    data: dora_failure_response_data.DoraFailureResponseData | None = None
