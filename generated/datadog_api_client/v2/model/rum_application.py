from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_application_attributes, rum_applications_response_data_item_type

_REFERENCES = {
    "rum_application_attributes": "rum_application_attributes",
    "rum_applications_response_data_item_type": "rum_applications_response_data_item_type",
}


class RumApplication(OpenApiModel):
    attributes: rum_application_attributes.RumApplicationAttributes
    id: Annotated[str, Field(description="RUM application ID.")]
    type: rum_applications_response_data_item_type.RumApplicationsResponseDataItemType
