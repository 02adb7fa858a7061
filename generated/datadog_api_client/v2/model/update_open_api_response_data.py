from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_open_api_response_data_attributes

_REFERENCES = {"update_open_api_response_data_attributes": "update_open_api_response_data_attributes"}


class UpdateOpenAPIResponseData(OpenApiModel):
    attributes: update_open_api_response_data_attributes.UpdateOpenAPIResponseDataAttributes | None = None
    id: Annotated[UUID | None, Field(description="API identifier.")] = None
