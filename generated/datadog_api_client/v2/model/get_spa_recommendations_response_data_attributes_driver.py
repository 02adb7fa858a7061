from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_spa_recommendations_response_data_attributes_driver_estimation


class GetSPARecommendationsResponseDataAttributesDriver(OpenApiModel):
    estimation: (
        get_spa_recommendations_response_data_attributes_driver_estimation.GetSPARecommendationsResponseDataAttributesDriverEstimation
    )
