from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsArchiveCreateRequestAttributesDestinationOption3Integration(OpenApiModel):
    account_id: Annotated[str, Field(description="The account ID for the integration.")]
    role_name: Annotated[str, Field(description="The path of the integration.")]
