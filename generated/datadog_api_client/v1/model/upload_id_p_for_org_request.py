from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UploadIdPForOrgRequest(OpenApiModel):
    idp_file: Annotated[bytes, Field(description="The path to the XML metadata file you wish to upload.")]
