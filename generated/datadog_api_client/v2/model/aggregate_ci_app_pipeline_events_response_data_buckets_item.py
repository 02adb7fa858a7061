from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item

_REFERENCES = {
    "aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item": "aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item"
}


class AggregateCIAppPipelineEventsResponseDataBucketsItem(OpenApiModel):
    by: Annotated[dict[str, Any] | None, Field(description="The key-value pairs for each group-by.")] = None
    computes: Annotated[
        dict[
            str,
            str
            | float
            | list[
                aggregate_ci_app_pipeline_events_response_data_buckets_item_computes_value_option3_item.AggregateCIAppPipelineEventsResponseDataBucketsItemComputesValueOption3Item
            ],
        ]
        | None,
        Field(
            description="A map of the metric name to value for regular compute, or a list of values for a timeseries."
        ),
    ] = None
