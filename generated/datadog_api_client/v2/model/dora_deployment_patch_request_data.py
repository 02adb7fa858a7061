from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment_patch_request_attributes, dora_deployment_patch_request_data_type

_REFERENCES = {
    "dora_deployment_patch_request_attributes": "dora_deployment_patch_request_attributes",
    "dora_deployment_patch_request_data_type": "dora_deployment_patch_request_data_type",
}


class DORADeploymentPatchRequestData(OpenApiModel):
    attributes: dora_deployment_patch_request_attributes.DORADeploymentPatchRequestAttributes
    id: Annotated[str, Field(description="The ID of the deployment to patch.")]
    type: dora_deployment_patch_request_data_type.DORADeploymentPatchRequestDataType
