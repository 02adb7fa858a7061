from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationSettingsSamlAutocreateUsersDomains(OpenApiModel):
    domains: Annotated[
        list[str] | None, Field(description="List of domains where the SAML automated user creation is enabled.")
    ] = None
    enabled: Annotated[
        bool | None, Field(description="Whether or not the automated user creation based on SAML domain is enabled.")
    ] = None
