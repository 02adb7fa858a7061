from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale,
        rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale,
    )

_REFERENCES = {
    "rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale": "rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale",
    "rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale": "rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale",
}


class RumApplicationsResponseDataItemAttributesProductScales(OpenApiModel):
    product_analytics_retention_scale: (
        rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale.RumApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale
        | None
    ) = None
    rum_event_processing_scale: (
        rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale.RumApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale
        | None
    ) = None
