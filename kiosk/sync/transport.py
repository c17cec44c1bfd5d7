"""Transport security of the kiosk: which server addresses it accepts, and the server's public
key pinned at enrolment, checked on every later connection before a byte is sent."""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import threading
from collections.abc import Collection
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

PIN_PREFIX = "sha256:"


class UrlRefused(ValueError):
    """A server address the kiosk will not use; ``reason`` is ``scheme`` or ``plain_http``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ServerKeyMismatch(Exception):
    """The server presented a public key other than the one pinned at enrolment: someone may
    be intercepting the connection, or the server's key was replaced."""

    def __init__(self, presented: str | None) -> None:
        super().__init__(f"the server presented key {presented or '(none)'}")
        self.presented = presented


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str, *, allow_plain_http: bool = False) -> str:
    """The address without a trailing slash, or UrlRefused: only https, or plain http to this
    machine itself, unless the operator explicitly allowed plain http."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UrlRefused("scheme") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlRefused("scheme")
    if parts.scheme == "http" and not allow_plain_http and not is_loopback_host(parts.hostname):
        raise UrlRefused("plain_http")
    return url.rstrip("/")


def spki_pin(certificate_der: bytes) -> str:
    """``sha256:`` and the Base64 SHA-256 of the certificate's SubjectPublicKeyInfo (as in
    HPKP): it survives certificate renewals that keep the key."""
    certificate = x509.load_der_x509_certificate(certificate_der)
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return PIN_PREFIX + base64.b64encode(hashlib.sha256(spki).digest()).decode("ascii")


def pin_of_certificate_pem(pem: bytes) -> str:
    try:
        certificate = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise ValueError("not a PEM certificate") from None
    return spki_pin(certificate.public_bytes(serialization.Encoding.DER))


def parse_pin(text: str) -> str:
    """A pin as an operator types it (``sha256:`` + Base64 of 32 bytes), normalised; raises
    ValueError when it is not one."""
    text = text.strip()
    if not text.lower().startswith(PIN_PREFIX):
        raise ValueError("a pin starts with sha256:")
    try:
        raw = base64.b64decode(text[len(PIN_PREFIX) :], validate=True)
    except ValueError:
        raise ValueError("a pin is sha256: followed by Base64") from None
    if len(raw) != 32:
        raise ValueError("a pin holds 32 bytes")
    return PIN_PREFIX + base64.b64encode(raw).decode("ascii")


class PinnedAdapter(HTTPAdapter):
    """Checks the server's key right after each TLS handshake, before the request is sent.

    ``pins`` None: nothing is checked (CA verification alone, e.g. at enrolment), but the key
    each connection saw is remembered in ``seen`` so it can be pinned. A pin that matches
    stands in for CA verification, so a self-signed server works once pinned."""

    def __init__(self, pins: Collection[str] | None) -> None:
        self.pins = None if pins is None else frozenset(pins)
        self.seen: list[str] = []
        self._seen_lock = threading.Lock()
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self._pin_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        self._pin_pools(manager)
        return manager

    def _pin_pools(self, manager: PoolManager) -> None:
        # Built on the manager's own HTTPS pool (plain, or through a SOCKS proxy), once.
        base: type[HTTPSConnectionPool] = manager.pool_classes_by_scheme["https"]
        if getattr(base, "pinned_by", None) is self:
            return
        adapter = self

        class PinnedConnection(base.ConnectionCls):  # type: ignore[name-defined,misc]
            def connect(self) -> None:
                super().connect()
                adapter._check(self)

        class PinnedPool(base):  # type: ignore[valid-type,misc]
            ConnectionCls = PinnedConnection
            pinned_by = adapter

        manager.pool_classes_by_scheme = {**manager.pool_classes_by_scheme, "https": PinnedPool}

    def _check(self, connection: HTTPSConnection) -> None:
        sock: Any = connection.sock
        der = sock.getpeercert(binary_form=True) if sock is not None else None
        presented = spki_pin(der) if der else None
        if presented is not None:
            with self._seen_lock:
                self.seen.append(presented)
        if self.pins is None:
            return
        if presented is None or presented not in self.pins:
            connection.close()
            raise ServerKeyMismatch(presented)
        connection.is_verified = True  # the pinned key is the trust anchor
