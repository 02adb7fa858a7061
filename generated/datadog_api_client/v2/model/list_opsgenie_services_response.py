from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_opsgenie_services_response_data_item


class ListOpsgenieServicesResponse(OpenApiModel):
    data: Annotated[
        list[list_opsgenie_services_response_data_item.ListOpsgenieServicesResponseDataItem],
        Field(description="An array of Opsgenie services."),
    ]
