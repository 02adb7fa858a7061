from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment_patch_remediation

_REFERENCES = {"dora_deployment_patch_remediation": "dora_deployment_patch_remediation"}


class DORADeploymentPatchRequestAttributes(OpenApiModel):
    change_failure: Annotated[
        bool | None, Field(description="Indicates whether the deployment resulted in a change failure.")
    ] = None
    remediation: dora_deployment_patch_remediation.DORADeploymentPatchRemediation | None = None
