from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment_patch_remediation_type

_REFERENCES = {"dora_deployment_patch_remediation_type": "dora_deployment_patch_remediation_type"}


class DORADeploymentPatchRemediation(OpenApiModel):
    id: Annotated[
        str | None,
        Field(
            description="The ID of the remediation deployment. Required when the failed deployment must be linked to a remediation deployment."
        ),
    ] = None
    type: dora_deployment_patch_remediation_type.DORADeploymentPatchRemediationType | None = None
