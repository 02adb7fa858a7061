from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class WebhooksIntegrationCustomVariableUpdateRequest(OpenApiModel):
    is_secret: Annotated[
        bool | None,
        Field(
            description="Make custom variable is secret or not. If the custom variable is secret, the value is not returned in the response payload."
        ),
    ] = None
    name: Annotated[
        str | None,
        Field(
            description="The name of the variable. It corresponds with `<CUSTOM_VARIABLE_NAME>`. It must only contains upper-case characters, integers or underscores."
        ),
    ] = None
    value: Annotated[str | None, Field(description="Value of the custom variable.")] = None
