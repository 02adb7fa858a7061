from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_a_slack_integration_request_service_hooks_item

_REFERENCES = {
    "create_a_slack_integration_request_service_hooks_item": "create_a_slack_integration_request_service_hooks_item"
}


class CreateASlackIntegrationRequest(OpenApiModel):
    service_hooks: Annotated[
        list[create_a_slack_integration_request_service_hooks_item.CreateASlackIntegrationRequestServiceHooksItem]
        | None,
        Field(description="The array of service hook objects."),
    ] = None
