from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import recommendation_attributes, recommendation_type

_REFERENCES = {"recommendation_attributes": "recommendation_attributes", "recommendation_type": "recommendation_type"}


class Recommendation(OpenApiModel):
    attributes: recommendation_attributes.RecommendationAttributes
    id: Annotated[
        str | None, Field(description="Resource identifier for the recommendation. Optional in responses.")
    ] = None
    type: recommendation_type.RecommendationType
