from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_rum_application_response_data_attributes, create_rum_application_response_data_type


class CreateRUMApplicationResponseData(OpenApiModel):
    attributes: create_rum_application_response_data_attributes.CreateRUMApplicationResponseDataAttributes
    id: Annotated[str, Field(description="RUM application ID.")]
    type: create_rum_application_response_data_type.CreateRUMApplicationResponseDataType
