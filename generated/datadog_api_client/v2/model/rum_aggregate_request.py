from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_compute, rum_group_by, rum_query_filter, rum_query_options, rum_query_page_options

_REFERENCES = {
    "rum_compute": "rum_compute",
    "rum_group_by": "rum_group_by",
    "rum_query_filter": "rum_query_filter",
    "rum_query_options": "rum_query_options",
    "rum_query_page_options": "rum_query_page_options",
}


class RUMAggregateRequest(OpenApiModel):
    compute: Annotated[
        list[rum_compute.RUMCompute] | None,
        Field(description="The list of metrics or timeseries to compute for the retrieved buckets."),
    ] = None
    filter: rum_query_filter.RUMQueryFilter | None = None
    group_by: Annotated[list[rum_group_by.RUMGroupBy] | None, Field(description="The rules for the group by.")] = None
    options: rum_query_options.RUMQueryOptions | None = None
    page: rum_query_page_options.RUMQueryPageOptions | None = None
