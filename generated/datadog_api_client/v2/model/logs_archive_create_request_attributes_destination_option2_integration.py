from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsArchiveCreateRequestAttributesDestinationOption2Integration(OpenApiModel):
    client_email: Annotated[str, Field(description="A client email.")]
    project_id: Annotated[str | None, Field(description="A project ID.")] = None
