from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AggregateLogsResponseDataBucketsItemComputesValueOption3Item(OpenApiModel):
    time: Annotated[str | None, Field(description="The time value for this point")] = None
    value: Annotated[float | None, Field(description="The value for this point")] = None
