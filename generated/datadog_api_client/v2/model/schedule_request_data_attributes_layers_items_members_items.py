from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_request_data_attributes_layers_items_members_items_user

_REFERENCES = {
    "schedule_request_data_attributes_layers_items_members_items_user": "schedule_request_data_attributes_layers_items_members_items_user"
}


class ScheduleRequestDataAttributesLayersItemsMembersItems(OpenApiModel):
    user: (
        schedule_request_data_attributes_layers_items_members_items_user.ScheduleRequestDataAttributesLayersItemsMembersItemsUser
        | None
    ) = None
