from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_page_relationships_created_by_user_data

_REFERENCES = {"status_page_relationships_created_by_user_data": "status_page_relationships_created_by_user_data"}


class StatusPageRelationshipsCreatedByUser(OpenApiModel):
    data: status_page_relationships_created_by_user_data.StatusPageRelationshipsCreatedByUserData
