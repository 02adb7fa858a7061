from __future__ import annotations
from typing import Annotated
from pydantic import Field
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


class CreateStatusPageRequestDataAttributes(OpenApiModel):
    company_logo: Annotated[
        str | None, Field(description="The base64-encoded image data displayed on the status page.")
    ] = None
    components: Annotated[
        list[
            create_status_page_request_data_attributes_components_item.CreateStatusPageRequestDataAttributesComponentsItem
        ]
        | None,
        Field(description="The components displayed on the status page."),
    ] = None
    domain_prefix: Annotated[
        str,
        Field(
            description="The subdomain of the status page's url taking the form `https://{domain_prefix}.statuspage.datadoghq.com`. Globally unique across Datadog Status Pages."
        ),
    ]
    email_header_image: Annotated[
        str | None,
        Field(description="Base64-encoded image data included in email notifications sent to status page subscribers."),
    ] = None
    enabled: Annotated[bool, Field(description="Whether the status page is enabled.")]
    favicon: Annotated[str | None, Field(description="Base64-encoded image data displayed in the browser tab.")] = None
    name: Annotated[str, Field(description="The name of the status page.")]
    subscriptions_enabled: Annotated[
        bool | None, Field(description="Whether users can subscribe to the status page.")
    ] = None
    type: create_status_page_request_data_attributes_type.CreateStatusPageRequestDataAttributesType
    visualization_type: (
        create_status_page_request_data_attributes_visualization_type.CreateStatusPageRequestDataAttributesVisualizationType
    )
