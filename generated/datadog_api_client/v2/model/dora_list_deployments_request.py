from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import dora_list_deployments_request_data


class DORAListDeploymentsRequest(OpenApiModel):
    data: dora_list_deployments_request_data.DORAListDeploymentsRequestData
