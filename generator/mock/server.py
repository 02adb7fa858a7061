"""The mock over HTTP/1.1 on a loopback address: ``http.server.ThreadingHTTPServer``, a thread a connection.

Connections are kept alive; a request body is read by its Content-Length, exactly. Nothing is logged. No
exception leaves a handler thread: a bug of the mock is answered as a 500 with a JSON body and recorded in
``MockServer.errors``. ``close()`` stops accepting, ends the open connections and joins their threads.

``MockServer(spec, record=True)`` also keeps every request it read, as it came over the wire, in
``MockServer.requests`` (tests check what a client sent; the caller clears the list between checks).
"""

from __future__ import annotations

import ipaddress
import socket
import socketserver
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

from generator.mock.app import MockApp
from generator.mock.replies import Reply, error_reply
from generator.spec.spec import Spec

MAX_BODY = 64 * 1024 * 1024
IDLE_TIMEOUT = 60.0  # seconds a kept-alive connection may stay silent
_NO_BODY_STATUSES = (204, 205, 304)


class RecordedRequest(NamedTuple):
    """One request as the server read it: the target is raw (percent-encoding and query string kept)."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]  # in the order sent
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of a header, by case-insensitive name."""
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)


class MockServer:
    """``with MockServer(spec) as server: ... server.url``: the operations, served by a background thread."""

    def __init__(
        self,
        spec: Spec,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        require_api_key: bool = True,
        record: bool = False,
    ) -> None:
        self._family = loopback_family(host)
        self.host = host
        self.port = port
        self.app = MockApp(spec, require_api_key=require_api_key)
        # The tracebacks of the mock's own failures (each was answered as a 500 or ended its connection).
        self.errors: list[str] = []
        # What clients sent, in the order read, when recording (list.append is atomic: no lock needed).
        self.requests: list[RecordedRequest] | None = [] if record else None
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the mock server is not started")
        address = str(self._httpd.server_address[0])
        return f"http://[{address}]:{self.port}" if ":" in address else f"http://{address}:{self.port}"

    def start(self) -> MockServer:
        if self._httpd is not None:
            raise RuntimeError("the mock server is already started")
        httpd = _HTTPServer((self.host, self.port), self.app, self._family, self.errors, self.requests)
        if not ipaddress.ip_address(
            str(httpd.server_address[0])
        ).is_loopback:  # "localhost" resolved elsewhere
            httpd.server_close()
            raise ValueError(
                f"{self.host} is not a loopback address: the mock server serves on loopback only"
            )
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="mock-server", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        httpd.shutdown()
        thread.join()
        httpd.server_close()
        httpd.close_connections()
        self._httpd = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def loopback_family(host: str) -> socket.AddressFamily:
    """The address family to serve ``host`` on; ValueError unless it is a loopback address."""
    if host == "localhost":
        return socket.AF_INET
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{host!r} is not an IP address: the mock server serves on loopback only") from None
    if not address.is_loopback:
        raise ValueError(f"{host} is not a loopback address: the mock server serves on loopback only")
    return socket.AF_INET6 if address.version == 6 else socket.AF_INET


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # clients that reconnect at once must not hit a full backlog

    def __init__(
        self,
        address: tuple[str, int],
        app: MockApp,
        family: socket.AddressFamily,
        errors: list[str],
        requests: list[RecordedRequest] | None = None,
    ) -> None:
        self.address_family = family
        self.app = app
        self.errors = errors
        self.requests = requests
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look the host's FQDN up, which can wait on DNS; nothing here needs it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="mock-connection",
            daemon=True,
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def close_connections(self, timeout: float = 5.0) -> None:
        """End every open connection (a kept-alive client may be idle) and wait for their threads."""
        with self._lock:
            open_connections = list(self._connections.items())
            for connection, _ in open_connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        for _, thread in open_connections:
            thread.join(timeout)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, TimeoutError)):  # a client that went away is no failure
            self.record_error()

    def record_error(self) -> None:
        with self._lock:
            if len(self.errors) < 100:
                self.errors.append(traceback.format_exc())


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.0"  # never HTTP/0.9: a garbled request line still gets a status line
    server_version = "dd-api-mock"
    sys_version = ""
    timeout = IDLE_TIMEOUT
    wbufsize = -1  # buffered: the head and the body of a reply leave in one write
    disable_nagle_algorithm = True

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # every method is routed; an undocumented one is a 405, not a 501
            return self._handle
        raise AttributeError(name)

    def _handle(self) -> None:
        try:
            body = self._read_body()
            if body is None:
                return
            if self.server.requests is not None:
                self.server.requests.append(
                    RecordedRequest(self.command, self.path, tuple(self.headers.items()), body)
                )
            reply = self.server.app.answer(self.command, self.path, self.headers, body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        except Exception as exc:  # a bug of the mock: answer it, keep serving
            self.server.record_error()
            reply = error_reply(500, f"the mock server failed: {type(exc).__name__}: {exc}")
        self._send(reply)

    def _read_body(self) -> bytes | None:
        """The body by its Content-Length; None when an error was answered and the connection must end."""
        if self.headers.get("Transfer-Encoding"):
            self._send_final(
                error_reply(411, "send the body with a Content-Length (chunked bodies are not read)")
            )
            return None
        lengths = set(self.headers.get_all("Content-Length", []))
        if not lengths:
            return b""
        length = lengths.pop().strip()
        if lengths or not (length.isascii() and length.isdigit()):
            self._send_final(error_reply(400, "invalid Content-Length", {"header": "Content-Length"}))
            return None
        if int(length) > MAX_BODY:
            self._send_final(
                error_reply(413, f"the body is larger than {MAX_BODY} bytes", {"header": "Content-Length"})
            )
            return None
        body = self.rfile.read(int(length))
        if len(body) < int(length):  # the client closed the connection half way
            self.close_connection = True
            return None
        return body

    def _send_final(self, reply: Reply) -> None:
        """Answer, then end the connection (what follows in the stream cannot be trusted)."""
        self.close_connection = True
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        body = b"" if reply.status in _NO_BODY_STATUSES else reply.body
        if body:
            self.send_header("Content-Type", reply.content_type)
        if reply.status not in _NO_BODY_STATUSES:
            self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors of the HTTP layer itself (a bad request line, too long a URI...): JSON as well."""
        self.close_connection = True
        self._send(error_reply(int(code), explain or message or "the request could not be read"))

    def handle_expect_100(self) -> bool:
        answered = super().handle_expect_100()
        self.wfile.flush()  # the buffered writer would hold "100 Continue" back
        return answered

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no line per request on stderr
