from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateASlackIntegrationRequestServiceHooksItem(OpenApiModel):
    account: Annotated[str, Field(description="Your Slack account name.")]
    url: Annotated[str, Field(description="Your Slack service hook URL.")]
