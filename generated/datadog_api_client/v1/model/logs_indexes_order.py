from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsIndexesOrder(OpenApiModel):
    index_names: Annotated[
        list[str],
        Field(
            description="Array of strings identifying by their name(s) the index(es) of your organization. Logs are tested against the query filter of each index one by one, following the order of the array. Logs are eventually stored in the first matching index."
        ),
    ]
