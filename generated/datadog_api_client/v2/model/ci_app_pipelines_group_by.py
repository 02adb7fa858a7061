from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_pipelines_group_by_histogram, ci_app_pipelines_group_by_sort

_REFERENCES = {
    "ci_app_pipelines_group_by_histogram": "ci_app_pipelines_group_by_histogram",
    "ci_app_pipelines_group_by_sort": "ci_app_pipelines_group_by_sort",
}


class CIAppPipelinesGroupBy(OpenApiModel):
    facet: Annotated[str, Field(description="The name of the facet to use (required).")]
    histogram: ci_app_pipelines_group_by_histogram.CIAppPipelinesGroupByHistogram | None = None
    limit: Annotated[int | None, Field(description="The maximum buckets to return for this group-by.")] = None
    missing: Annotated[
        str | float | None, Field(description="The value to use for logs that don't have the facet used to group-by.")
    ] = None
    sort: ci_app_pipelines_group_by_sort.CIAppPipelinesGroupBySort | None = None
    total: Annotated[
        bool | str | float | None,
        Field(description="A resulting object to put the given computes in over all the matching records."),
    ] = None
