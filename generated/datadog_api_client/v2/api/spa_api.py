"""SPA (Spark Pod Autosizing) API. Provides resource recommendations and cost insights to help optimize Spark job configurations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.recommendation_response import RecommendationResponse

_GET_SPA_RECOMMENDATIONS = Endpoint(
    name="get_spa_recommendations",
    version="v2",
    method="GET",
    path="/api/v2/spa/recommendations/{service}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service": "service"},
    query_params={"bypass_cache": "bypass_cache"},
    responses={
        200: "v2.model.recommendation_response:RecommendationResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_GET_SPA_RECOMMENDATIONS_WITH_SHARD = Endpoint(
    name="get_spa_recommendations_with_shard",
    version="v2",
    method="GET",
    path="/api/v2/spa/recommendations/{service}/{shard}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"shard": "shard", "service": "service"},
    query_params={"bypass_cache": "bypass_cache"},
    responses={
        200: "v2.model.recommendation_response:RecommendationResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)


class SpaApi:
    """SPA (Spark Pod Autosizing) API. Provides resource recommendations and cost insights to help optimize Spark job configurations."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def get_spa_recommendations(
        self,
        service: str,
        *,
        bypass_cache: str | None = None,
    ) -> RecommendationResponse:
        """Get SPA Recommendations

        This endpoint is currently experimental and restricted to Datadog internal use only. Retrieve resource recommendations for a Spark job. The caller (Spark Gateway or DJM UI) provides a service name and SPA returns structured recommendations for driver and executor resources. The version with a shard should be preferred, where possible, as it gives more accurate results.

        This operation is in preview: enable it with configuration.unstable_operations["get_spa_recommendations"] = True.
        """
        return self.api_client.call(
            _GET_SPA_RECOMMENDATIONS,
            {
                "service": service,
                "bypass_cache": bypass_cache,
            },
        )

    def get_spa_recommendations_with_shard(
        self,
        shard: str,
        service: str,
        *,
        bypass_cache: str | None = None,
    ) -> RecommendationResponse:
        """Get SPA Recommendations with a shard parameter

        This endpoint is currently experimental and restricted to Datadog internal use only. Retrieve resource recommendations for a Spark job. The caller (Spark Gateway or DJM UI) provides a service name and shard identifier, and SPA returns structured recommendations for driver and executor resources.

        This operation is in preview: enable it with configuration.unstable_operations["get_spa_recommendations_with_shard"] = True.
        """
        return self.api_client.call(
            _GET_SPA_RECOMMENDATIONS_WITH_SHARD,
            {
                "shard": shard,
                "service": service,
                "bypass_cache": bypass_cache,
            },
        )
