from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_application_create_attributes, rum_application_create_type

_REFERENCES = {
    "rum_application_create_attributes": "rum_application_create_attributes",
    "rum_application_create_type": "rum_application_create_type",
}


class RUMApplicationCreate(OpenApiModel):
    attributes: rum_application_create_attributes.RUMApplicationCreateAttributes
    type: rum_application_create_type.RUMApplicationCreateType
