from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_create_request_alert_type, event_create_request_priority

_REFERENCES = {
    "event_create_request_alert_type": "event_create_request_alert_type",
    "event_create_request_priority": "event_create_request_priority",
}


class EventCreateRequest(OpenApiModel):
    aggregation_key: Annotated[
        str | None,
        Field(
            description="An arbitrary string to use for aggregation. Limited to 100 characters. If you specify a key, all events using that key are grouped together in the Event Stream."
        ),
    ] = None
    alert_type: event_create_request_alert_type.EventCreateRequestAlertType | None = None
    date_happened: Annotated[
        int | None,
        Field(
            description="POSIX timestamp of the event. Must be sent as an integer (that is no quotes). Limited to events no older than 18 hours"
        ),
    ] = None
    device_name: Annotated[str | None, Field(description="A device name.")] = None
    host: Annotated[
        str | None,
        Field(
            description="Host name to associate with the event. Any tags associated with the host are also applied to this event."
        ),
    ] = None
    priority: event_create_request_priority.EventCreateRequestPriority | None = None
    related_event_id: Annotated[
        int | None, Field(description="ID of the parent event. Must be sent as an integer (that is no quotes).")
    ] = None
    source_type_name: Annotated[
        str | None,
        Field(
            description="The type of event being posted. Option examples include nagios, hudson, jenkins, my_apps, chef, puppet, git, bitbucket, etc. A complete list of source attribute values [available here](https://docs.datadoghq.com/integrations/faq/list-of-api-source-attribute-value)."
        ),
    ] = None
    tags: Annotated[list[str] | None, Field(description="A list of tags to apply to the event.")] = None
    text: Annotated[
        str,
        Field(
            description="The body of the event. Limited to 4000 characters. The text supports markdown. To use markdown in the event text, start the text block with `%%% \\n` and end the text block with `\\n %%%`. Use `msg_text` with the Datadog Ruby library."
        ),
    ]
    title: Annotated[str, Field(description="The event title.")]
