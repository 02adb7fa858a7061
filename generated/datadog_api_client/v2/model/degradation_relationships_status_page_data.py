from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_type

_REFERENCES = {"create_status_page_request_data_type": "create_status_page_request_data_type"}


class DegradationRelationshipsStatusPageData(OpenApiModel):
    id: Annotated[UUID, Field(description="The ID of the status page.")]
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
