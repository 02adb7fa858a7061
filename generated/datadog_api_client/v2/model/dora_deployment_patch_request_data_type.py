from __future__ import annotations
from enum import StrEnum


class DORADeploymentPatchRequestDataType(StrEnum):
    DORA_DEPLOYMENT_PATCH_REQUEST = "dora_deployment_patch_request"
