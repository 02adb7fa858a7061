from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_open_api_response_data_attributes

_REFERENCES = {"create_open_api_response_data_attributes": "create_open_api_response_data_attributes"}


class CreateOpenAPIResponseData(OpenApiModel):
    attributes: create_open_api_response_data_attributes.CreateOpenAPIResponseDataAttributes | None = None
    id: Annotated[UUID | None, Field(description="API identifier.")] = None
