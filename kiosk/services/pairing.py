"""Pairing with the central server: enrolment (https, or plain http to this machine only),
the server key pinned at enrolment, and rotation of the bearer token before it expires."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.context import ServiceContext
from kiosk.services.settings import refuse_pairing_with_demo_data
from kiosk.store.db import Store
from kiosk.sync import state
from kiosk.sync.client import RefusedError, SyncClient, TransportError
from kiosk.sync.identity import sign_enrol_proof
from kiosk.sync.protocol import EnrolRequest, EnrolResponse
from kiosk.sync.transport import ServerKeyMismatch, UrlRefused, check_server_url, parse_pin

log = logging.getLogger(__name__)

PINS = "sync.server_pins"  # comma-separated sha256: pins; the server must present one
PLAIN_HTTP = "sync.insecure_plain_http"  # "1": the operator allowed plain http elsewhere
# When this kiosk received its token (by its own clock, so an offset does not matter) and
# how long the server said it lives.
TOKEN_RECEIVED_AT = "sync.token_received_at"
TOKEN_LIFETIME_S = "sync.token_lifetime_s"
# The server's default token lifetime, until it tells its own (a rotation's reply does).
ASSUMED_TOKEN_LIFETIME = dt.timedelta(days=90)

define(
    "sync.enrol_refused",
    id="Pendaftaran kios ditolak: kode salah, sudah dipakai, atau kedaluwarsa ({detail}).",
    en="Enrolment refused: the code is wrong, used or expired ({detail}).",
)
define(
    "sync.enrol_refused_other",
    id="Pendaftaran kios ditolak oleh server ({detail}).",
    en="Enrolment refused by the server ({detail}).",
)
define(
    "sync.enrol_device_exists",
    id="Server sudah mengenal kios ini, tetapi kios tidak dapat membuktikan bahwa ia kios yang "
    "sama (kunci atau token hilang, atau jam kios sangat salah). Hubungi operator pusat.",
    en="The server knows this kiosk already, but the kiosk cannot prove it is the same kiosk "
    "(its key or token is lost, or its clock is far off). Contact the central operator.",
)
define(
    "sync.enrol_revoked",
    id="Kios ini telah dicabut oleh operator pusat dan tidak dapat didaftarkan lagi.",
    en="This kiosk has been revoked by the central operator and cannot be enrolled again.",
)
define(
    "sync.enrol_rate_limited",
    id="Terlalu banyak percobaan pendaftaran yang gagal. Coba lagi dalam {seconds} detik.",
    en="Too many failed enrolment attempts. Try again in {seconds} seconds.",
)
define(
    "sync.enrol_unreachable",
    id="Server {server} tidak dapat dihubungi. Periksa alamat dan koneksi.",
    en="The server {server} cannot be reached. Check the address and the connection.",
)
define(
    "sync.enrol_tls_failed",
    id="Sertifikat server {server} tidak dapat diverifikasi. Minta berkas CA (--ca-file) atau "
    "pin kunci (--pin) kepada operator pusat.",
    en="The certificate of {server} cannot be verified. Ask the central operator for the CA "
    "file (--ca-file) or the key pin (--pin).",
)
define(
    "sync.enrol_pin_mismatch",
    id="Server {server} memakai kunci lain ({presented}) daripada pin yang diberikan. Tidak ada "
    "yang dikirim.",
    en="The server {server} uses another key ({presented}) than the pin given. Nothing was sent.",
)
define(
    "sync.url_invalid",
    id="Alamat server harus diawali http:// atau https://.",
    en="The server address must start with http:// or https://.",
)
define(
    "sync.url_plain_http",
    id="Alamat http:// hanya diizinkan untuk komputer ini sendiri: data akan dikirim tanpa "
    "enkripsi. Gunakan https://, atau --insecure-plain-http bila memang disengaja.",
    en="An http:// address is allowed only for this computer itself: data would travel "
    "unencrypted. Use https://, or --insecure-plain-http if you really mean it.",
)
define(
    "sync.pin_invalid",
    id="Pin {pin} tidak valid: pin berbentuk sha256: diikuti 44 karakter Base64.",
    en="The pin {pin} is not valid: a pin is sha256: followed by 44 Base64 characters.",
)
define(
    "sync.ca_file_unreadable",
    id="Berkas CA {path} tidak dapat dibaca.",
    en="The CA file {path} cannot be read.",
)
define(
    "sync.rotate_failed",
    id="Token kios tidak dapat diperbarui ({detail}).",
    en="The kiosk's token could not be renewed ({detail}).",
)


class PairingError(UserError):
    pass


@dataclass(frozen=True)
class Pairing:
    """How this kiosk reaches its server, as it was set at enrolment."""

    url: str
    pins: frozenset[str] | None
    allow_plain_http: bool

    @classmethod
    def load(cls, store: Store, url: str) -> Pairing:
        pins = state.get(store, PINS)
        return cls(
            url=url,
            pins=frozenset(pins.split(",")) if pins else None,
            allow_plain_http=state.get(store, PLAIN_HTTP) == "1",
        )

    def client(self, token: str | None) -> SyncClient:
        """Raises UrlRefused for plain http the operator did not allow (e.g. a kiosk
        enrolled over http before this check existed)."""
        if self.allow_plain_http and self.url.startswith("http://"):
            log.warning("syncing over plain http with %s: traffic is not encrypted", self.url)
        return SyncClient(
            self.url,
            token,
            pins=self.pins,
            # A pinned key is the trust anchor; without pins (enrolled before pinning
            # existed) the CA is checked and the key seen is pinned (remember_seen_pin).
            verify=self.pins is None,
            allow_plain_http=self.allow_plain_http,
        )


def enrol(
    ctx: ServiceContext,
    token_path: Path,
    server_url: str,
    code: str,
    *,
    label: str = "",
    allow_plain_http: bool = False,
    ca_file: Path | None = None,
    pins: tuple[str, ...] = (),
) -> EnrolResponse:
    """Exchange a one-time code for a token and pin the server's key. Enrolling again (a new
    code after the token expired, or to re-pin a replaced server key) proves this is the
    same device with a signature by its key, or else with its current token."""
    refuse_pairing_with_demo_data(ctx)  # before anything is sent
    url = checked_url(server_url, allow_plain_http)
    wanted = _parse_pins(pins)
    if ca_file is not None and not ca_file.is_file():
        raise PairingError(msg("sync.ca_file_unreadable", path=str(ca_file)))
    verify: bool | str = str(ca_file) if ca_file else not wanted
    client = SyncClient(url, pins=wanted or None, verify=verify, allow_plain_http=allow_plain_http)
    try:
        response = _enrol_with_proof(ctx, client, url, code, label, token_path)
        seen = client.seen_pins
    finally:
        client.close()
    new_pins = set(wanted) | set(seen[-1:]) if url.startswith("https://") else set()
    state.write_token(token_path, response.token)
    with ctx.store.transaction() as session:
        state.put(session, state.SERVER_URL, url)
        state.put(session, state.SITE, response.site)
        state.put(session, state.TOKEN_FILE, token_path.name)
        state.put(session, state.CURSOR, None)
        state.put(session, state.BUNDLE_KEY, response.bundle_key)
        state.put(session, PINS, ",".join(sorted(new_pins)) or None)
        state.put(session, PLAIN_HTTP, "1" if allow_plain_http else None)
        state.put(session, TOKEN_RECEIVED_AT, ctx.now().isoformat())
        state.put(session, TOKEN_LIFETIME_S, None)
    if allow_plain_http and not url.startswith("https://"):
        log.warning("enrolled over plain http with %s: traffic is not encrypted", url)
    return response


def checked_url(server_url: str, allow_plain_http: bool) -> str:
    try:
        return check_server_url(server_url, allow_plain_http=allow_plain_http)
    except UrlRefused as exc:
        code = "sync.url_plain_http" if exc.reason == "plain_http" else "sync.url_invalid"
        raise PairingError(msg(code)) from exc


def _parse_pins(pins: tuple[str, ...]) -> frozenset[str]:
    parsed = set()
    for pin in pins:
        try:
            parsed.add(parse_pin(pin))
        except ValueError as exc:
            raise PairingError(msg("sync.pin_invalid", pin=pin[:60])) from exc
    return frozenset(parsed)


def _enrol_with_proof(
    ctx: ServiceContext, client: SyncClient, url: str, code: str, label: str, token_path: Path
) -> EnrolResponse:
    code = code.strip()[:64] or "-"
    public_hex = ctx.signer.public_bytes().hex()
    try:
        # The server's clock for the signature (a kiosk's own may be far off); this also
        # checks the address and its certificate before the code is sent.
        server_time = client.health().server_time
        request = EnrolRequest(
            code=code,
            device_id=ctx.device_id,
            key_id=ctx.signer.key_id,
            public_key=public_hex,
            device_time=ctx.now(),
            label=label[:80],
        )
        signed = sign_enrol_proof(
            ctx.signer.private_bytes(), code, ctx.device_id, public_hex, server_time
        )
        token = state.read_token(token_path)
        proofs = [signed] + ([f"Bearer {token}"] if token else [])
        for n, proof in enumerate(proofs):
            try:
                return client.enrol(request, proof=proof)
            except RefusedError as exc:
                # Its key may have been lost and made anew: its token may still prove it.
                if exc.code != "device_exists" or n + 1 == len(proofs):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover
    except RefusedError as exc:
        raise PairingError(_refusal(exc)) from exc
    except ServerKeyMismatch as exc:
        raise PairingError(
            msg("sync.enrol_pin_mismatch", server=url, presented=exc.presented or "-")
        ) from exc
    except TransportError as exc:
        if exc.retry_after is not None and str(exc) == "HTTP 429":
            raise PairingError(
                msg("sync.enrol_rate_limited", seconds=int(exc.retry_after))
            ) from exc
        key = "sync.enrol_tls_failed" if exc.tls else "sync.enrol_unreachable"
        raise PairingError(msg(key, server=url)) from exc


def _refusal(exc: RefusedError) -> Message:
    if exc.code == "bad_code":
        return msg("sync.enrol_refused", detail=exc.code)
    if exc.code == "device_exists":
        return msg("sync.enrol_device_exists")
    if exc.code == "device_revoked":
        return msg("sync.enrol_revoked")
    return msg("sync.enrol_refused_other", detail=exc.code)


def rotation_due(store: Store, now: dt.datetime) -> bool:
    """True once the token is older than half its lifetime (so a kiosk that syncs rarely
    still renews it well before it expires)."""
    received = _moment(state.get(store, TOKEN_RECEIVED_AT))
    if received is None:
        # Enrolled before tokens expired: the server gave it a full lifetime at the upgrade.
        with store.transaction() as session:
            state.put(session, TOKEN_RECEIVED_AT, now.isoformat())
        return False
    try:
        lifetime = dt.timedelta(seconds=float(state.get(store, TOKEN_LIFETIME_S) or "nan"))
    except (ValueError, OverflowError):
        lifetime = ASSUMED_TOKEN_LIFETIME
    return now - received >= lifetime / 2


def rotate(store: Store, token_path: Path, client: SyncClient, now: dt.datetime) -> dt.datetime:
    """Ask for a new token and keep it; returns when it expires. The old one stays valid on
    the server until the new one is first used, so a crash or a lost reply here is harmless."""
    reply = client.rotate_token()
    state.write_token(token_path, reply.token)
    client.token = reply.token
    lifetime = (reply.expires_at - reply.issued_at).total_seconds()
    with store.transaction() as session:
        state.put(session, TOKEN_RECEIVED_AT, now.isoformat())
        state.put(session, TOKEN_LIFETIME_S, f"{lifetime:.0f}")
    log.info("sync token renewed; it expires at %s", reply.expires_at.isoformat())
    return reply.expires_at


def rotate_if_due(store: Store, token_path: Path, client: SyncClient, now: dt.datetime) -> None:
    """At the start of a sync; a failure here is left to the sync itself to report."""
    if not rotation_due(store, now):
        return
    try:
        rotate(store, token_path, client, now)
    except (RefusedError, TransportError, ServerKeyMismatch) as exc:
        log.info("token renewal postponed: %s", exc)


def remember_seen_pin(store: Store, pairing: Pairing, client: SyncClient) -> None:
    """A kiosk enrolled over https before pinning existed pins the key its CA-verified server
    presented at its first sync after the upgrade."""
    seen = client.seen_pins
    if pairing.pins is None and pairing.url.startswith("https://") and seen:
        with store.transaction() as session:
            state.put(session, PINS, seen[0])


def _moment(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
