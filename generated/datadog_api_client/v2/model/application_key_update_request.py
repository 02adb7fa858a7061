from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import application_key_update_data

_REFERENCES = {"application_key_update_data": "application_key_update_data"}


class ApplicationKeyUpdateRequest(OpenApiModel):
    data: application_key_update_data.ApplicationKeyUpdateData
