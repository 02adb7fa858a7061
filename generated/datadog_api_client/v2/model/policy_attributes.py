from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class PolicyAttributes(OpenApiModel):
    name: Annotated[str, Field(description="Specifies the name of the escalation policy.")]
    resolve_page_on_policy_end: Annotated[
        bool | None, Field(description="Indicates whether the page is automatically resolved when the policy ends.")
    ] = None
    retries: Annotated[
        int | None,
        Field(description="Specifies how many times the escalation sequence is retried if there is no response."),
    ] = None
