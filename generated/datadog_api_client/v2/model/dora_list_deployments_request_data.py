from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_list_deployments_request_attributes, dora_list_deployments_request_data_type

_REFERENCES = {
    "dora_list_deployments_request_attributes": "dora_list_deployments_request_attributes",
    "dora_list_deployments_request_data_type": "dora_list_deployments_request_data_type",
}


class DORAListDeploymentsRequestData(OpenApiModel):
    attributes: dora_list_deployments_request_attributes.DORAListDeploymentsRequestAttributes
    type: dora_list_deployments_request_data_type.DORAListDeploymentsRequestDataType | None = None
