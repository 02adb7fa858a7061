from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel


class GetOpenAPIResponse(OpenApiModel):
    pass
