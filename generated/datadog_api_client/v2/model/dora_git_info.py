from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DORAGitInfo(OpenApiModel):
    commit_sha: Annotated[str, Field(description="Git Commit SHA.")]
    repository_url: Annotated[str, Field(description="Git Repository URL")]
