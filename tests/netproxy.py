"""A loopback HTTP proxy that injects faults per request, or throttles like a slow link."""

from __future__ import annotations

import collections
import socket
import struct
import threading
import time
from collections.abc import Callable

Fault = str | Callable[[], None]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _read_request(conn: socket.socket) -> bytes | None:
    """One HTTP/1.1 request (head + Content-Length body), with Connection: close forced so
    that each request gets its own connection and its own fault."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"connection":
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    # SO_LINGER 0: close sends RST, like a dropped mobile link, not a polite FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class FaultProxy:
    """Forwards 127.0.0.1:port to the upstream port. Faults are taken one per request from
    ``faults``: "pass", "reset_before_request", "reset_before_response", "truncate",
    "status:503" (answered by the proxy, never forwarded), "slow:SECONDS", or a callable run
    after the request was forwarded (to kill the server mid-batch)."""

    def __init__(
        self, upstream_port: int, *, kbps: float | None = None, rtt_ms: float = 0.0
    ) -> None:
        self.upstream_port = upstream_port
        self.faults: collections.deque[Fault] = collections.deque()
        self.kbps = kbps
        self.rtt_s = rtt_ms / 1000.0
        self.bytes_up = 0
        self.bytes_down = 0
        self.requests = 0
        self.seen: list[str] = []
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = int(self._server.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._accept = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)

    def __enter__(self) -> FaultProxy:
        self._accept.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        self._accept.join(5)
        for thread in list(self._threads):
            thread.join(5)
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _wire(self, nbytes: int) -> None:
        """Time the bytes need on the simulated link (plus half a round trip)."""
        delay = self.rtt_s / 2
        if self.kbps:
            delay += nbytes * 8 / (self.kbps * 1000)
        if delay:
            self._stop.wait(delay)

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            with self._lock:
                fault: Fault = self.faults.popleft() if self.faults else "pass"
                self.requests += 1
                self.bytes_up += len(request)
            self.seen.append(fault if isinstance(fault, str) else "callable")
            self._wire(len(request))
            if fault == "reset_before_request":
                _reset(conn)
                return
            if isinstance(fault, str) and fault.startswith("status:"):
                code = fault.split(":")[1]
                body = b'{"code":"injected","detail":"fault"}'
                conn.sendall(
                    f"HTTP/1.1 {code} Injected\r\nRetry-After: 0\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                    + body
                )
                conn.close()
                return
            response = self._forward(request, fault)
            if fault == "reset_before_response" or response is None:
                _reset(conn)
                return
            if isinstance(fault, str) and fault.startswith("slow:"):
                self._stop.wait(float(fault.split(":")[1]))
            if fault == "truncate":
                response = response[: len(response) // 2]
            self._wire(len(response))
            with self._lock:
                self.bytes_down += len(response)
            conn.sendall(response)
            conn.close()
        except OSError:
            conn.close()

    def _forward(self, request: bytes, fault: Fault) -> bytes | None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60)
        except OSError:
            return None
        with upstream:
            upstream.sendall(request)
            if callable(fault):
                fault()
            chunks = []
            try:
                while True:
                    chunk = upstream.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
            except OSError:
                return None
        return b"".join(chunks) or None


def wait_until(
    condition: Callable[[], bool], timeout: float = 30.0, interval: float = 0.05
) -> None:
    """Poll (never a blind sleep) until ``condition`` holds or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        threading.Event().wait(interval)
