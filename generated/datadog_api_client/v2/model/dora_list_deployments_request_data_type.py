from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class DORAListDeploymentsRequestDataType(StrEnum):
    DORA_DEPLOYMENTS_LIST_REQUEST = "dora_deployments_list_request"
