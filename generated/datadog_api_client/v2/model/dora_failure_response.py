from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_failure

_REFERENCES = {"dora_failure": "dora_failure"}


class DoraFailureResponse(OpenApiModel):
    data: dora_failure.DoraFailure | None = None
