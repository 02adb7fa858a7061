from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import degradation_relationships_status_page_data

_REFERENCES = {"degradation_relationships_status_page_data": "degradation_relationships_status_page_data"}


class DegradationRelationshipsStatusPage(OpenApiModel):
    data: degradation_relationships_status_page_data.DegradationRelationshipsStatusPageData
