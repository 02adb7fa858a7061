from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class StatusPagesResponseIncludedItemOption1Attributes(OpenApiModel):
    email: Annotated[str | None, Field(description="The email of the Datadog user.")] = None
    handle: Annotated[str | None, Field(description="The handle of the Datadog user.")] = None
    icon: Annotated[str | None, Field(description="The icon of the Datadog user.")] = None
    name: Annotated[str | None, Field(description="The name of the Datadog user.")] = None
    uuid: Annotated[str | None, Field(description="The UUID of the Datadog user.")] = None
