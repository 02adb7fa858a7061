from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import rum_application


class RumApplicationResponse(OpenApiModel):
    data: rum_application.RumApplication | None = None
