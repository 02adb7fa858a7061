from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsArchiveOrderAttributes(OpenApiModel):
    archive_ids: Annotated[
        list[str],
        Field(
            description="An ordered array of `<ARCHIVE_ID>` strings, the order of archive IDs in the array define the overall archives order for Datadog."
        ),
    ]
