from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListHostsResponseHostListItemMetaInstallMethod(OpenApiModel):
    installer_version: Annotated[str | None, Field(description="The installer version.")] = None
    tool: Annotated[str | None, Field(description="Tool used to install the agent.")] = None
    tool_version: Annotated[str | None, Field(description="The tool version.")] = None
