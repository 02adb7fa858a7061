from __future__ import annotations
from enum import StrEnum


class DORAListDeploymentsRequestDataType(StrEnum):
    DORA_DEPLOYMENTS_LIST_REQUEST = "dora_deployments_list_request"
