"""A mock of the Datadog API from the spec: real HTTP on loopback, requests checked against the pages.

    with MockServer(generator.load_spec(["docs_input"])) as server:
        ...  # send requests to server.url

``app.py`` answers one request (no HTTP), ``routes.py`` finds its operation, ``checks.py`` checks it against
the documentation, ``replies.py`` holds the documented and error bodies, ``server.py`` speaks HTTP.
"""

from generator.mock.app import MockApp
from generator.mock.server import MockServer

__all__ = ["MockApp", "MockServer"]
