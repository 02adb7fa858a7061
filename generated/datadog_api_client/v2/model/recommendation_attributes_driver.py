from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import recommendation_attributes_driver_estimation

_REFERENCES = {"recommendation_attributes_driver_estimation": "recommendation_attributes_driver_estimation"}


class RecommendationAttributesDriver(OpenApiModel):
    estimation: recommendation_attributes_driver_estimation.RecommendationAttributesDriverEstimation
