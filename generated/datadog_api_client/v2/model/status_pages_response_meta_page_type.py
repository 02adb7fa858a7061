from __future__ import annotations
from typing import Annotated
from pydantic import Field, RootModel


class StatusPagesResponseMetaPageType(RootModel[str]):
    root: Annotated[str, Field(title="StatusPagesResponseMetaPageType")]
