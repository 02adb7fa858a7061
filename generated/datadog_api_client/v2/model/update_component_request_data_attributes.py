from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UpdateComponentRequestDataAttributes(OpenApiModel):
    name: Annotated[str | None, Field(description="The name of the component.")] = None
    position: Annotated[
        int | None,
        Field(
            description="The position of the component. If the component belongs to a group, the position is relative to the other components in the group."
        ),
    ] = None
