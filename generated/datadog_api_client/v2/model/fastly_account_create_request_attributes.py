from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import fastly_account_create_request_attributes_services_item

_REFERENCES = {
    "fastly_account_create_request_attributes_services_item": "fastly_account_create_request_attributes_services_item"
}


class FastlyAccountCreateRequestAttributes(OpenApiModel):
    api_key: Annotated[str, Field(description="The API key for the Fastly account.")]
    name: Annotated[str, Field(description="The name of the Fastly account.")]
    services: Annotated[
        list[fastly_account_create_request_attributes_services_item.FastlyAccountCreateRequestAttributesServicesItem]
        | None,
        Field(description="A list of services belonging to the parent account."),
    ] = None
