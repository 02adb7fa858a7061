from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import opsgenie_services_response_data_item

_REFERENCES = {"opsgenie_services_response_data_item": "opsgenie_services_response_data_item"}


class OpsgenieServicesResponse(OpenApiModel):
    data: Annotated[
        list[opsgenie_services_response_data_item.OpsgenieServicesResponseDataItem],
        Field(description="An array of Opsgenie services."),
    ]
