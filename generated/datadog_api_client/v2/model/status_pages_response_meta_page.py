from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_pages_response_meta_page_type

_REFERENCES = {"status_pages_response_meta_page_type": "status_pages_response_meta_page_type"}


class StatusPagesResponseMetaPage(OpenApiModel):
    first_offset: Annotated[
        int | None, Field(description="Integer representing the offset to fetch the first page of results.")
    ] = None
    last_offset: Annotated[
        int | None, Field(description="Integer representing the offset to fetch the last page of results.")
    ] = None
    limit: Annotated[
        int | None, Field(description="Integer representing the number of elements to returned in the results.")
    ] = None
    next_offset: Annotated[
        int | None,
        Field(
            description="Integer representing the index of the first element in the next page of results. Equal to page size added to the current offset."
        ),
    ] = None
    offset: Annotated[
        int | None, Field(description="Integer representing the index of the first element in the results.")
    ] = None
    prev_offset: Annotated[
        int | None,
        Field(description="Integer representing the index of the first element in the previous page of results."),
    ] = None
    total: Annotated[int | None, Field(description="Integer representing the total number of elements available.")] = (
        None
    )
    type: status_pages_response_meta_page_type.StatusPagesResponseMetaPageType | None = None
