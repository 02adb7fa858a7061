from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CIAppGitInfo(OpenApiModel):
    author_email: Annotated[str, Field(description="The commit author email.")]
    author_name: Annotated[str | None, Field(description="The commit author name.")] = None
    author_time: Annotated[str | None, Field(description="The commit author timestamp in RFC3339 format.")] = None
    branch: Annotated[str | None, Field(description="The branch name (if a tag use the tag parameter).")] = None
    commit_time: Annotated[str | None, Field(description="The commit timestamp in RFC3339 format.")] = None
    committer_email: Annotated[str | None, Field(description="The committer email.")] = None
    committer_name: Annotated[str | None, Field(description="The committer name.")] = None
    default_branch: Annotated[str | None, Field(description="The Git repository's default branch.")] = None
    message: Annotated[str | None, Field(description="The commit message.")] = None
    repository_url: Annotated[str, Field(description="The URL of the repository.")]
    sha: Annotated[str, Field(description="The git commit SHA.")]
    tag: Annotated[str | None, Field(description="The tag name (if a branch use the branch parameter).")] = None
