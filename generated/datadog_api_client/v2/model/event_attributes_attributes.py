from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        event_attributes_attributes_evt,
        event_attributes_attributes_monitor,
        event_attributes_attributes_priority,
        event_attributes_attributes_status,
    )

_REFERENCES = {
    "event_attributes_attributes_evt": "event_attributes_attributes_evt",
    "event_attributes_attributes_monitor": "event_attributes_attributes_monitor",
    "event_attributes_attributes_priority": "event_attributes_attributes_priority",
    "event_attributes_attributes_status": "event_attributes_attributes_status",
}


class EventAttributesAttributes(OpenApiModel):
    aggregation_key: Annotated[str | None, Field(description="Aggregation key of the event.")] = None
    date_happened: Annotated[
        int | None,
        Field(
            description="POSIX timestamp of the event. Must be sent as an integer (no quotation marks). Limited to events no older than 18 hours."
        ),
    ] = None
    device_name: Annotated[str | None, Field(description="A device name.")] = None
    duration: Annotated[
        int | None,
        Field(description="The duration between the triggering of the event and its recovery in nanoseconds."),
    ] = None
    event_object: Annotated[str | None, Field(description="The event title.")] = None
    evt: event_attributes_attributes_evt.EventAttributesAttributesEvt | None = None
    hostname: Annotated[
        str | None,
        Field(
            description="Host name to associate with the event. Any tags associated with the host are also applied to this event."
        ),
    ] = None
    monitor: event_attributes_attributes_monitor.EventAttributesAttributesMonitor | None = None
    monitor_groups: Annotated[list[str] | None, Field(description="List of groups referred to in the event.")] = None
    monitor_id: Annotated[
        int | None,
        Field(
            description="ID of the monitor that triggered the event. When an event isn't related to a monitor, this field is empty."
        ),
    ] = None
    priority: event_attributes_attributes_priority.EventAttributesAttributesPriority | None = None
    related_event_id: Annotated[int | None, Field(description="Related event ID.")] = None
    service: Annotated[str | None, Field(description="Service that triggered the event.")] = None
    source_type_name: Annotated[
        str | None,
        Field(
            description="The type of event being posted. For example, `nagios`, `hudson`, `jenkins`, `my_apps`, `chef`, `puppet`, `git` or `bitbucket`. The list of standard source attribute values is [available here](https://docs.datadoghq.com/integrations/faq/list-of-api-source-attribute-value)."
        ),
    ] = None
    sourcecategory: Annotated[
        str | None,
        Field(
            description="Identifier for the source of the event, such as a monitor alert, an externally-submitted event, or an integration."
        ),
    ] = None
    status: event_attributes_attributes_status.EventAttributesAttributesStatus | None = None
    tags: Annotated[list[str] | None, Field(description="A list of tags to apply to the event.")] = None
    timestamp: Annotated[int | None, Field(description="POSIX timestamp of your event in milliseconds.")] = None
    title: Annotated[str | None, Field(description="The event title.")] = None
