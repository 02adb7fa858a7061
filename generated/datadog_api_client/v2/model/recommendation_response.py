from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import recommendation

_REFERENCES = {"recommendation": "recommendation"}


class RecommendationResponse(OpenApiModel):
    data: recommendation.Recommendation
