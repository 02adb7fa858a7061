from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import fastly_account


class FastlyAccountResponse(OpenApiModel):
    data: fastly_account.FastlyAccount | None = None
