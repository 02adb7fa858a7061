from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AggregateCIAppPipelineEventsResponseDataBucketsItemComputesValueOption3Item(OpenApiModel):
    time: Annotated[datetime | None, Field(description="The time value for this point.")] = None
    value: Annotated[float | None, Field(description="The value for this point.")] = None
