from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import organization_billing, organization_settings, organization_subscription

_REFERENCES = {
    "organization_billing": "organization_billing",
    "organization_settings": "organization_settings",
    "organization_subscription": "organization_subscription",
}


class Organization(OpenApiModel):
    billing: organization_billing.OrganizationBilling | None = None
    created: Annotated[str | None, Field(description="Date of the organization creation.")] = None
    description: Annotated[str | None, Field(description="Description of the organization.")] = None
    name: Annotated[str | None, Field(description="The name of the child organization, limited to 32 characters.")] = (
        None
    )
    public_id: Annotated[
        str | None, Field(description="The `public_id` of the organization you are operating within.")
    ] = None
    settings: organization_settings.OrganizationSettings | None = None
    subscription: organization_subscription.OrganizationSubscription | None = None
    trial: Annotated[
        bool | None,
        Field(
            description="Only available for MSP customers. Allows child organizations to be created on a trial plan."
        ),
    ] = None
