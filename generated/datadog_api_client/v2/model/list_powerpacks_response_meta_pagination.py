from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListPowerpacksResponseMetaPagination(OpenApiModel):
    first_offset: Annotated[int | None, Field(description="The first offset.")] = None
    last_offset: Annotated[int | None, Field(description="The last offset.")] = None
    limit: Annotated[int | None, Field(description="Pagination limit.")] = None
    next_offset: Annotated[int | None, Field(description="The next offset.")] = None
    offset: Annotated[int | None, Field(description="The offset.")] = None
    prev_offset: Annotated[int | None, Field(description="The previous offset.")] = None
    total: Annotated[int | None, Field(description="Total results.")] = None
    type: Annotated[str | None, Field(description="Offset type.")] = None
