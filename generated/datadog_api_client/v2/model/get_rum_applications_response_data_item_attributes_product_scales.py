from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale,
    get_rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale,
)


class GetRUMApplicationsResponseDataItemAttributesProductScales(OpenApiModel):
    product_analytics_retention_scale: (
        get_rum_applications_response_data_item_attributes_product_scales_product_analytics_retention_scale.GetRUMApplicationsResponseDataItemAttributesProductScalesProductAnalyticsRetentionScale
        | None
    ) = None
    rum_event_processing_scale: (
        get_rum_applications_response_data_item_attributes_product_scales_rum_event_processing_scale.GetRUMApplicationsResponseDataItemAttributesProductScalesRumEventProcessingScale
        | None
    ) = None
