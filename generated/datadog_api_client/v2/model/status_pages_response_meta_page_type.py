from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field, RootModel


class StatusPagesResponseMetaPageType(RootModel[str]):
    root: Annotated[str, Field(title="StatusPagesResponseMetaPageType")]
