from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import service_account_create_data

_REFERENCES = {"service_account_create_data": "service_account_create_data"}


class ServiceAccountCreateRequest(OpenApiModel):
    data: service_account_create_data.ServiceAccountCreateData
