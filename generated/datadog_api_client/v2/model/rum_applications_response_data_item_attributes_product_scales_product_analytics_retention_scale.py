from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_product_analytics_retention_state

_REFERENCES = {"rum_product_analytics_retention_state": "rum_product_analytics_retention_state"}


class RumApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale(OpenApiModel):
    last_modified_at: Annotated[
        int | None, Field(description="Timestamp in milliseconds when this scale was last modified.")
    ] = None
    state: rum_product_analytics_retention_state.RUMProductAnalyticsRetentionState | None = None
