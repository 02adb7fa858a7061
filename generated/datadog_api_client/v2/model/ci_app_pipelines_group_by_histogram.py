from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CIAppPipelinesGroupByHistogram(OpenApiModel):
    interval: Annotated[float, Field(description="The bin size of the histogram buckets.")]
    max: Annotated[
        float,
        Field(
            description="The maximum value for the measure used in the histogram (values greater than this one are filtered out)."
        ),
    ]
    min: Annotated[
        float,
        Field(
            description="The minimum value for the measure used in the histogram (values smaller than this one are filtered out)."
        ),
    ]
