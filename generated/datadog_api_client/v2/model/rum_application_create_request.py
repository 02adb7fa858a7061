from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_application_create

_REFERENCES = {"rum_application_create": "rum_application_create"}


class RUMApplicationCreateRequest(OpenApiModel):
    data: rum_application_create.RUMApplicationCreate
