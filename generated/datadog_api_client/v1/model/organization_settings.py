from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        access_role,
        organization_settings_saml,
        organization_settings_saml_autocreate_users_domains,
        organization_settings_saml_idp_initiated_login,
        organization_settings_saml_strict_mode,
    )

_REFERENCES = {
    "access_role": "access_role",
    "organization_settings_saml": "organization_settings_saml",
    "organization_settings_saml_autocreate_users_domains": "organization_settings_saml_autocreate_users_domains",
    "organization_settings_saml_idp_initiated_login": "organization_settings_saml_idp_initiated_login",
    "organization_settings_saml_strict_mode": "organization_settings_saml_strict_mode",
}


class OrganizationSettings(OpenApiModel):
    private_widget_share: Annotated[
        bool | None, Field(description="Whether or not the organization users can share widgets outside of Datadog.")
    ] = None
    saml: organization_settings_saml.OrganizationSettingsSaml | None = None
    saml_autocreate_access_role: access_role.AccessRole | None = None
    saml_autocreate_users_domains: (
        organization_settings_saml_autocreate_users_domains.OrganizationSettingsSamlAutocreateUsersDomains | None
    ) = None
    saml_can_be_enabled: Annotated[
        bool | None, Field(description="Whether or not SAML can be enabled for this organization.")
    ] = None
    saml_idp_endpoint: Annotated[
        str | None, Field(description="Identity provider endpoint for SAML authentication.")
    ] = None
    saml_idp_initiated_login: (
        organization_settings_saml_idp_initiated_login.OrganizationSettingsSamlIdpInitiatedLogin | None
    ) = None
    saml_idp_metadata_uploaded: Annotated[
        bool | None,
        Field(
            description="Whether or not a SAML identity provider metadata file was provided to the Datadog organization."
        ),
    ] = None
    saml_login_url: Annotated[str | None, Field(description="URL for SAML logging.")] = None
    saml_strict_mode: organization_settings_saml_strict_mode.OrganizationSettingsSamlStrictMode | None = None
