from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import degradation_attributes_updates_item_components_affected_item_status

_REFERENCES = {
    "degradation_attributes_updates_item_components_affected_item_status": "degradation_attributes_updates_item_components_affected_item_status"
}


class DegradationAttributesUpdatesItemComponentsAffectedItem(OpenApiModel):
    id: Annotated[UUID, Field(description="Identifier of the component affected at the time of the update.")]
    name: Annotated[str | None, Field(description="The name of the component affected at the time of the update.")] = (
        None
    )
    status: (
        degradation_attributes_updates_item_components_affected_item_status.DegradationAttributesUpdatesItemComponentsAffectedItemStatus
    )
