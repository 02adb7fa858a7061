from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationSettingsSamlStrictMode(OpenApiModel):
    enabled: Annotated[
        bool | None,
        Field(
            description="Whether or not the SAML strict mode is enabled. If true, all users must log in with SAML. Learn more on the [SAML Strict documentation](https://docs.datadoghq.com/account_management/saml/#saml-strict)."
        ),
    ] = None
