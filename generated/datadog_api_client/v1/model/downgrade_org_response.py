from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DowngradeOrgResponse(OpenApiModel):
    message: Annotated[
        str | None, Field(description="Information pertaining to the downgraded child organization.")
    ] = None
