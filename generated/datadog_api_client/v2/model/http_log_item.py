from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class HTTPLogItem(OpenApiModel):
    ddsource: Annotated[
        str | None,
        Field(
            description="The integration name associated with your log: the technology from which the log originated. When it matches an integration name, Datadog automatically installs the corresponding parsers and facets. See [reserved attributes](https://docs.datadoghq.com/logs/log_configuration/attributes_naming_convention/#reserved-attributes)."
        ),
    ] = None
    ddtags: Annotated[str | None, Field(description="Tags associated with your logs.")] = None
    hostname: Annotated[str | None, Field(description="The name of the originating host of the log.")] = None
    message: Annotated[
        str | None,
        Field(
            description="The message [reserved attribute](https://docs.datadoghq.com/logs/log_configuration/attributes_naming_convention/#reserved-attributes) of your log. By default, Datadog ingests the value of the message attribute as the body of the log entry. That value is then highlighted and displayed in the Logstream, where it is indexed for full text search."
        ),
    ] = None
    service: Annotated[
        str | None,
        Field(
            description="The name of the application or service generating the log events. It is used to switch from Logs to APM, so make sure you define the same value when you use both products. See [reserved attributes](https://docs.datadoghq.com/logs/log_configuration/attributes_naming_convention/#reserved-attributes)."
        ),
    ] = None
