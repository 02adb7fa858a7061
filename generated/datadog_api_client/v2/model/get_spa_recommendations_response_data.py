from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_spa_recommendations_response_data_attributes, get_spa_recommendations_response_data_type


class GetSPARecommendationsResponseData(OpenApiModel):
    attributes: get_spa_recommendations_response_data_attributes.GetSPARecommendationsResponseDataAttributes
    id: Annotated[
        str | None, Field(description="Resource identifier for the recommendation. Optional in responses.")
    ] = None
    type: get_spa_recommendations_response_data_type.GetSPARecommendationsResponseDataType
