from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrganizationSettingsSamlIdpInitiatedLogin(OpenApiModel):
    enabled: Annotated[
        bool | None,
        Field(
            description="Whether SAML IdP initiated login is enabled, learn more in the [SAML documentation](https://docs.datadoghq.com/account_management/saml/#idp-initiated-login)."
        ),
    ] = None
