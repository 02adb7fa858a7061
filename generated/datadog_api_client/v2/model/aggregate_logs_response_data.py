from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_logs_response_data_buckets_item

_REFERENCES = {"aggregate_logs_response_data_buckets_item": "aggregate_logs_response_data_buckets_item"}


class AggregateLogsResponseData(OpenApiModel):
    buckets: Annotated[
        list[aggregate_logs_response_data_buckets_item.AggregateLogsResponseDataBucketsItem] | None,
        Field(description="The list of matching buckets, one item per bucket"),
    ] = None
