from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_attributes_type,
        create_status_page_request_data_attributes_visualization_type,
    )

_REFERENCES = {
    "create_status_page_request_data_attributes_type": "create_status_page_request_data_attributes_type",
    "create_status_page_request_data_attributes_visualization_type": "create_status_page_request_data_attributes_visualization_type",
}


class UpdateStatusPageRequestDataAttributes(OpenApiModel):
    company_logo: Annotated[
        str | None, Field(description="The base64-encoded image data displayed on the status page.")
    ] = None
    domain_prefix: Annotated[
        str | None,
        Field(
            description="The subdomain of the status page's url taking the form `https://{domain_prefix}.statuspage.datadoghq.com`. Globally unique across Datadog Status Pages."
        ),
    ] = None
    email_header_image: Annotated[
        str | None,
        Field(
            description="The base64-encoded image data displayed in email notifications sent to status page subscribers."
        ),
    ] = None
    enabled: Annotated[bool | None, Field(description="Whether the status page is enabled.")] = None
    favicon: Annotated[str | None, Field(description="The base64-encoded image data displayed in the browser tab.")] = (
        None
    )
    name: Annotated[str | None, Field(description="The name of the status page.")] = None
    subscriptions_enabled: Annotated[
        bool | None, Field(description="Whether users can subscribe to the status page.")
    ] = None
    type: create_status_page_request_data_attributes_type.CreateStatusPageRequestDataAttributesType | None = None
    visualization_type: (
        create_status_page_request_data_attributes_visualization_type.CreateStatusPageRequestDataAttributesVisualizationType
        | None
    ) = None
