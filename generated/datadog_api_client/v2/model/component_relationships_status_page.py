from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import component_relationships_status_page_data

_REFERENCES = {"component_relationships_status_page_data": "component_relationships_status_page_data"}


class ComponentRelationshipsStatusPage(OpenApiModel):
    data: component_relationships_status_page_data.ComponentRelationshipsStatusPageData
