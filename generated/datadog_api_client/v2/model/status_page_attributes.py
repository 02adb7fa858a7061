from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_attributes_components_item,
        create_status_page_request_data_attributes_type,
        create_status_page_request_data_attributes_visualization_type,
    )

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item": "create_status_page_request_data_attributes_components_item",
    "create_status_page_request_data_attributes_type": "create_status_page_request_data_attributes_type",
    "create_status_page_request_data_attributes_visualization_type": "create_status_page_request_data_attributes_visualization_type",
}


class StatusPageAttributes(OpenApiModel):
    company_logo: Annotated[
        str | None, Field(description="Base64-encoded image data displayed on the status page.")
    ] = None
    components: Annotated[
        list[
            create_status_page_request_data_attributes_components_item.CreateStatusPageRequestDataAttributesComponentsItem
        ]
        | None,
        Field(description="Components displayed on the status page."),
    ] = None
    created_at: Annotated[datetime | None, Field(description="Timestamp of when the status page was created.")] = None
    custom_domain: Annotated[
        str | None, Field(description="If configured, the url that the status page is accessible at.")
    ] = None
    custom_domain_enabled: Annotated[bool | None, Field(description="Whether the custom domain is configured.")] = None
    domain_prefix: Annotated[
        str | None,
        Field(
            description="The subdomain of the status page's url taking the form `https://{domain_prefix}.statuspage.datadoghq.com`. Globally unique across Datadog Status Pages."
        ),
    ] = None
    email_header_image: Annotated[
        str | None,
        Field(description="Base64-encoded image data included in email notifications sent to status page subscribers."),
    ] = None
    enabled: Annotated[bool | None, Field(description="Whether the status page is enabled.")] = None
    favicon: Annotated[str | None, Field(description="Base64-encoded image data displayed in the browser tab.")] = None
    modified_at: Annotated[
        datetime | None, Field(description="Timestamp of when the status page was last modified.")
    ] = None
    name: Annotated[str | None, Field(description="The name of the status page.")] = None
    page_url: Annotated[str | None, Field(description="The url that the status page is accessible at.")] = None
    subscriptions_enabled: Annotated[
        bool | None, Field(description="Whether users can subscribe to the status page.")
    ] = None
    type: create_status_page_request_data_attributes_type.CreateStatusPageRequestDataAttributesType | None = None
    visualization_type: (
        create_status_page_request_data_attributes_visualization_type.CreateStatusPageRequestDataAttributesVisualizationType
        | None
    ) = None
