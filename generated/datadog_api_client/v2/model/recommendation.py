from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import recommendation_attributes, recommendation_type


class Recommendation(OpenApiModel):
    attributes: recommendation_attributes.RecommendationAttributes
    id: Annotated[
        str | None, Field(description="Resource identifier for the recommendation. Optional in responses.")
    ] = None
    type: recommendation_type.RecommendationType
