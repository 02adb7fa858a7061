from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CIAppPipelineEventFinishedPipelineParentPipeline(OpenApiModel):
    id: Annotated[str, Field(description="UUID of a pipeline.")]
    url: Annotated[str | None, Field(description="The URL to look at the pipeline in the CI provider UI.")] = None
