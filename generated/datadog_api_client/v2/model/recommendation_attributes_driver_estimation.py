from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import recommendation_attributes_driver_estimation_cpu

_REFERENCES = {"recommendation_attributes_driver_estimation_cpu": "recommendation_attributes_driver_estimation_cpu"}


class RecommendationAttributesDriverEstimation(OpenApiModel):
    cpu: recommendation_attributes_driver_estimation_cpu.RecommendationAttributesDriverEstimationCpu | None = None
    ephemeral_storage: Annotated[
        int | None,
        Field(
            description="Recommended ephemeral storage allocation (in MiB). Derived from job temporary storage patterns."
        ),
    ] = None
    heap: Annotated[int | None, Field(description="Recommended JVM heap size (in MiB).")] = None
    memory: Annotated[
        int | None, Field(description="Recommended total memory allocation (in MiB). Includes both heap and overhead.")
    ] = None
    overhead: Annotated[
        int | None, Field(description="Recommended JVM overhead (in MiB). Computed as total memory - heap.")
    ] = None
