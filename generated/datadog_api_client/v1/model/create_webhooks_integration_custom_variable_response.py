from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateWebhooksIntegrationCustomVariableResponse(OpenApiModel):
    is_secret: Annotated[
        bool,
        Field(
            description="Make custom variable is secret or not. If the custom variable is secret, the value is not returned in the response payload."
        ),
    ]
    name: Annotated[
        str,
        Field(
            description="The name of the variable. It corresponds with `<CUSTOM_VARIABLE_NAME>`. It must only contains upper-case characters, integers or underscores."
        ),
    ]
    value: Annotated[
        str | None, Field(description="Value of the custom variable. It won't be returned if the variable is secret.")
    ] = None
