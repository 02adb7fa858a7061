from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import process_attributes, process_type

_REFERENCES = {"process_attributes": "process_attributes", "process_type": "process_type"}


class Process(OpenApiModel):
    attributes: process_attributes.ProcessAttributes | None = None
    id: Annotated[str | None, Field(description="Process ID.")] = None
    type: process_type.ProcessType | None = None
