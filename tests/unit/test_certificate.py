"""Certificate credentials: format, the offline verdict, and a corpus of forgeries, each with
its exact outcome (docs/certificates.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import cbor2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.card import key_id_for
from kiosk.domain.certificate import (
    COSE_SIGN1_TAG,
    K_CLAIMS,
    K_HOLDER,
    PREFIX,
    Certificate,
    CertificateSigner,
    Issuer,
    Outcome,
    Reason,
    parse,
    verify,
)
from kiosk.domain.certificate_code import (
    CertificateCodeError,
    b45decode,
    b45encode,
    id_from_code,
    new_certificate_id,
    short_code,
)
from kiosk.domain.certificate_text import headline, reason, summary
from kiosk.domain.certificate_trust import (
    RevocationEntry,
    TrustStatement,
    open_revocation,
    open_trust_statement,
    public_key_of,
    sign_revocation,
    sign_trust_statement,
)

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
SITE_A, SITE_B = "BLK-BDG", "LPK-SBY"
KIOSK_A = CertificateSigner(bytes(range(32)))
KIOSK_B = CertificateSigner(bytes(range(40, 72)))  # trusted, but of another site
STRANGER = CertificateSigner(bytes(range(80, 112)))  # never enrolled
SERVER_KEY = bytes(range(200, 232))


def _public(signer: CertificateSigner) -> bytes:
    return {
        KIOSK_A.key_id: public_key_of(bytes(range(32))),
        KIOSK_B.key_id: public_key_of(bytes(range(40, 72))),
        STRANGER.key_id: public_key_of(bytes(range(80, 112))),
    }[signer.key_id]


@dataclass
class Lists:
    """The trust list and revocation list as a kiosk would hold them."""

    issuers: dict[str, Issuer] = field(
        default_factory=lambda: {
            KIOSK_A.key_id: Issuer(KIOSK_A.key_id, _public(KIOSK_A), SITE_A),
            KIOSK_B.key_id: Issuer(KIOSK_B.key_id, _public(KIOSK_B), SITE_B),
        }
    )
    revoked: set[str] = field(default_factory=set)
    trust_list_at: dt.datetime | None = NOW - dt.timedelta(days=2)
    revocations_at: dt.datetime | None = NOW - dt.timedelta(days=2)

    def issuer(self, key_id: str) -> Issuer | None:
        return self.issuers.get(key_id)

    def is_revoked(self, certificate_number: str) -> bool:
        return certificate_number in self.revoked


def completion(signer: CertificateSigner = KIOSK_A, **changes: object) -> Certificate:
    values: dict[str, object] = {
        "certificate_id": signer.new_id(),
        "kind": "completion",
        "holder": "Siti Rahayu",
        "issued": dt.date(2026, 11, 30),
        "valid_until": None,
        "site": SITE_A,
        "provider": "BLK Bandung",
        "claims": {
            "programme": "Barista",
            "hours": 120,
            "start": "2026-10-01",
            "end": "2026-11-28",
            "attendance_pct": 92,
        },
    }
    values.update(changes)
    return Certificate(**values)  # type: ignore[arg-type]


def competency(signer: CertificateSigner = KIOSK_A, **changes: object) -> Certificate:
    values: dict[str, object] = {
        "certificate_id": signer.new_id(),
        "kind": "competency",
        "holder": "Budi Santoso",
        "issued": dt.date(2026, 11, 30),
        "valid_until": dt.date(2029, 11, 30),
        "site": SITE_A,
        "provider": "BLK Bandung",
        "claims": {
            "scheme": "SKM-BAR-01",
            "scheme_title": "Barista",
            "units": [["C.10BAR00.001.1", "K"], ["C.10BAR00.002.1", "BK"]],
            "result": "BK",
            "lsp": "LSP Pariwisata",
            "tuk": "TUK BLK Bandung",
        },
    }
    values.update(changes)
    return Certificate(**values)  # type: ignore[arg-type]


# -- tampering helpers: what a forger can do with a genuine credential ---------------------------


def _cose(text: str) -> list[object]:
    raw = b45decode(text[len(PREFIX) :])
    assert raw is not None
    tag = cbor2.loads(raw)
    return list(tag.value)


def _pack(parts: list[object]) -> str:
    return PREFIX + b45encode(cbor2.dumps(cbor2.CBORTag(COSE_SIGN1_TAG, parts)))


def _edit_payload(text: str, edit: Callable[[dict[int, object]], None]) -> str:
    parts = _cose(text)
    body = cbor2.loads(parts[2])  # type: ignore[arg-type]
    edit(body)
    parts[2] = cbor2.dumps(body)
    return _pack(parts)


def _flip_units(body: dict[int, object]) -> None:
    claims = body[K_CLAIMS]
    assert isinstance(claims, dict)
    claims["units"] = [[code, "K"] for code, _result in claims["units"]]
    claims["result"] = "K"


def _swap_name(body: dict[int, object]) -> None:
    body[K_HOLDER] = "Dewi Lestari"


def _other_kid(text: str) -> str:
    parts = _cose(text)
    parts[0] = cbor2.dumps({1: -8, 4: bytes.fromhex(KIOSK_B.key_id)})
    return _pack(parts)


def _transplant_signature(text: str) -> str:
    """The signature of another genuine certificate on this one's payload."""
    parts = _cose(text)
    parts[3] = _cose(KIOSK_A.sign(completion()))[3]
    return _pack(parts)


ALICE = completion()
ALICE_QR = KIOSK_A.sign(ALICE)
BUDI = competency()
BUDI_QR = KIOSK_A.sign(BUDI)


@dataclass(frozen=True)
class Case:
    name: str
    text: Callable[[], str]
    lists: Callable[[], Lists]
    outcome: Outcome
    reason: Reason


def _lists(**changes: object) -> Callable[[], Lists]:
    def make() -> Lists:
        lists = Lists()
        for key, value in changes.items():
            setattr(lists, key, value)
        return lists

    return make


def _revoked_issuer() -> Lists:
    lists = Lists()
    lists.issuers[KIOSK_A.key_id] = Issuer(
        KIOSK_A.key_id, _public(KIOSK_A), SITE_A, NOW - dt.timedelta(days=1)
    )
    return lists


# The hidden-forgery corpus: each forgery with the one outcome and reason it must get.
CORPUS = [
    Case("genuine completion", lambda: ALICE_QR, Lists, Outcome.VALID, Reason.VALID),
    Case("genuine competency", lambda: BUDI_QR, Lists, Outcome.VALID, Reason.VALID),
    Case(
        "changed unit results (BK to K)",
        lambda: _edit_payload(BUDI_QR, _flip_units),
        Lists,
        Outcome.INVALID,
        Reason.BAD_SIGNATURE,
    ),
    Case(
        "swapped holder name",
        lambda: _edit_payload(ALICE_QR, _swap_name),
        Lists,
        Outcome.INVALID,
        Reason.BAD_SIGNATURE,
    ),
    Case(
        "signature of another genuine certificate",
        lambda: _transplant_signature(ALICE_QR),
        Lists,
        Outcome.INVALID,
        Reason.BAD_SIGNATURE,
    ),
    Case(
        "key id changed to another trusted kiosk",
        lambda: _other_kid(ALICE_QR),
        Lists,
        Outcome.INVALID,
        Reason.BAD_SIGNATURE,
    ),
    Case(
        "re-signed by another site's kiosk, same number",
        lambda: KIOSK_B.sign(ALICE),
        Lists,
        Outcome.INVALID,
        Reason.WRONG_ISSUER,
    ),
    Case(
        "re-signed by another site's kiosk with its own number",
        lambda: KIOSK_B.sign(completion(KIOSK_B)),
        Lists,
        Outcome.INVALID,
        Reason.WRONG_ISSUER,
    ),
    Case(
        "signed by a key never enrolled",
        lambda: STRANGER.sign(completion(STRANGER)),
        Lists,
        Outcome.INVALID,
        Reason.UNKNOWN_ISSUER,
    ),
    Case(
        "expired competency certificate",
        lambda: KIOSK_A.sign(competency(valid_until=dt.date(2026, 12, 1))),
        Lists,
        Outcome.INVALID,
        Reason.EXPIRED,
    ),
    Case(
        "revoked",
        lambda: ALICE_QR,
        _lists(revoked={ALICE.number}),
        Outcome.INVALID,
        Reason.REVOKED,
    ),
    Case(
        "issuer's key revoked",
        lambda: ALICE_QR,
        _revoked_issuer,
        Outcome.INVALID,
        Reason.ISSUER_REVOKED,
    ),
    Case(
        "stale trust list",
        lambda: ALICE_QR,
        _lists(trust_list_at=NOW - dt.timedelta(days=45)),
        Outcome.CANNOT_TELL,
        Reason.STALE,
    ),
    Case(
        "stale revocation list",
        lambda: ALICE_QR,
        _lists(revocations_at=NOW - dt.timedelta(days=31)),
        Outcome.CANNOT_TELL,
        Reason.STALE,
    ),
    Case(
        "revoked, lists stale: a held revocation still counts",
        lambda: ALICE_QR,
        _lists(revoked={ALICE.number}, trust_list_at=NOW - dt.timedelta(days=90)),
        Outcome.INVALID,
        Reason.REVOKED,
    ),
    Case(
        "unknown issuer, lists stale: maybe enrolled since",
        lambda: STRANGER.sign(completion(STRANGER)),
        _lists(trust_list_at=NOW - dt.timedelta(days=90)),
        Outcome.CANNOT_TELL,
        Reason.STALE,
    ),
    Case(
        "forged name, lists stale: still a bad signature",
        lambda: _edit_payload(ALICE_QR, _swap_name),
        _lists(trust_list_at=NOW - dt.timedelta(days=90)),
        Outcome.INVALID,
        Reason.BAD_SIGNATURE,
    ),
    Case(
        "no trust list yet",
        lambda: ALICE_QR,
        _lists(trust_list_at=None, revocations_at=None),
        Outcome.CANNOT_TELL,
        Reason.NO_TRUST_LIST,
    ),
    Case("truncated", lambda: ALICE_QR[:-9], Lists, Outcome.INVALID, Reason.MALFORMED),
    Case("a card, not a certificate", lambda: "KAAAA", Lists, Outcome.INVALID, Reason.MALFORMED),
]


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_forgery_corpus(case: Case) -> None:
    verdict = verify(case.text(), case.lists(), NOW)
    assert (verdict.outcome, verdict.reason) == (case.outcome, case.reason)
    if case.reason in (
        Reason.BAD_SIGNATURE,
        Reason.WRONG_ISSUER,
        Reason.MALFORMED,
        Reason.UNKNOWN_ISSUER,
    ):
        # Nothing of a forgery is ever shown as if it were certified.
        assert verdict.certificate is None


def test_a_valid_verdict_says_what_is_certified_in_both_languages() -> None:
    verdict = verify(ALICE_QR, Lists(), NOW)
    assert verdict.valid and verdict.certificate == ALICE
    assert headline(verdict).render("id") == "SERTIFIKAT SAH"
    assert headline(verdict).render("en") == "VALID CERTIFICATE"
    text = summary(ALICE).render("en")
    assert "Siti Rahayu completed Barista (120 hours) at BLK Bandung" in text
    assert "attendance 92%" in text


def test_cannot_tell_shows_how_many_days_old_the_lists_are() -> None:
    lists = Lists(
        trust_list_at=NOW - dt.timedelta(days=45), revocations_at=NOW - dt.timedelta(days=40)
    )
    verdict = verify(ALICE_QR, lists, NOW)
    assert (verdict.trust_age_days, verdict.revocation_age_days) == (45, 40)
    assert "45 days old and the revocation list 40 days" in reason(verdict).render("en")
    assert "45 hari" in reason(verdict).render("id")


def test_the_age_limit_is_a_parameter() -> None:
    lists = Lists(trust_list_at=NOW - dt.timedelta(days=8), revocations_at=NOW)
    assert verify(ALICE_QR, lists, NOW).valid
    assert verify(ALICE_QR, lists, NOW, max_age=dt.timedelta(days=7)).reason is Reason.STALE


def test_the_qr_text_is_alphanumeric_mode_only() -> None:
    alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(BUDI_QR) <= alphanumeric
    assert len(BUDI_QR) < 700  # fits a QR code printed a few centimetres wide


def test_the_credential_holds_only_the_name_and_what_is_certified() -> None:
    parts = _cose(ALICE_QR)
    body = cbor2.loads(parts[2])  # type: ignore[arg-type]
    assert set(body) == set(range(1, 10))
    assert set(body[K_CLAIMS]) == {"programme", "hours", "start", "end", "attendance_pct"}


def test_scanner_line_endings_are_ignored() -> None:
    assert verify(ALICE_QR + "\r\n", Lists(), NOW).valid
    assert verify("\t" + ALICE_QR, Lists(), NOW).valid


# -- short codes ----------------------------------------------------------------------------------


def test_short_code_round_trips_and_forgives_how_people_type() -> None:
    certificate_id = new_certificate_id(KIOSK_A.key_id)
    code = short_code(certificate_id)
    assert len(code) == 22 and code.count("-") == 4
    assert id_from_code(code) == certificate_id
    assert id_from_code(code.lower().replace("-", " ")) == certificate_id
    assert id_from_code(code.replace("-", "")[:16]) == certificate_id  # the bare number


def test_a_mistyped_short_code_is_caught() -> None:
    code = short_code(bytes(10))
    last = "B" if code[-1] != "B" else "C"
    with pytest.raises(CertificateCodeError) as raised:
        id_from_code(code[:-1] + last)
    assert raised.value.message.code == "certificate.code_mistyped"
    with pytest.raises(CertificateCodeError):
        id_from_code("ABC")


# -- trust list and revocation entries ------------------------------------------------------------


def test_trust_statement_opens_only_under_the_server_key() -> None:
    statement = TrustStatement(NOW, (Issuer(KIOSK_A.key_id, _public(KIOSK_A), SITE_A),), 3)
    text, signature = sign_trust_statement(SERVER_KEY, statement)
    assert open_trust_statement(text, signature, public_key_of(SERVER_KEY)) == statement
    # A forger adds their own key to the list.
    forged = text.replace(SITE_A, SITE_B)
    assert open_trust_statement(forged, signature, public_key_of(SERVER_KEY)) is None
    # Or signs the list with a kiosk key instead of the server's.
    other_text, other_signature = sign_trust_statement(bytes(range(32)), statement)
    assert open_trust_statement(other_text, other_signature, public_key_of(SERVER_KEY)) is None


def test_a_revocation_signature_is_never_a_trust_list_signature() -> None:
    entry = RevocationEntry(1, ALICE.number, NOW, "fraud")
    text, signature = sign_revocation(SERVER_KEY, entry)
    assert open_revocation(text, signature, public_key_of(SERVER_KEY)) == entry
    assert open_trust_statement(text, signature, public_key_of(SERVER_KEY)) is None
    assert (
        open_revocation(text.replace("fraud", "error"), signature, public_key_of(SERVER_KEY))
        is None
    )


def test_statement_issuers_must_match_their_key_ids() -> None:
    wrong = Issuer(KIOSK_B.key_id, _public(KIOSK_A), SITE_A)
    text, signature = sign_trust_statement(SERVER_KEY, TrustStatement(NOW, (wrong,), 0))
    assert open_trust_statement(text, signature, public_key_of(SERVER_KEY)) is None


# -- the parser takes anything --------------------------------------------------------------------


@given(st.text(max_size=800))
def test_parse_never_raises_on_any_text(text: str) -> None:
    parse(text)
    parse(PREFIX + text)


@given(st.binary(max_size=600))
def test_parse_never_raises_on_any_base45_bytes(raw: bytes) -> None:
    assert parse(PREFIX + b45encode(raw)) is None or raw.startswith(b"\xd2")


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.binary(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.integers(-2, 12) | st.text(max_size=8), children, max_size=6)
        ),
        max_leaves=30,
    )
)
def test_any_cbor_in_a_cose_envelope_is_refused_not_raised(body: object) -> None:
    protected = cbor2.dumps({1: -8, 4: bytes.fromhex(KIOSK_A.key_id)})
    text = _pack([protected, {}, cbor2.dumps(body), bytes(64)])
    verdict = verify(text, Lists(), NOW)
    assert verdict.outcome is Outcome.INVALID


@given(
    st.integers(0, len(ALICE_QR) - 1),
    st.sampled_from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"),
)
def test_any_changed_character_is_never_valid(position: int, char: str) -> None:
    text = ALICE_QR[:position] + char + ALICE_QR[position + 1 :]
    if text == ALICE_QR:
        return
    assert verify(text, Lists(), NOW).outcome is Outcome.INVALID


@given(st.binary(max_size=300))
def test_base45_round_trips(raw: bytes) -> None:
    assert b45decode(b45encode(raw)) == raw


def test_base45_refuses_non_canonical_text() -> None:
    assert b45decode("GGW") is None  # 65535 < value: no two bytes encode to it
    assert b45decode("A") is None
    assert b45decode("a") is None
    assert key_id_for(_public(KIOSK_A)) == KIOSK_A.key_id


def test_an_lsp_or_tuk_name_that_has_its_label_is_not_labelled_twice() -> None:
    both = summary(competency()).render("id")
    assert "LSP Pariwisata, TUK BLK Bandung." in both and "LSP LSP" not in both
    plain = {**competency().claims, "lsp": "Pariwisata Nusantara", "tuk": "Sewaktu Cimahi"}
    text = summary(competency(claims=plain)).render("en")
    assert "; LSP Pariwisata Nusantara, TUK Sewaktu Cimahi." in text
    odd = {**competency().claims, "lsp": "lsp  Teknik", "tuk": "TUKANG Kayu"}
    text = summary(competency(claims=odd)).render("en")
    assert "; lsp Teknik, TUK TUKANG Kayu." in text  # "TUKANG" is a word, not the label


def test_one_day_old_lists_say_day_not_days() -> None:
    lists = Lists(
        trust_list_at=NOW - dt.timedelta(days=40), revocations_at=NOW - dt.timedelta(days=1)
    )
    verdict = verify(ALICE_QR, lists, NOW)
    assert "40 days old and the revocation list 1 day:" in reason(verdict).render("en")
