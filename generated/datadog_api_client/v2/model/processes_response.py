from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import process, processes_response_meta

_REFERENCES = {"process": "process", "processes_response_meta": "processes_response_meta"}


class ProcessesResponse(OpenApiModel):
    data: Annotated[list[process.Process] | None, Field(description="Array of process summary objects.")] = None
    meta: processes_response_meta.ProcessesResponseMeta | None = None
