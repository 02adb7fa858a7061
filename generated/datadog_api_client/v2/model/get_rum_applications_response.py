from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_rum_applications_response_data_item


class GetRUMApplicationsResponse(OpenApiModel):
    data: Annotated[
        list[get_rum_applications_response_data_item.GetRUMApplicationsResponseDataItem] | None,
        Field(description="RUM applications array response."),
    ] = None
