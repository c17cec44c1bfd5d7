"""Attacks on the public photo upload of /verify: decompression bombs, files that are not
PNG or JPEG, truncated images, oversized or undeclared bodies, malformed forms. Each gets a
4xx with a code (never a 5xx), and the server keeps answering (real server over HTTP)."""

from __future__ import annotations

import http.client
import io
import struct
import urllib.parse
import zlib

import pytest
import requests

from tests.servers import ServerProcess


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data)
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _png_claiming(width: int, height: int) -> bytes:
    """A well-formed PNG header for a huge grey image whose pixels are one small zlib bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(bytes(1024 * 1024), 9)  # 1 MiB of zero rows, ~1 KB on the wire
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat)


def _valid_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (64, 64), 255).save(out, format="PNG")
    return out.getvalue()


HOSTILE = {
    "huge_dimensions": (_png_claiming(100_000, 100_000), {413}, "too_many_pixels"),
    "wide_strip": (_png_claiming(2**31 - 1, 1), {400, 413}, None),
    "zero_size": (_png_claiming(0, 0), {400}, "bad_image"),
    "text_named_png": (b"hello, this is not an image", {415}, "not_an_image"),
    "gif": (b"GIF89a" + bytes(100), {415}, "not_an_image"),
    "svg": (b'<svg xmlns="http://www.w3.org/2000/svg"/>', {415}, "not_an_image"),
    "truncated_png": (_valid_png()[:60], {400}, "bad_image"),
    "jpeg_header_only": (b"\xff\xd8\xff\xe0" + bytes(40), {400}, "bad_image"),
    "empty": (b"", {415}, "not_an_image"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_photos_are_refused_with_a_4xx(server: ServerProcess, name: str) -> None:
    data, statuses, code = HOSTILE[name]
    for url in (f"{server.url}/api/v1/certificates/verify-photo", f"{server.url}/verify"):
        reply = requests.post(url, files={"photo": ("qr.png", data, "image/png")}, timeout=30)
        assert reply.status_code in statuses, (url, reply.status_code, reply.text[:300])
        if url.endswith("verify-photo") and code is not None:
            assert reply.json()["code"] == code
    assert requests.get(f"{server.url}/verify", timeout=10).status_code == 200


def _raw_post(server: ServerProcess, headers: dict[str, str], body: bytes) -> int:
    parts = urllib.parse.urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        connection.putrequest("POST", "/api/v1/certificates/verify-photo")
        for key, value in headers.items():
            connection.putheader(key, value)
        connection.endheaders()
        if body:
            connection.send(body)
        return connection.getresponse().status
    finally:
        connection.close()


def test_bodies_too_large_undeclared_or_not_forms_are_refused(server: ServerProcess) -> None:
    boundary = "b0undary"
    # A declared 200 MB upload is refused before one byte of it is read.
    assert (
        _raw_post(
            server,
            {
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": "200000000",
            },
            b"",
        )
        == 413
    )
    # Chunked, with no declared length.
    chunked = b"5\r\nhello\r\n0\r\n\r\n"
    headers = {"Content-Type": "multipart/form-data; boundary=x", "Transfer-Encoding": "chunked"}
    assert _raw_post(server, headers, chunked) == 411
    api = f"{server.url}/api/v1/certificates/verify-photo"
    raw = requests.post(api, data=_valid_png(), headers={"Content-Type": "image/png"}, timeout=10)
    assert raw.status_code == 415 and raw.json()["code"] == "not_multipart"
    no_file = requests.post(api, files={"photo": (None, "text")}, timeout=10)
    assert no_file.status_code == 400 and no_file.json()["code"] == "no_photo"
    many = requests.post(
        api,
        files=[("photo", ("a.png", _valid_png())), ("photo", ("b.png", _valid_png()))],
        timeout=10,
    )
    assert many.status_code == 400
    broken = requests.post(
        api,
        data=b"--x\r\nContent-Disposition: form-data; name=photo\r\n\r\nunterminated",
        headers={"Content-Type": "multipart/form-data; boundary=x"},
        timeout=10,
    )
    assert 400 <= broken.status_code < 500
    assert requests.get(f"{server.url}/verify", timeout=10).status_code == 200
