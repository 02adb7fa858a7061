from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_key_create_data

_REFERENCES = {"application_key_create_data": "application_key_create_data"}


class ApplicationKeyCreateRequest(OpenApiModel):
    data: application_key_create_data.ApplicationKeyCreateData
