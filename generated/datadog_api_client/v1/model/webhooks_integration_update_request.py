from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import webhooks_integration_encode_as

_REFERENCES = {"webhooks_integration_encode_as": "webhooks_integration_encode_as"}


class WebhooksIntegrationUpdateRequest(OpenApiModel):
    custom_headers: Annotated[
        str | None,
        Field(
            description="If `null`, uses no header. If given a JSON payload, these will be headers attached to your webhook."
        ),
    ] = None
    encode_as: webhooks_integration_encode_as.WebhooksIntegrationEncodeAs | None = None
    name: Annotated[
        str | None,
        Field(
            description="The name of the webhook. It corresponds with `<WEBHOOK_NAME>`. Learn more on how to use it in [monitor notifications](https://docs.datadoghq.com/monitors/notify)."
        ),
    ] = None
    payload: Annotated[
        str | None,
        Field(
            description="If `null`, uses the default payload. If given a JSON payload, the webhook returns the payload specified by the given payload. [Webhooks variable usage](https://docs.datadoghq.com/integrations/webhooks/#usage)."
        ),
    ] = None
    url: Annotated[str | None, Field(description="URL of the webhook.")] = None
