from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_failure

_REFERENCES = {"dora_failure": "dora_failure"}


class DoraFailuresResponse(OpenApiModel):
    data: Annotated[list[dora_failure.DoraFailure] | None, Field(description="The list of DORA incident events.")] = (
        None
    )
