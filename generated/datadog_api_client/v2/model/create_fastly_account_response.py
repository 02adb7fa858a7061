from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_fastly_account_response_data


class CreateFastlyAccountResponse(OpenApiModel):
    data: create_fastly_account_response_data.CreateFastlyAccountResponseData | None = None
