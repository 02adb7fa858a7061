from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationBilling(OpenApiModel):
    type: Annotated[str | None, Field(description="The type of billing. Only `parent_billing` is supported.")] = None
