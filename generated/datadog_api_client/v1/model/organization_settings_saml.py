from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationSettingsSaml(OpenApiModel):
    enabled: Annotated[bool | None, Field(description="Whether or not SAML is enabled for this organization.")] = None
