from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import dora_failure_request_attributes


class DORAFailureRequestData(OpenApiModel):
    attributes: dora_failure_request_attributes.DORAFailureRequestAttributes
