from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import organization_billing, organization_subscription

_REFERENCES = {"organization_billing": "organization_billing", "organization_subscription": "organization_subscription"}


class OrganizationCreateBody(OpenApiModel):
    billing: organization_billing.OrganizationBilling | None = None
    name: Annotated[str, Field(description="The name of the new child-organization, limited to 32 characters.")]
    subscription: organization_subscription.OrganizationSubscription | None = None
