from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_degradations_response_data_item_attributes_updates_item_components_affected_item_status


class ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItem(OpenApiModel):
    id: Annotated[UUID, Field(description="Identifier of the component affected at the time of the update.")]
    name: Annotated[str | None, Field(description="The name of the component affected at the time of the update.")] = (
        None
    )
    status: (
        list_degradations_response_data_item_attributes_updates_item_components_affected_item_status.ListDegradationsResponseDataItemAttributesUpdatesItemComponentsAffectedItemStatus
    )
