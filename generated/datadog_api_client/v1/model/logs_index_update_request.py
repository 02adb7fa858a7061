from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_daily_limit_reset, logs_exclusion, logs_filter

_REFERENCES = {
    "logs_daily_limit_reset": "logs_daily_limit_reset",
    "logs_exclusion": "logs_exclusion",
    "logs_filter": "logs_filter",
}


class LogsIndexUpdateRequest(OpenApiModel):
    daily_limit: Annotated[
        int | None,
        Field(description="The number of log events you can send in this index per day before you are rate-limited."),
    ] = None
    daily_limit_reset: logs_daily_limit_reset.LogsDailyLimitReset | None = None
    daily_limit_warning_threshold_percentage: Annotated[
        float | None,
        Field(description="A percentage threshold of the daily quota at which a Datadog warning event is generated."),
    ] = None
    disable_daily_limit: Annotated[
        bool | None,
        Field(
            description="If true, sets the `daily_limit` value to null and the index is not limited on a daily basis (any specified `daily_limit` value in the request is ignored). If false or omitted, the index's current `daily_limit` is maintained."
        ),
    ] = None
    exclusion_filters: Annotated[
        list[logs_exclusion.LogsExclusion] | None,
        Field(
            description="An array of exclusion objects. The logs are tested against the query of each filter, following the order of the array. Only the first matching active exclusion matters, others (if any) are ignored."
        ),
    ] = None
    filter: logs_filter.LogsFilter
    num_flex_logs_retention_days: Annotated[
        int | None,
        Field(
            description="The total number of days logs are stored in Standard and Flex Tier before being deleted from the index. If Standard Tier is enabled on this index, logs are first retained in Standard Tier for the number of days specified through `num_retention_days`, and then stored in Flex Tier until the number of days specified in `num_flex_logs_retention_days` is reached. The available values depend on retention plans specified in your organization's contract/subscriptions. | **Note**: Changing this value affects all logs already in this index. It may also affect billing."
        ),
    ] = None
    num_retention_days: Annotated[
        int | None,
        Field(
            description="The number of days logs are stored in Standard Tier before aging into the Flex Tier or being deleted from the index. The available values depend on retention plans specified in your organization's contract/subscriptions. | **Note**: Changing this value affects all logs already in this index. It may also affect billing."
        ),
    ] = None
    tags: Annotated[
        list[str] | None,
        Field(description="A list of tags associated with the index. Tags must be in `key:value` format."),
    ] = None
