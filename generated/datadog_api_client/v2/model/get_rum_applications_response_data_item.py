from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_rum_applications_response_data_item_attributes, get_rum_applications_response_data_item_type


class GetRUMApplicationsResponseDataItem(OpenApiModel):
    attributes: get_rum_applications_response_data_item_attributes.GetRUMApplicationsResponseDataItemAttributes
    id: Annotated[str | None, Field(description="RUM application ID.")] = None
    type: get_rum_applications_response_data_item_type.GetRUMApplicationsResponseDataItemType
