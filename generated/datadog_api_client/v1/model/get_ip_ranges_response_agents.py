from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class GetIPRangesResponseAgents(OpenApiModel):
    prefixes_ipv4: Annotated[list[str] | None, Field(description="List of IPv4 prefixes.")] = None
    prefixes_ipv6: Annotated[list[str] | None, Field(description="List of IPv6 prefixes.")] = None
