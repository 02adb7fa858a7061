from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_failure_request_attributes

_REFERENCES = {"dora_failure_request_attributes": "dora_failure_request_attributes"}


class DORAFailureRequestData(OpenApiModel):
    attributes: dora_failure_request_attributes.DORAFailureRequestAttributes
