from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import recommendation_attributes_driver

_REFERENCES = {"recommendation_attributes_driver": "recommendation_attributes_driver"}


class RecommendationAttributes(OpenApiModel):
    confidence_level: float | None = None
    driver: recommendation_attributes_driver.RecommendationAttributesDriver
    executor: recommendation_attributes_driver.RecommendationAttributesDriver
