from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UploadIdPMetadataRequest(OpenApiModel):
    idp_file: Annotated[bytes | None, Field(description="The IdP metadata XML file")] = None
