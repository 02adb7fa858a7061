from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_opsgenie_services_response_data_item_attributes, opsgenie_service_type


class ListOpsgenieServicesResponseDataItem(OpenApiModel):
    attributes: list_opsgenie_services_response_data_item_attributes.ListOpsgenieServicesResponseDataItemAttributes
    id: Annotated[str, Field(description="The ID of the Opsgenie service.")]
    type: opsgenie_service_type.OpsgenieServiceType
