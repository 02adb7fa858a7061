from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_group_by_histogram, rum_group_by_sort

_REFERENCES = {"rum_group_by_histogram": "rum_group_by_histogram", "rum_group_by_sort": "rum_group_by_sort"}


class RUMGroupBy(OpenApiModel):
    facet: Annotated[str, Field(description="The name of the facet to use (required).")]
    histogram: rum_group_by_histogram.RUMGroupByHistogram | None = None
    limit: Annotated[int | None, Field(description="The maximum buckets to return for this group-by.")] = None
    missing: Annotated[
        str | float | None, Field(description="The value to use for logs that don't have the facet used to group by.")
    ] = None
    sort: rum_group_by_sort.RUMGroupBySort | None = None
    total: Annotated[
        bool | str | float | None,
        Field(description="A resulting object to put the given computes in over all the matching records."),
    ] = None
