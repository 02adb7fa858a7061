from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsArchiveIntegrationAzure(OpenApiModel):
    client_id: Annotated[str, Field(description="A client ID.")]
    tenant_id: Annotated[str, Field(description="A tenant ID.")]
