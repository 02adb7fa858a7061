from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationSubscription(OpenApiModel):
    type: Annotated[
        str | None, Field(description="The subscription type. Types available are `trial`, `free`, and `pro`.")
    ] = None
