from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class EventAttributesAttributesMonitor(OpenApiModel):
    created_at: Annotated[
        int | None, Field(description="The POSIX timestamp of the monitor's creation in nanoseconds.")
    ] = None
    group_status: Annotated[
        int | None, Field(description="Monitor group status used when there is no `result_groups`.")
    ] = None
    groups: Annotated[list[str] | None, Field(description="Groups to which the monitor belongs.")] = None
    id: Annotated[int | None, Field(description="The monitor ID.")] = None
    message: Annotated[str | None, Field(description="The monitor message.")] = None
    modified: Annotated[int | None, Field(description="The monitor's last-modified timestamp.")] = None
    name: Annotated[str | None, Field(description="The monitor name.")] = None
    query: Annotated[str | None, Field(description="The query that triggers the alert.")] = None
    tags: Annotated[list[str] | None, Field(description="A list of tags attached to the monitor.")] = None
    templated_name: Annotated[
        str | None, Field(description="The templated name of the monitor before resolving any template variables.")
    ] = None
    type: Annotated[str | None, Field(description="The monitor type.")] = None
