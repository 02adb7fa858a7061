from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_event_processing_state as rum_event_processing_state_1, rum_product_analytics_retention_state

_REFERENCES = {
    "rum_event_processing_state_1": "rum_event_processing_state",
    "rum_product_analytics_retention_state": "rum_product_analytics_retention_state",
}


class RUMApplicationUpdateAttributes(OpenApiModel):
    name: Annotated[str | None, Field(description="Name of the RUM application.")] = None
    product_analytics_retention_state: (
        rum_product_analytics_retention_state.RUMProductAnalyticsRetentionState | None
    ) = None
    rum_event_processing_state: rum_event_processing_state_1.RUMEventProcessingState | None = None
    type: Annotated[
        str | None,
        Field(
            description="Type of the RUM application. Supported values are `browser`, `ios`, `android`, `react-native`, `flutter`, `roku`, `electron`, `unity`, `kotlin-multiplatform`."
        ),
    ] = None
