from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_compute, ci_app_pipelines_group_by, ci_app_pipelines_query_filter, ci_app_query_options

_REFERENCES = {
    "ci_app_compute": "ci_app_compute",
    "ci_app_pipelines_group_by": "ci_app_pipelines_group_by",
    "ci_app_pipelines_query_filter": "ci_app_pipelines_query_filter",
    "ci_app_query_options": "ci_app_query_options",
}


class CIAppPipelinesAggregateRequest(OpenApiModel):
    compute: Annotated[
        list[ci_app_compute.CIAppCompute] | None,
        Field(description="The list of metrics or timeseries to compute for the retrieved buckets."),
    ] = None
    filter: ci_app_pipelines_query_filter.CIAppPipelinesQueryFilter | None = None
    group_by: Annotated[
        list[ci_app_pipelines_group_by.CIAppPipelinesGroupBy] | None, Field(description="The rules for the group-by.")
    ] = None
    options: ci_app_query_options.CIAppQueryOptions | None = None
