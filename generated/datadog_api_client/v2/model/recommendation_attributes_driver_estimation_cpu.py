from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RecommendationAttributesDriverEstimationCpu(OpenApiModel):
    max: Annotated[
        int | None,
        Field(
            description="Maximum CPU usage observed for the job, expressed in millicores. This represents the upper bound of usage."
        ),
    ] = None
    p75: Annotated[
        int | None,
        Field(
            description="75th percentile of CPU usage (millicores). Represents a cost-saving configuration while covering most workloads."
        ),
    ] = None
    p95: Annotated[
        int | None,
        Field(
            description="95th percentile of CPU usage (millicores). Balances performance and cost, providing a safer margin than p75."
        ),
    ] = None
