from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import service_account_create_data


class ServiceAccountCreateRequest(OpenApiModel):
    data: service_account_create_data.ServiceAccountCreateData
